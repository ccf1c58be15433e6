package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isolation: forked}: documents are parsed in child JVMs; one whose parser hangs, fills
 * the heap or kills its JVM fails alone, with a reason, and the others come out exactly as
 * in-process parsing makes them.
 */
class ForkedParsingTest {

  private static final String PAGE = """
      <html lang="de"><head><title>Die Brücke</title>
      <meta name="article:published_time" content="2021-03-04T10:00:00Z"></head>
      <body><h1>Die Brücke über den Fluss</h1><p>Sie wurde 1907 gebaut, sagte <a href="/b">Berta</a>.</p>
      <ul><li>eins</li><li>zwei</li></ul></body></html>""";

  /** Bytes no Tika detector recognises, so that the file name decides the format. */
  private static final byte[] NOT_TEXT = {0, 1, 2, 3, (byte) 0xfe, 0, 7, 9, 0, 0, 0x1b, 4};

  @Test
  void aHangingAGreedyAndACrashingParserFailTheirDocumentOnly(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-page.html"), PAGE, StandardCharsets.UTF_8);
    Files.write(dir.resolve("b-stuck.hang"), NOT_TEXT);
    Files.writeString(dir.resolve("c-note.txt"), "Ein Brief vom 3. Mai 1990.\n\nZweiter Absatz.\n");
    Files.write(dir.resolve("d-greedy.oom"), NOT_TEXT);
    Files.write(dir.resolve("e-dies.crash"), NOT_TEXT);
    Files.writeString(dir.resolve("f-page.html"), PAGE.replace("Berta", "Anton"), StandardCharsets.UTF_8);

    ReaderRun forked = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_ISOLATION, "forked", TikaCollectionReader.PARAM_PARSE_THREADS, 2,
        TikaCollectionReader.PARAM_PARSE_TIMEOUT_SECONDS, 8, TikaCollectionReader.PARAM_FORKED_MAX_HEAP, "64m");

    assertThat(forked.ids()).as("parsed as %s", forked.documents.stream().map(d -> d.metadata().getContentType()).toList())
        .containsExactly("a-page.html", "c-note.txt", "f-page.html");
    assertThat(forked.failures.get("b-stuck.hang")).isEqualTo(
        "parsing timed out after 8 s; its parser process was killed");
    assertThat(forked.failures.get("d-greedy.oom")).startsWith("parser process ran out of memory (-Xmx64m");
    assertThat(forked.failures.get("e-dies.crash")).isEqualTo("parser process crashed (exit status 7)");

    Files.delete(dir.resolve("b-stuck.hang"));
    Files.delete(dir.resolve("d-greedy.oom"));
    Files.delete(dir.resolve("e-dies.crash"));
    ReaderRun inProcess = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString());
    assertThat(inProcess.ids()).isEqualTo(forked.ids());
    for (ReaderRun.Doc expected : inProcess.documents) {
      ReaderRun.Doc actual = forked.doc(expected.id());
      assertThat(actual.text()).isEqualTo(expected.text());
      assertThat(actual.structure()).isEqualTo(expected.structure());
      assertThat(actual.html()).isEqualTo(expected.html());
      assertThat(actual.documentLanguage()).isEqualTo(expected.documentLanguage());
      assertThat(actual.metadata().getTitle()).isEqualTo(expected.metadata().getTitle());
      assertThat(actual.metadata().getPublishedDate()).isEqualTo(expected.metadata().getPublishedDate());
      assertThat(actual.metadata().getChecksum()).isEqualTo(expected.metadata().getChecksum());
    }
    assertThat(forked.doc("f-page.html").text()).contains("Anton");
  }

  @Test
  void anUnknownIsolationIsRejectedAtStart(@TempDir Path dir) {
    assertThatThrownBy(() -> ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_ISOLATION, "sandbox"))
        .isInstanceOf(ResourceInitializationException.class)
        .hasStackTraceContaining("isolation must be in-process or forked, not 'sandbox'");
  }

  @Test
  void validationNamesABadHeapSizeAndIsolation() {
    assertThat(new TikaReaderParameters().check(Map.of(TikaCollectionReader.PARAM_FORKED_MAX_HEAP, "lots",
        TikaCollectionReader.PARAM_ISOLATION, "forked")))
        .containsExactly(Map.entry("forkedMaxHeap", "must be a Java heap size such as 512m or 2g, not 'lots'"));
    assertThat(new TikaReaderParameters().check(Map.of(TikaCollectionReader.PARAM_ISOLATION, "in-process",
        TikaCollectionReader.PARAM_FORKED_MAX_HEAP, "2g"))).isEmpty();
  }
}
