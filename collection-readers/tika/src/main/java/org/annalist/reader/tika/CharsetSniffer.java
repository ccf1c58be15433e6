package org.annalist.reader.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Chooses the charset of a text or HTML document, in this order: a byte-order mark; the
 * configured hint; for HTML the declared {@code <meta charset>} (except that bytes which are valid
 * UTF-8 and contain non-ASCII characters win over a declared Latin-1/Windows-1252, a very common
 * mislabelling); valid UTF-8; Tika's statistical detector; Windows-1252.
 */
final class CharsetSniffer {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> LATIN_LABELS =
      Set.of("ISO-8859-1", "windows-1252", "US-ASCII", "ISO-8859-15");

  private final Charset hint;

  CharsetSniffer(String hint) {
    this.hint = hint == null || hint.isBlank() ? null : Charset.forName(hint.strip());
  }

  Charset sniff(byte[] bytes, boolean html) {
    Charset bom = byteOrderMark(bytes);
    if (bom != null) {
      return bom;
    }
    if (hint != null) {
      return hint;
    }
    boolean utf8 = isValidUtf8(bytes);
    if (html) {
      Charset declared = declaredInHtml(bytes);
      if (declared != null) {
        if (utf8 && LATIN_LABELS.contains(declared.name()) && !isAscii(bytes)) {
          return StandardCharsets.UTF_8;
        }
        return declared;
      }
    }
    if (utf8) {
      return StandardCharsets.UTF_8;
    }
    return statisticalGuess(bytes);
  }

  /** Decodes bytes, dropping a leading byte-order mark. */
  static String decode(byte[] bytes, Charset charset) {
    String text = new String(bytes, charset);
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private static Charset byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  static boolean isValidUtf8(byte[] bytes) {
    // the JDK's UTF-8 decoding is vectorised; only text that holds U+FFFD (malformed input, or a
    // real replacement character) needs the strict, slower check
    if (new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
      return true;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static Charset declaredInHtml(byte[] bytes) {
    try {
      return new HtmlEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Charset statisticalGuess(byte[] bytes) {
    try {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      CharsetMatch match = detector.detect();
      if (match != null && Charset.isSupported(match.getName())) {
        Charset guess = Charset.forName(match.getName());
        // as browsers do: text labelled Latin-1 is decoded as its superset Windows-1252
        return guess.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : guess;
      }
    } catch (RuntimeException e) {
      // fall through to the web's most common legacy charset
    }
    return WINDOWS_1252;
  }
}
