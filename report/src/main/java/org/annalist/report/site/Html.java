package org.annalist.report.site;

/** HTML escaping for text and attribute values (the templates escape everything else themselves). */
final class Html {

  private Html() {}

  static void escape(CharSequence text, int begin, int end, StringBuilder out) {
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> { }
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append('\uFFFD'); // control characters are not allowed in HTML text
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }
}
