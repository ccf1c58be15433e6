package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several parsing threads change nothing but the speed: same documents, same order, same failures. */
class ParseAheadTest {

  @TempDir Path dir;

  @Test
  void parallelParsingKeepsTheInputOrderAndTheFailures() throws Exception {
    byte[] pdf = TestFiles.pdf("Water levels fell in Texas.", null);
    for (int i = 0; i < 30; i++) {
      String name = String.format("%02d", i);
      switch (i % 5) {
        case 0 -> TestFiles.write(dir, name + ".txt", "Rain fell in Erbil on day " + i + ".\n");
        case 1 -> TestFiles.write(dir, name + ".html", "<html><body><p>Page " + i + " about Baghdad.</p></body></html>");
        case 2 -> TestFiles.write(dir, name + ".pdf", pdf);
        case 3 -> TestFiles.write(dir, name + "-broken.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        default -> TestFiles.write(dir, name + "-empty.txt", new byte[0]);
      }
    }
    ReaderRun one = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_PARSE_THREADS, 1);
    ReaderRun four = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_PARSE_THREADS, 4);
    List<String> ids = one.documents.stream().map(ReaderRun.Doc::id).toList();
    assertThat(ids).hasSize(18).isSorted();
    assertThat(four.documents.stream().map(ReaderRun.Doc::id).toList()).isEqualTo(ids);
    assertThat(four.documents.stream().map(ReaderRun.Doc::text).toList())
        .isEqualTo(one.documents.stream().map(ReaderRun.Doc::text).toList());
    assertThat(four.failures).hasSize(12).isEqualTo(one.failures);
  }
}
