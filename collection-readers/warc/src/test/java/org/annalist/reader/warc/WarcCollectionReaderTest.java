package org.annalist.reader.warc;

import static org.annalist.reader.warc.TestArchives.chunked;
import static org.annalist.reader.warc.TestArchives.gzip;
import static org.annalist.reader.warc.TestArchives.html;
import static org.annalist.reader.warc.TestArchives.http;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WarcCollectionReaderTest {

  @TempDir
  Path folder;

  private static final String DATED = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
      + "<meta property=\"article:published_time\" content=\"2023-11-02T08:00:00Z\"><title>Dam opens</title></head>"
      + "<body><article><h1>Dam opens</h1><p>The new dam on the Tigris opened on Monday, officials said.</p>"
      + "</article></body></html>";

  /** Every kind of record a crawl holds, in one archive. */
  private Path crawl(String name, boolean gzip) throws Exception {
    Path file = folder.resolve(name);
    try (TestArchives warc = new TestArchives(file, gzip)) {
      warc.request("https://news.example/a")
          .page("https://news.example/a", "text/html; charset=utf-8", DATED.getBytes(StandardCharsets.UTF_8))
          .response("https://news.example/b", http(200,
              "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
              chunked(gzip(html("Floods in Erbil", "Heavy rain flooded streets in Erbil on Sunday.")), 50)))
          .response("https://news.example/missing", http(404, "Content-Type: text/html\r\n",
              html("Not found", "Nothing here.")))
          .revisit("https://news.example/a")
          .metadata("https://news.example/a")
          .page("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})
          .page("https://news.example/notes.txt", "text/plain; charset=utf-8",
              "Caf\u00e9 owners in Mosul reopened.\n".getBytes(Charset.forName("windows-1252")))
          .page("https://news.example/report", "application/pdf", Files.readAllBytes(samples().resolve(
              "texas-reservoirs-report.pdf")));
    }
    return file;
  }

  static Path samples() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("pom.xml"))) {
        return p.resolve("samples");
      }
    }
    throw new IllegalStateException("samples/ not found above " + here);
  }

  @ParameterizedTest
  @ValueSource(strings = {"crawl.warc.gz", "crawl.warc"})
  void responsesBecomeDocumentsAndOtherRecordsAreSkippedAndCounted(String name) throws Exception {
    crawl(name, name.endsWith(".gz"));
    ReaderRun run = ReaderRun.of(WarcCollectionReader.PARAM_SOURCE_LOCATION, folder.toString());

    assertThat(run.failures).isEmpty();
    assertThat(run.documents).extracting(ReaderRun.Doc::sourceUri).containsExactly("https://news.example/a",
        "https://news.example/b", "https://news.example/notes.txt", "https://news.example/report");
    assertThat(run.documents).allSatisfy(d -> assertThat(d.id()).matches(name.replace(".", "\\.") + "@\\d+"));

    ReaderRun.Doc dated = run.document("https://news.example/a");
    assertThat(dated.title()).isEqualTo("Dam opens");
    assertThat(dated.date()).startsWith("2023-11-02");
    assertThat(dated.dateSource()).isEqualTo("meta:article:published_time");
    assertThat(dated.html()).contains("<h1>Dam opens</h1>");

    ReaderRun.Doc chunkedGzip = run.document("https://news.example/b");
    assertThat(chunkedGzip.text()).contains("Heavy rain flooded streets in Erbil on Sunday.");
    assertThat(chunkedGzip.date()).as("no date in the page: the capture date").startsWith("2024-03-05");
    assertThat(chunkedGzip.dateSource()).isEqualTo("warc-date");
    assertThat(chunkedGzip.html()).as("the raw HTML view the boilerplate annotator reads").contains("<nav>");

    assertThat(run.document("https://news.example/notes.txt").text())
        .as("HTTP says utf-8 but the bytes are windows-1252: the bytes win").contains("Caf\u00e9 owners");
    assertThat(run.document("https://news.example/report").contentType()).isEqualTo("application/pdf");

    assertThat(run.notDocuments).containsExactlyInAnyOrderEntriesOf(Map.of("request", 1L, "revisit", 1L,
        "metadata", 1L, "HTTP status 404", 1L, "payload type image/png", 1L));
    assertThat(run.skipped).isEqualTo(5);
  }

  @Test
  void idsAreStableSoThatResumeSkipsCompletedRecords() throws Exception {
    crawl("crawl.warc.gz", true);
    ReaderRun first = ReaderRun.of(WarcCollectionReader.PARAM_SOURCE_LOCATION, folder.toString());
    ReaderRun again = ReaderRun.of(WarcCollectionReader.PARAM_SOURCE_LOCATION, folder.toString());
    assertThat(again.documents).extracting(ReaderRun.Doc::id)
        .containsExactlyElementsOf(first.documents.stream().map(ReaderRun.Doc::id).toList());

    ReaderRun.Doc done = first.documents.get(0);
    ReaderRun resumed = ReaderRun.of((id, checksum) -> id.equals(done.id()) && checksum.equals(done.checksum()),
        WarcCollectionReader.PARAM_SOURCE_LOCATION, folder.toString());
    assertThat(resumed.documents).hasSize(first.documents.size() - 1);
    assertThat(resumed.documents).extracting(ReaderRun.Doc::id).doesNotContain(done.id());
    assertThat(resumed.skipped).isEqualTo(first.skipped + 1);
  }

  @Test
  void readsArcFiles() throws Exception {
    byte[] page = html("Market reopens", "The old market of Basra reopened after repairs.");
    byte[] httpPage = http(200, "Content-Type: text/html\r\n", page);
    String desc = "1 0 Annalist\nURL IP-address Archive-date Content-type Archive-length\n";
    String head = "filedesc://old.arc 0.0.0.0 20050614070159 text/plain " + desc.length() + "\n" + desc + "\n";
    String record = "http://news.example/market 192.0.2.1 20050614070200 text/html " + httpPage.length + "\n";
    var out = new java.io.ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(record.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(httpPage);
    out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(folder.resolve("old.arc"), out.toByteArray());

    ReaderRun run = ReaderRun.of(WarcCollectionReader.PARAM_SOURCE_LOCATION, folder.toString());
    assertThat(run.failures).isEmpty();
    assertThat(run.documents).singleElement().satisfies(d -> {
      assertThat(d.sourceUri()).isEqualTo("http://news.example/market");
      assertThat(d.text()).contains("The old market of Basra reopened");
      assertThat(d.date()).startsWith("2005-06-14");
      assertThat(d.dateSource()).isEqualTo("warc-date");
    });
  }

  @Test
  void aGlobSelectsArchivesAndOtherFilesAreLeftAlone() throws Exception {
    crawl("one.warc.gz", true);
    Files.createDirectories(folder.resolve("more"));
    try (TestArchives warc = new TestArchives(folder.resolve("more/two.warc"), false)) {
      warc.page("https://news.example/c", "text/html", html("Bridge", "A bridge was opened in Mosul."));
    }
    Files.writeString(folder.resolve("README.txt"), "not an archive");
    ReaderRun all = ReaderRun.of(WarcCollectionReader.PARAM_SOURCE_LOCATION, folder.toString());
    assertThat(all.failures).isEmpty();
    assertThat(all.documents).hasSize(5);
    ReaderRun globbed = ReaderRun.of(WarcCollectionReader.PARAM_SOURCE_LOCATION, folder + "/**/*.warc");
    assertThat(globbed.documents).extracting(ReaderRun.Doc::id).singleElement().asString()
        .startsWith("more/two.warc@");
  }
}
