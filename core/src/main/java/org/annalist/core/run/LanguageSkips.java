package org.annalist.core.run;

import java.util.Map;

/**
 * Documents one annotator did not process because their language is not one it supports.
 *
 * @param component the step's id in the pipeline
 * @param supported the languages it supports, e.g. {@code en}
 * @param byLanguage documents skipped per document language, most first
 */
public record LanguageSkips(String component, String supported, Map<String, Long> byLanguage) {

  public long documents() {
    return byLanguage.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The reason recorded on each skipped document. */
  public static String reason(String component, String documentLanguage, String supported) {
    return component + " skipped: the document's language is " + documentLanguage + ", " + component
        + " supports " + supported;
  }
}
