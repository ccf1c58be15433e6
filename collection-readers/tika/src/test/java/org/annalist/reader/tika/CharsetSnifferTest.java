package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding while sniffing gives the charset and the text of sniffing, then decoding. */
class CharsetSnifferTest {

  private static final String PAGE = "<html><head><meta charset=\"%s\"></head><body><p>Caf\u00e9 \u201cParis\u201d</p></body></html>";

  @Test
  void decodingWhileSniffingAgreesWithSniffingThenDecoding() {
    byte[] utf8 = PAGE.formatted("utf-8").getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    byte[] malformed = utf8.clone();
    malformed[malformed.length - 10] = (byte) 0xC3;
    List<byte[]> inputs = List.of(
        utf8,
        bom,
        malformed,
        PAGE.formatted("windows-1252").getBytes(Charset.forName("windows-1252")),
        // mislabelled: declared Latin-1, bytes are UTF-8
        PAGE.formatted("iso-8859-1").getBytes(StandardCharsets.UTF_8),
        "Gr\u00fc\u00dfe aus K\u00f6ln, \u00e9t\u00e9 \u00e0 Paris.".getBytes(StandardCharsets.ISO_8859_1),
        "real replacement character \uFFFD kept".getBytes(StandardCharsets.UTF_8),
        "\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1));
    for (String hint : new String[] {null, "ISO-8859-1"}) {
      CharsetSniffer sniffer = new CharsetSniffer(hint);
      for (byte[] bytes : inputs) {
        for (boolean html : new boolean[] {true, false}) {
          Charset charset = sniffer.sniff(bytes, html);
          CharsetSniffer.Decoded decoded = sniffer.sniffAndDecode(bytes, html);
          assertThat(decoded.charset()).isEqualTo(charset);
          assertThat(decoded.text()).isEqualTo(CharsetSniffer.decode(bytes, charset));
        }
      }
    }
  }

  @Test
  void byteOrderMarkIsDroppedAndUtf8Chosen() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'};
    CharsetSniffer.Decoded decoded = new CharsetSniffer(null).sniffAndDecode(bytes, true);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.text()).isEqualTo("ab");
  }
}
