package org.annalist.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

  private static final String TEXT = "Officials in Mosul said on Tuesday that the bridge would reopen.";

  @Test
  void wideEncodingsWithoutByteOrderMarkAreRecognisedByTheirNuls() {
    for (String name : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      Charset charset = Charset.forName(name);
      assertThat(TextEncoding.withoutByteOrderMark(TEXT.getBytes(charset))).as(name).isEqualTo(charset);
    }
    assertThat(TextEncoding.withoutByteOrderMark(TEXT.getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(TextEncoding.withoutByteOrderMark("Gr\u00fc\u00dfe".repeat(10).getBytes(StandardCharsets.ISO_8859_1)))
        .isNull();
  }

  @Test
  void byteOrderMarksNameTheirCharset() {
    assertThat(TextEncoding.byteOrderMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}))
        .isEqualTo(Charset.forName("UTF-32LE"));
    assertThat(TextEncoding.byteOrderMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
        .isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextEncoding.byteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.byteOrderMark(TEXT.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void htmlSniffingPrefersMarksThenNulPatternThenMeta() {
    String page = "<html><head><meta charset=\"windows-1252\"></head><body>" + TEXT + "</body></html>";
    assertThat(TextEncoding.sniffHtml(page.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextEncoding.sniffHtml(page.getBytes(StandardCharsets.US_ASCII))).isEqualTo(Charset.forName("windows-1252"));
    assertThat(TextEncoding.sniffHtml(page.replace("windows-1252", "utf-16").getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void controlShareTellsTextFromBinary() {
    assertThat(TextEncoding.controlShare(TEXT + "\n\tnext line")).isZero();
    assertThat(TextEncoding.controlShare("\u0000")).isEqualTo(1.0);
    assertThat(TextEncoding.controlShare(new String(TEXT.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_8)))
        .isGreaterThan(0.45);
    assertThat(TextEncoding.controlShare("   ")).isZero();
  }
}
