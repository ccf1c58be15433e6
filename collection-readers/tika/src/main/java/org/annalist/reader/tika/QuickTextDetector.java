package org.annalist.reader.tika;

import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;

/**
 * Recognises the common case of a text or HTML file whose name says what it is and whose first
 * bytes agree, without Tika's magic detection (which tries every known signature and cost more
 * than reading a plain-text article). Anything else, or any doubt, is left to Tika: a
 * {@code .txt} that starts with markup or holds binary bytes is not taken as text.
 */
final class QuickTextDetector {

  private static final int HEAD = 4096;
  private static final MediaType MARKDOWN = MediaType.parse("text/x-web-markdown");
  private static final Map<String, MediaType> BY_EXTENSION = Map.of(
      "txt", MediaType.TEXT_PLAIN,
      "text", MediaType.TEXT_PLAIN,
      "md", MARKDOWN,
      "markdown", MARKDOWN,
      "html", MediaType.TEXT_HTML,
      "htm", MediaType.TEXT_HTML);

  private QuickTextDetector() {}

  /** The type, or null when Tika must decide. */
  static MediaType detect(String resourceName, byte[] bytes) {
    if (resourceName == null) {
      return null;
    }
    int dot = resourceName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    MediaType byName = BY_EXTENSION.get(resourceName.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (byName == null || !looksLikeText(bytes)) {
      return null;
    }
    boolean markup = firstVisibleByte(bytes) == '<';
    if (byName.equals(MediaType.TEXT_HTML)) {
      return markup ? byName : null;
    }
    return markup ? null : byName;
  }

  /** No NUL and no control byte other than tab, line feed, form feed and carriage return. */
  private static boolean looksLikeText(byte[] bytes) {
    int end = Math.min(bytes.length, HEAD);
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return end > 0;
  }

  private static int firstVisibleByte(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      i = 3;
    }
    int end = Math.min(bytes.length, HEAD);
    for (; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return b;
      }
    }
    return -1;
  }
}
