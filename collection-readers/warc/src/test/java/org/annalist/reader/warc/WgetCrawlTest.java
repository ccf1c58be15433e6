package org.annalist.reader.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.TikaCollectionReader;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WARC written by a real crawler: samples/ served on 127.0.0.1 and recorded with
 * {@code wget --warc-file}; the pages read from the archive equal the same pages read from disk.
 */
class WgetCrawlTest {

  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "txt", "text/plain; charset=utf-8", "pdf", "application/pdf", "eml", "message/rfc822", "zip", "application/zip",
      "md", "text/markdown");

  @TempDir
  Path folder;

  @Test
  void pagesRecordedByWgetReadAsFromDisk() throws Exception {
    assumeTrue(wgetAvailable(), "wget is not installed (apt-get install wget): the real-crawler WARC test is skipped");
    Path samples = WarcCollectionReaderTest.samples();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      Path file = samples.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(samples) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
      byte[] bytes = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    List<String> names;
    try (var listing = Files.list(samples)) {
      names = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      List<String> command = new ArrayList<>(List.of("wget", "--quiet", "--no-proxy", "--tries=1",
          "--warc-file=" + folder.resolve("archive/samples"), "--directory-prefix=" + folder.resolve("download")));
      names.forEach(n -> command.add(base + n));
      command.add(base + "no-such-page.html");
      Files.createDirectories(folder.resolve("archive"));
      Process wget = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(wget.getInputStream().readAllBytes());
      assertThat(wget.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(wget.exitValue()).as(output).isIn(0, 8); // 8: the 404 we asked for
    } finally {
      server.stop(0);
    }
    Path warc = folder.resolve("archive/samples.warc.gz");
    assertThat(warc).exists();

    ReaderRun fromArchive = ReaderRun.of(WarcCollectionReader.PARAM_SOURCE_LOCATION, folder.resolve("archive").toString());
    assertThat(fromArchive.failures).isEmpty();
    assertThat(fromArchive.notDocuments).containsEntry("HTTP status 404", 1L)
        .containsEntry("payload type message/rfc822", 1L).containsEntry("payload type application/zip", 1L);

    List<String> pages = names.stream().filter(n -> n.matches(".*\\.(html|txt|pdf)")).toList();
    assertThat(fromArchive.documents).extracting(d -> d.sourceUri().substring(d.sourceUri().lastIndexOf('/') + 1))
        .containsExactlyInAnyOrderElementsOf(pages);
    for (String page : pages) {
      ReaderRun.Doc fromDisk = readFromDisk(samples.resolve(page));
      ReaderRun.Doc archived = fromArchive.document("/" + page);
      assertThat(archived.text()).as(page).isEqualTo(fromDisk.text());
      assertThat(archived.title()).as(page).isEqualTo(fromDisk.title());
      assertThat(archived.contentType()).as(page).isEqualTo(fromDisk.contentType());
      assertThat(archived.structureCount()).as(page).isEqualTo(fromDisk.structureCount());
      assertThat(archived.html()).as(page).isEqualTo(fromDisk.html());
      assertThat(archived.checksum()).as(page).isEqualTo(fromDisk.checksum());
      if (fromDisk.date() != null) {
        assertThat(archived.date()).as(page).isEqualTo(fromDisk.date());
        assertThat(archived.dateSource()).as(page).isEqualTo(fromDisk.dateSource());
      } else {
        assertThat(archived.dateSource()).as(page).isEqualTo("warc-date");
      }
    }
  }

  private static ReaderRun.Doc readFromDisk(Path file) throws Exception {
    CollectionReader reader = CollectionReaderFactory.createReader(TikaCollectionReader.class,
        TikaCollectionReader.PARAM_SOURCE_LOCATION, file.toString());
    try {
      assertThat(reader.hasNext()).isTrue();
      JCas jcas = JCasFactory.createJCas();
      try {
        reader.getNext(jcas.getCas());
      } catch (DocumentReadException e) {
        throw new AssertionError(file + " cannot be read from disk: " + e.getMessage(), e);
      }
      return ReaderRun.snapshot(jcas);
    } finally {
      reader.close();
      reader.destroy();
    }
  }

  private static boolean wgetAvailable() {
    try {
      Process p = new ProcessBuilder("wget", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
