package org.annalist.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A top-level section of a pipeline file that configures a stage run after the documents (such as
 * {@code corpus:}): its settings as written, each with its line.
 *
 * @param line the line of the section's key
 * @param settings setting name to value (a String or a List of Strings)
 */
public record SectionSpec(int line, Map<String, Located> settings) {

  public SectionSpec {
    settings = new LinkedHashMap<>(settings);
  }
}
