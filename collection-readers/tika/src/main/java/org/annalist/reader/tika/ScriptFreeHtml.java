package org.annalist.reader.tika;

import java.util.Arrays;

/**
 * HTML without its {@code <script>} and {@code <style>} elements, for Tika's HTML parser, which
 * discards them anyway: on news pages they are about half of the characters, and the parser
 * would tokenise and copy all of them for nothing.
 *
 * <p>An element is cut only where its extent is certain: the scan follows the HTML tokeniser
 * (comments, tags with quoted attributes, the raw text of {@code title}, {@code textarea},
 * {@code iframe} and the like) and stops cutting for the rest of the page at anything whose
 * reading depends on the tree builder or on parser quirks: SVG and MathML, framesets,
 * {@code plaintext}, CDATA, self-closing raw-text tags, scripts holding {@code <!--}, attribute
 * syntax errors. Nothing is cut where joining the text around it could change it (a character
 * reference or a tag split by the element, the newline after {@code <pre>}). So the parser sees
 * the same elements and text, minus the scripts and styles, as in the whole page.
 */
final class ScriptFreeHtml {

  private final String html;
  private final int length;
  private int[] cuts = new int[16];
  private int cutCount;
  /** End of the last {@code pre} or {@code listing} start tag: the parser drops a newline after it. */
  private int preStartEnd = -1;
  /** Start of the {@code </noscript>} closing the noscript element being scanned, or -1. */
  private int noscriptClose = -1;
  private boolean selfClosing;
  /** Text of the output since the last markup kept: any, and any besides white space. */
  private boolean textBefore;
  private boolean nonSpaceBefore;

  private ScriptFreeHtml(String html) {
    this.html = html;
    this.length = html.length();
  }

  /** The HTML with every script and style element that can be cut safely cut out. */
  static String of(String html) {
    ScriptFreeHtml scan = new ScriptFreeHtml(html);
    scan.scan();
    return scan.result();
  }

  private void scan() {
    int textFrom = 0;
    int i = html.indexOf('<');
    while (i >= 0 && i + 1 < length) {
      if (!startsMarkup(i)) {
        // a '<' that is text
        i = html.indexOf('<', i + 1);
        continue;
      }
      noteText(textFrom, i);
      int cutsBefore = cutCount;
      int next = markup(i);
      if (next < 0) {
        return;
      }
      if (cutCount == cutsBefore) {
        // kept markup ends the text run; around a cut element the text runs on
        textBefore = false;
        nonSpaceBefore = false;
      }
      textFrom = next;
      i = html.indexOf('<', next);
    }
  }

  private void noteText(int from, int to) {
    if (to > from) {
      textBefore = true;
      for (int p = from; p < to && !nonSpaceBefore; p++) {
        nonSpaceBefore = !isSpace(html.charAt(p));
      }
    }
  }

  /** Whether the tokeniser reads markup (a tag, comment, doctype) at the {@code <} at {@code at}. */
  private boolean startsMarkup(int at) {
    if (at + 1 >= length) {
      return false;
    }
    char c = html.charAt(at + 1);
    if (isAsciiLetter(c) || c == '!' || c == '?') {
      return true;
    }
    // "</>" is dropped without a token, "</" at the end is text
    return c == '/' && at + 2 < length && html.charAt(at + 2) != '>';
  }

  /**
   * Reads the markup (see {@link #startsMarkup}) starting at {@code <} at {@code i}; where to go
   * on, or -1 to stop cutting.
   */
  private int markup(int i) {
    if (noscriptClose >= 0 && i == noscriptClose) {
      noscriptClose = -1;
    }
    char c = html.charAt(i + 1);
    if (c == '!') {
      if (noscriptClose >= 0) {
        return -1;
      }
      if (html.startsWith("<!--", i)) {
        return commentEnd(i + 4);
      }
      if (html.startsWith("<![CDATA[", i)) {
        return -1;
      }
      return afterNext('>', i + 2);
    }
    if (c == '?') {
      return noscriptClose >= 0 ? -1 : afterNext('>', i + 2);
    }
    if (c == '/') {
      if (i + 2 < length && isAsciiLetter(html.charAt(i + 2))) {
        int nameEnd = nameEnd(i + 2);
        return nameEnd < 0 ? -1 : within(tagEnd(nameEnd));
      }
      if (noscriptClose >= 0) {
        return -1;
      }
      return i + 2 < length && html.charAt(i + 2) == '>' ? i + 3 : afterNext('>', i + 2);
    }
    int nameEnd = nameEnd(i + 1);
    if (nameEnd < 0) {
      return -1;
    }
    String name = nameEnd - i - 1 <= 9 ? html.substring(i + 1, nameEnd).toLowerCase(java.util.Locale.ROOT) : "";
    int end = tagEnd(nameEnd);
    if (end < 0) {
      return -1;
    }
    return switch (name) {
      case "script", "style" -> rawElement(name, i, end, true);
      case "title", "textarea", "xmp", "iframe", "noembed", "noframes" -> rawElement(name, i, end, false);
      case "svg", "math", "plaintext", "frameset", "frame" -> -1;
      case "noscript" -> noscript(end);
      case "pre", "listing" -> {
        preStartEnd = end;
        yield within(end);
      }
      default -> within(end);
    };
  }

  /** A script, style or other element whose content is raw text: cut (when asked and safe) or skip it. */
  private int rawElement(String name, int start, int startTagEnd, boolean cut) {
    if (selfClosing || startTagEnd < 0) {
      // Tika's parser closes some of these when written <x/>, the HTML standard does not
      return -1;
    }
    int close = closingTag(name, startTagEnd);
    if (close < 0 || (name.equals("script") && holdsCommentOpener(startTagEnd, close))) {
      // unterminated, or a script with the escaping rules of <!-- inside
      return -1;
    }
    int end = tagEnd(close + 2 + name.length());
    if (end < 0 || (noscriptClose >= 0 && end > noscriptClose)) {
      return -1;
    }
    if (cut && noscriptClose < 0 && joinsSafely(start, end)) {
      if (cutCount + 2 > cuts.length) {
        cuts = Arrays.copyOf(cuts, cuts.length * 2);
      }
      cuts[cutCount++] = start;
      cuts[cutCount++] = end;
    }
    return end;
  }

  /**
   * A noscript element's content is markup for the parser here, raw text for parsers that run
   * scripts: nothing in it is cut, and it must read the same both ways (no comments, no
   * construct running past its end tag).
   */
  private int noscript(int startTagEnd) {
    if (noscriptClose >= 0) {
      return -1;
    }
    int close = closingTag("noscript", startTagEnd);
    if (close < 0) {
      return -1;
    }
    noscriptClose = close;
    return startTagEnd;
  }

  /** Inside a noscript element, nothing may run past its end tag. */
  private int within(int end) {
    return end < 0 || (noscriptClose >= 0 && end > noscriptClose) ? -1 : end;
  }

  /**
   * Whether removing [start, end) leaves the text around it as it was: no character reference,
   * tag or CR LF pair is joined, and the text runs on both sides are both white space or not
   * (table text is moved out of the table or not by that), unless one of them is empty.
   */
  private boolean joinsSafely(int start, int end) {
    if (start == preStartEnd) {
      return false;
    }
    int p = end;
    while (p < length && isSpace(html.charAt(p))) {
      p++;
    }
    boolean afterEmpty = end == length || (html.charAt(end) == '<' && startsMarkup(end));
    boolean afterOnlySpace = p == length || (html.charAt(p) == '<' && startsMarkup(p));
    if (!textBefore || afterEmpty) {
      return true;
    }
    if (html.charAt(start - 1) == '\r' && end < length && html.charAt(end) == '\n') {
      return false;
    }
    return !nonSpaceBefore && afterOnlySpace;
  }

  /** After a comment whose content starts at {@code from}, by the tokeniser's comment states. */
  private int commentEnd(int from) {
    if (from < length && html.charAt(from) == '>') {
      return from + 1;
    }
    if (from + 1 < length && html.charAt(from) == '-' && html.charAt(from + 1) == '>') {
      return from + 2;
    }
    int gt = html.indexOf('>', from);
    while (gt >= 0) {
      if ((gt - 2 >= from && html.charAt(gt - 2) == '-' && html.charAt(gt - 1) == '-')
          || (gt - 3 >= from && html.startsWith("--!", gt - 3))) {
        return gt + 1;
      }
      gt = html.indexOf('>', gt + 1);
    }
    return -1;
  }

  private boolean holdsCommentOpener(int from, int to) {
    for (int p = html.indexOf('<', from); p >= 0 && p < to; p = html.indexOf('<', p + 1)) {
      if (html.startsWith("<!--", p)) {
        return true;
      }
    }
    return false;
  }

  private int afterNext(char c, int from) {
    int at = html.indexOf(c, from);
    return at < 0 ? -1 : at + 1;
  }

  /** End of a tag name starting at {@code from}; -1 when it runs into text the parsers read differently. */
  private int nameEnd(int from) {
    int p = from;
    while (p < length) {
      char c = html.charAt(p);
      if (isSpace(c) || c == '/' || c == '>') {
        return p;
      }
      if (c == '<' || c == '"' || c == '\'' || c == '=' || c == '\u0000') {
        return -1;
      }
      p++;
    }
    return -1;
  }

  /**
   * After the {@code >} of a tag whose attributes start at {@code from} (sets {@link
   * #selfClosing}); -1 at the end of the input or at attribute syntax the parsers may read
   * differently (quotes or {@code <} in names or unquoted values).
   */
  private int tagEnd(int from) {
    selfClosing = false;
    int p = from;
    while (true) {
      p = skipSpace(p);
      if (p >= length) {
        return -1;
      }
      char c = html.charAt(p);
      if (c == '>') {
        return p + 1;
      }
      if (c == '/') {
        if (p + 1 < length && html.charAt(p + 1) == '>') {
          selfClosing = true;
          return p + 2;
        }
        p++;
        continue;
      }
      int nameStart = p;
      p++;
      while (p < length && !isSpace(html.charAt(p)) && "/>=".indexOf(html.charAt(p)) < 0) {
        p++;
      }
      if (containsAny(nameStart, p, "\"'<\u0000")) {
        return -1;
      }
      p = skipSpace(p);
      if (p >= length) {
        return -1;
      }
      if (html.charAt(p) != '=') {
        continue;
      }
      p = skipSpace(p + 1);
      if (p >= length) {
        return -1;
      }
      char quote = html.charAt(p);
      if (quote == '"' || quote == '\'') {
        int close = html.indexOf(quote, p + 1);
        if (close < 0) {
          return -1;
        }
        p = close + 1;
      } else if (quote == '>') {
        return p + 1;
      } else {
        int valueStart = p;
        while (p < length && !isSpace(html.charAt(p)) && html.charAt(p) != '>') {
          p++;
        }
        if (containsAny(valueStart, p, "\"'<=`\u0000")) {
          return -1;
        }
      }
    }
  }

  /** Start of the first end tag {@code </name} (ASCII case-insensitive, then a tag-name end) from {@code from}. */
  private int closingTag(String name, int from) {
    int at = html.indexOf("</", from);
    while (at >= 0) {
      int after = at + 2 + name.length();
      if (after < length && namedAt(name, at + 2)) {
        char c = html.charAt(after);
        if (isSpace(c) || c == '/' || c == '>') {
          return at;
        }
      }
      at = html.indexOf("</", at + 2);
    }
    return -1;
  }

  private boolean namedAt(String name, int at) {
    for (int k = 0; k < name.length(); k++) {
      char c = html.charAt(at + k);
      if (c != name.charAt(k) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != name.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private int skipSpace(int from) {
    int p = from;
    while (p < length && isSpace(html.charAt(p))) {
      p++;
    }
    return p;
  }

  private boolean containsAny(int from, int to, String chars) {
    for (int p = from; p < to; p++) {
      if (chars.indexOf(html.charAt(p)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The tokeniser's white space: tab, line feed, form feed, carriage return, space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private String result() {
    if (cutCount == 0) {
      return html;
    }
    int kept = length;
    for (int c = 0; c < cutCount; c += 2) {
      kept -= cuts[c + 1] - cuts[c];
    }
    char[] out = new char[kept];
    int copied = 0;
    int written = 0;
    for (int c = 0; c < cutCount; c += 2) {
      html.getChars(copied, cuts[c], out, written);
      written += cuts[c] - copied;
      copied = cuts[c + 1];
    }
    html.getChars(copied, length, out, written);
    return new String(out);
  }
}
