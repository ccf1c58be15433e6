package org.annalist.boilerplate.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset of HTML bytes: byte-order mark, then a {@code <meta>} declaration, else UTF-8. */
final class CharsetSniffer {

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]{2,40})", Pattern.CASE_INSENSITIVE);

  private CharsetSniffer() {}

  static Charset sniff(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      try {
        Charset declared = Charset.forName(meta.group(1).toLowerCase(Locale.ROOT));
        // pages served as UTF-16 but declaring it in ASCII bytes cannot be; trust only ASCII-compatible ones
        return declared.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared;
      } catch (RuntimeException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
