package org.annalist.reader.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.annalist.core.text.TextEncoding;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Chooses the charset of a text or HTML document, in this order: a byte-order mark; UTF-16 or
 * UTF-32 without one, by its NUL pattern (both from {@link TextEncoding}); the configured hint; the charset the transport declared (an HTTP {@code Content-Type} header), unless
 * it is unknown, or is UTF-8 while the bytes are not, or is Latin-1/Windows-1252 while the bytes are
 * valid UTF-8 with non-ASCII characters; for HTML the declared {@code <meta charset>} (except that bytes which are valid
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

  /** Bytes decoded in the charset {@link #sniff} chooses. */
  record Decoded(Charset charset, String text) {}

  Charset sniff(byte[] bytes, boolean html) {
    return sniff(bytes, html, null);
  }

  /** As {@link #sniff(byte[], boolean)}, with the charset the transport declared (null: none). */
  Charset sniff(byte[] bytes, boolean html, String declared) {
    Charset fixed = byteOrderMarkOrHint(bytes);
    if (fixed != null) {
      return fixed;
    }
    String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
    boolean utf8 = asUtf8.indexOf('\uFFFD') < 0 || isStrictlyValidUtf8(bytes);
    Charset transport = plausibleDeclared(declared, bytes, utf8);
    return transport != null ? transport : choose(bytes, html, utf8);
  }

  /**
   * Chooses the charset as {@link #sniff} does and decodes the bytes with it (a leading byte-order
   * mark dropped). The UTF-8 decoding the choice needs anyway is the result when UTF-8 is chosen,
   * so a page is decoded once, not twice.
   */
  Decoded sniffAndDecode(byte[] bytes, boolean html) {
    return sniffAndDecode(bytes, html, null);
  }

  /** As {@link #sniffAndDecode(byte[], boolean)}, with the charset the transport declared (null: none). */
  Decoded sniffAndDecode(byte[] bytes, boolean html, String declared) {
    Charset fixed = byteOrderMarkOrHint(bytes);
    if (fixed != null) {
      return new Decoded(fixed, decode(bytes, fixed));
    }
    String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
    boolean utf8 = asUtf8.indexOf('\uFFFD') < 0 || isStrictlyValidUtf8(bytes);
    Charset transport = plausibleDeclared(declared, bytes, utf8);
    Charset chosen = transport != null ? transport : choose(bytes, html, utf8);
    // without a byte-order mark the UTF-8 text cannot start with U+FEFF: nothing to drop
    return new Decoded(chosen, chosen.equals(StandardCharsets.UTF_8) ? asUtf8 : decode(bytes, chosen));
  }

  /**
   * The declared charset when the bytes do not contradict it: null when it is unknown, when it
   * says UTF-8 of bytes that are not, or says Latin-1/Windows-1252 of valid non-ASCII UTF-8.
   */
  private static Charset plausibleDeclared(String declared, byte[] bytes, boolean utf8) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    Charset charset;
    try {
      charset = Charset.forName(declared.strip().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (charset.equals(StandardCharsets.UTF_8) && !utf8) {
      return null;
    }
    if (utf8 && LATIN_LABELS.contains(charset.name()) && !isAscii(bytes)) {
      return StandardCharsets.UTF_8;
    }
    return charset;
  }

  /** A byte-order mark, or the NUL pattern of UTF-16/32 without one, wins over the hint. */
  private Charset byteOrderMarkOrHint(byte[] bytes) {
    Charset bom = TextEncoding.byteOrderMark(bytes);
    if (bom != null) {
      return bom;
    }
    Charset wide = TextEncoding.withoutByteOrderMark(bytes);
    return wide != null ? wide : hint;
  }

  private static Charset choose(byte[] bytes, boolean html, boolean utf8) {
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

  /**
   * Strict check for text whose lenient decoding holds U+FFFD: malformed input, or a real
   * replacement character. The JDK's lenient UTF-8 decoding is vectorised; this one is not.
   */
  private static boolean isStrictlyValidUtf8(byte[] bytes) {
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
