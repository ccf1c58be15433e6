package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents are reported one by one, with a reason, and reading goes on. */
class UnreadableDocumentsTest {

  @TempDir Path dir;

  @Test
  void corruptEncryptedEmptyAndTooLargeFilesFailAndTheRestIsRead() throws Exception {
    byte[] pdf = TestFiles.pdf("Water levels fell in Texas.", null);
    TestFiles.write(dir, "a-good.txt", "Rain fell in Erbil on Wednesday.\n");
    TestFiles.write(dir, "b-truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
    TestFiles.write(dir, "c-empty.txt", new byte[0]);
    TestFiles.write(dir, "d-encrypted.pdf", TestFiles.pdf("Secret memo from Baghdad.", "user-secret"));
    byte[] zip = TestFiles.zip(Map.of("inner/one.txt", TestFiles.utf8("one"), "inner/two.txt", TestFiles.utf8("two")));
    TestFiles.write(dir, "e-truncated.zip", Arrays.copyOf(zip, zip.length - 30));
    TestFiles.write(dir, "f-big.txt", "x".repeat(5000));
    TestFiles.write(dir, "g-good.pdf", pdf);
    TestFiles.write(dir, "h-corrupt.txt.gz", TestFiles.utf8("this is not gzip data"));

    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_MAX_DOCUMENT_BYTES, 4000L);

    assertThat(run.ids()).containsExactly("a-good.txt", "g-good.pdf");
    assertThat(run.doc("g-good.pdf").text()).isEqualTo("Water levels fell in Texas.");
    assertThat(run.failures).containsOnlyKeys(
        "b-truncated.pdf", "c-empty.txt", "d-encrypted.pdf", "e-truncated.zip", "f-big.txt", "h-corrupt.txt.gz");
    assertThat(run.failures.get("c-empty.txt")).contains("empty");
    assertThat(run.failures.get("d-encrypted.pdf")).contains("encrypted");
    assertThat(run.failures.get("e-truncated.zip")).contains("archive");
    assertThat(run.failures.get("f-big.txt")).contains("maxDocumentBytes");
    assertThat(run.failures.get("b-truncated.pdf")).startsWith("cannot parse application/pdf");
    assertThat(run.failures.get("h-corrupt.txt.gz")).contains("corrupt compressed file");
  }

  @Test
  void oversizedOrBlankArchiveEntriesFailOnTheirOwn() throws Exception {
    TestFiles.write(dir, "bundle.zip", TestFiles.zip(Map.of(
        "big.txt", TestFiles.utf8("y".repeat(3000)),
        "blank.html", TestFiles.utf8("<html><body><script>var a;</script></body></html>"),
        "ok.txt", TestFiles.utf8("Paris hosted the talks."))));
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_MAX_DOCUMENT_BYTES, 2000L);
    assertThat(run.ids()).containsExactly("bundle.zip!/ok.txt");
    assertThat(run.failures).containsOnlyKeys("bundle.zip!/big.txt", "bundle.zip!/blank.html");
    assertThat(run.failures.get("bundle.zip!/blank.html")).contains("no text");
  }
}
