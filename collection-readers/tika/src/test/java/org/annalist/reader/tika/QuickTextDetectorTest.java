package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class QuickTextDetectorTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void textAndHtmlWhoseNameAndFirstBytesAgreeAreRecognised() {
    assertThat(QuickTextDetector.detect("a.txt", bytes("Erbil, Iraq - Officials said..."))).isEqualTo(MediaType.TEXT_PLAIN);
    assertThat(QuickTextDetector.detect("A.HTM", bytes("\uFEFF  <!doctype html><p>x"))).isEqualTo(MediaType.TEXT_HTML);
    assertThat(QuickTextDetector.detect("notes.md", bytes("# Title\n\ntext"))).isEqualTo(MediaType.parse("text/x-web-markdown"));
  }

  @Test
  void anyDoubtIsLeftToTika() {
    assertThat(QuickTextDetector.detect("page.txt", bytes("<html><body>markup</body></html>"))).isNull();
    assertThat(QuickTextDetector.detect("page.html", bytes("plain words, no markup"))).isNull();
    assertThat(QuickTextDetector.detect("report.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2})).isNull();
    assertThat(QuickTextDetector.detect("report.pdf", bytes("%PDF-1.7"))).isNull();
    assertThat(QuickTextDetector.detect("README", bytes("text"))).isNull();
    assertThat(QuickTextDetector.detect("empty.txt", new byte[0])).isNull();
  }
}
