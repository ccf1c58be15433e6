package org.annalist.core.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bytes of a text say about their own encoding: a byte-order mark, the NUL pattern of
 * UTF-16 or UTF-32 written without one, an HTML {@code <meta charset>}; and whether decoded text
 * is text at all. The one place these rules live: the Tika reader adds statistics on top, the
 * boilerplate annotator uses {@link #sniffHtml} as it is.
 */
public final class TextEncoding {

  private static final int HEAD = 4096;
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]{2,40})", Pattern.CASE_INSENSITIVE);

  private TextEncoding() {}

  /** The charset a byte-order mark at the start names, or null when there is none. */
  public static Charset byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return UTF_32BE;
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return UTF_32LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * UTF-16 or UTF-32 written without a byte-order mark, recognised by where its NUL bytes fall
   * (the high bytes of Latin, Cyrillic, Greek... characters), or null. Text in scripts whose
   * characters have no NUL byte (Chinese in UTF-16) is not recognised this way.
   */
  public static Charset withoutByteOrderMark(byte[] bytes) {
    int end = Math.min(bytes.length, HEAD) & ~3;
    if (end < 8) {
      return null;
    }
    int[] zeros = new int[4];
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        zeros[i & 3]++;
      }
    }
    int quads = end / 4;
    if (mostly(zeros[1], quads) && mostly(zeros[2], quads) && mostly(zeros[3], quads) && rarely(zeros[0], quads)) {
      return UTF_32LE;
    }
    if (mostly(zeros[0], quads) && mostly(zeros[1], quads) && mostly(zeros[2], quads) && rarely(zeros[3], quads)) {
      return UTF_32BE;
    }
    int pairs = end / 2;
    int evenZeros = zeros[0] + zeros[2];
    int oddZeros = zeros[1] + zeros[3];
    if (oddZeros * 10 >= pairs * 6 && rarely(evenZeros, pairs)) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 6 && rarely(oddZeros, pairs)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean mostly(int count, int of) {
    return count * 10 >= of * 9;
  }

  private static boolean rarely(int count, int of) {
    return count * 10 <= of;
  }

  /** The charset a {@code <meta>} tag in the first 4 KiB declares, when it is one the JDK knows. */
  public static Charset declaredInMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (!meta.find()) {
      return null;
    }
    try {
      return Charset.forName(meta.group(1).toLowerCase(Locale.ROOT));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The charset of HTML bytes without statistics: byte-order mark, UTF-16/32 by its NUL pattern,
   * an ASCII-compatible {@code <meta>} declaration, else UTF-8.
   */
  public static Charset sniffHtml(byte[] bytes) {
    Charset marked = byteOrderMark(bytes);
    if (marked != null) {
      return marked;
    }
    Charset wide = withoutByteOrderMark(bytes);
    if (wide != null) {
      return wide;
    }
    Charset declared = declaredInMeta(bytes);
    // a declaration readable in ASCII bytes cannot be UTF-16 or UTF-32
    if (declared != null && !declared.name().startsWith("UTF-16") && !declared.name().startsWith("UTF-32")) {
      return declared;
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * The share of NULs and other control characters (tab, line and page breaks excepted) among the
   * characters of {@code text} that are not white space: 0 for real text, close to 1 for binary
   * data or text decoded in the wrong encoding.
   */
  public static double controlShare(CharSequence text) {
    int visible = 0;
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        continue;
      }
      if (Character.isISOControl(c)) {
        control++;
        visible++;
      } else if (!Character.isWhitespace(c)) {
        visible++;
      }
    }
    return visible == 0 ? 0 : (double) control / visible;
  }
}
