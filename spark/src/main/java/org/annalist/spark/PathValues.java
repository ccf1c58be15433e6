package org.annalist.spark;

/** Tells file paths from URLs in parameter values. */
final class PathValues {

  private PathValues() {}

  /** True for values that name no local file: URLs, JDBC URLs, blanks. */
  static boolean isUrl(String value) {
    return value == null || value.isBlank() || value.contains("://") || value.startsWith("jdbc:")
        || value.startsWith("file:");
  }
}
