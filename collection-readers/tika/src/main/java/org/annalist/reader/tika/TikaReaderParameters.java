package org.annalist.reader.tika;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.plugin.ParameterChecker;

/** The checks of the tika reader's values beyond their types, run by {@code validate} and at start. */
public final class TikaReaderParameters implements ParameterChecker {

  @Override
  public Map<String, String> check(Map<String, Object> values) {
    Map<String, String> problems = new LinkedHashMap<>();
    Object isolation = values.get(TikaCollectionReader.PARAM_ISOLATION);
    if (isolation != null && !TikaCollectionReader.IN_PROCESS.equals(isolation)
        && !TikaCollectionReader.FORKED.equals(isolation)) {
      problems.put(TikaCollectionReader.PARAM_ISOLATION, "must be " + TikaCollectionReader.IN_PROCESS + " or "
          + TikaCollectionReader.FORKED + ", not '" + isolation + "'");
    }
    Object heap = values.get(TikaCollectionReader.PARAM_FORKED_MAX_HEAP);
    if (heap != null && !heap.toString().matches("[0-9]+[kKmMgG]?")) {
      problems.put(TikaCollectionReader.PARAM_FORKED_MAX_HEAP,
          "must be a Java heap size such as 512m or 2g, not '" + heap + "'");
    }
    return problems;
  }
}
