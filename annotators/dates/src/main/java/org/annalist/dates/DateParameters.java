package org.annalist.dates;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.plugin.ParameterChecker;

/** Checks the date annotator's parameters before a run starts: the anchor date must exist, the lexicon too. */
public final class DateParameters implements ParameterChecker {

  @Override
  public Map<String, String> check(Map<String, Object> values) {
    Map<String, String> problems = new LinkedHashMap<>();
    Object anchor = values.get(DateAnnotator.PARAM_ANCHOR_DATE);
    if (anchor != null && !String.valueOf(anchor).isBlank() && DateAnnotator.parseDate(String.valueOf(anchor)) == null) {
      problems.put(DateAnnotator.PARAM_ANCHOR_DATE,
          "expected a date that exists, as yyyy-MM-dd (e.g. 2022-01-07), found '" + anchor + "'");
    }
    Object language = values.get(DateAnnotator.PARAM_LANGUAGE);
    String lexicon = "org/annalist/dates/" + String.valueOf(language).strip().toLowerCase(java.util.Locale.ROOT) + ".yaml";
    if (language != null && DateAnnotator.class.getClassLoader().getResource(lexicon) == null) {
      problems.put(DateAnnotator.PARAM_LANGUAGE, "no rule lexicon for language '" + language
          + "' (expected org/annalist/dates/" + language + ".yaml on the class path; 'en' is built in)");
    }
    return problems;
  }
}
