package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The seed articles: plain text kept exactly, dates from their leading {@code date} lines. */
class SeedArticlesTest {

  @Test
  void seedDateLinesBecomePublicationDates() throws Exception {
    Path seeds = SharedData.require("seeds");
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, seeds.toString());
    assertThat(run.failures).isEmpty();
    assertThat(run.documents).hasSize(5);
    for (ReaderRun.Doc doc : run.documents) {
      assertThat(doc.text()).isEqualTo(Files.readString(seeds.resolve(doc.id())));
      String head = doc.text().substring(0, 20);
      if (head.strip().startsWith("date ")) {
        assertThat(doc.metadata().getPublishedDate()).isEqualTo(head.strip().substring(5, 15));
        assertThat(doc.metadata().getPublishedDateSource()).isEqualTo("date-line");
      } else {
        assertThat(doc.metadata().getPublishedDate()).isNull();
      }
    }
    assertThat(run.doc("000_7ba364a55b229c62.txt").metadata().getPublishedDate()).isEqualTo("2022-01-07");
  }
}
