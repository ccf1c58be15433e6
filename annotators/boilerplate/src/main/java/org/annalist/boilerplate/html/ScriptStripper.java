package org.annalist.boilerplate.html;

/**
 * Removes {@code <script>} (except JSON-LD) and {@code <style>} elements from HTML before it is
 * parsed: they carry no article text, are often half of a page's bytes, and the extractor skips
 * them anyway. One linear pass.
 */
final class ScriptStripper {

  private ScriptStripper() {}

  static String strip(String html) {
    // [begin, end) of every element to remove, found first so that the result is built in one copy
    int[] cuts = new int[16];
    int cutCount = 0;
    int i = html.indexOf('<');
    while (i >= 0 && i < html.length() - 7) {
      char first = html.charAt(i + 1);
      // most '<' open other tags: one character rules them out before the full comparisons
      String tag = first != 's' && first != 'S' ? null
          : html.regionMatches(true, i + 1, "script", 0, 6) ? "script"
          : html.regionMatches(true, i + 1, "style", 0, 5) ? "style" : null;
      if (tag == null || Character.isLetterOrDigit(html.charAt(i + 1 + tag.length()))) {
        i = html.indexOf('<', i + 1);
        continue;
      }
      int openEnd = html.indexOf('>', i);
      if (openEnd < 0) {
        break;
      }
      if (tag.equals("script") && containsIgnoreCase(html, i, openEnd, "ld+json")) {
        i = html.indexOf('<', openEnd);
        continue;
      }
      int close = indexOfIgnoreCase(html, "</" + tag, openEnd);
      if (close < 0) {
        break;
      }
      int closeEnd = html.indexOf('>', close);
      if (closeEnd < 0) {
        break;
      }
      if (cutCount + 2 > cuts.length) {
        cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
      }
      cuts[cutCount++] = i;
      cuts[cutCount++] = closeEnd + 1;
      i = html.indexOf('<', closeEnd + 1);
    }
    if (cutCount == 0) {
      return html;
    }
    int kept = html.length();
    for (int c = 0; c < cutCount; c += 2) {
      kept -= cuts[c + 1] - cuts[c];
    }
    char[] out = new char[kept];
    int copied = 0;
    int length = 0;
    for (int c = 0; c < cutCount; c += 2) {
      html.getChars(copied, cuts[c], out, length);
      length += cuts[c] - copied;
      copied = cuts[c + 1];
    }
    html.getChars(copied, html.length(), out, length);
    return new String(out);
  }

  private static boolean containsIgnoreCase(String text, int from, int to, String part) {
    for (int i = from; i + part.length() <= to; i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfIgnoreCase(String text, String part, int from) {
    int i = text.indexOf('<', from);
    while (i >= 0) {
      if (i + 1 < text.length()
          && Character.toLowerCase(text.charAt(i + 1)) == Character.toLowerCase(part.charAt(1))
          && text.regionMatches(true, i, part, 0, part.length())) {
        return i;
      }
      i = text.indexOf('<', i + 1);
    }
    return -1;
  }
}
