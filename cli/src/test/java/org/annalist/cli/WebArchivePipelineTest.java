package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code annalist run pipelines/web-archive.yaml} over a glob of WARC files, as a user runs it. */
class WebArchivePipelineTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path folder;

  @Test
  void aGlobOfWarcFilesRunsThroughTheWholePipelineWithBoilerplateStripped() throws Exception {
    Path crawl = Files.createDirectories(folder.resolve("crawl/2024"));
    byte[] page = Files.readAllBytes(ROOT.resolve("samples/erbil-flash-flood.html"));
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] response = new byte[http.length + page.length];
    System.arraycopy(http, 0, response, 0, http.length);
    System.arraycopy(page, 0, response, http.length, page.length);
    try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(crawl.resolve("news.warc.gz"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      URI url = URI.create("https://ledger.example/erbil-floods");
      writer.write(new WarcRequest.Builder(url).date(Instant.parse("2024-04-05T00:00:00Z"))
          .body(MediaType.HTTP_REQUEST, "GET /erbil-floods HTTP/1.1\r\nHost: ledger.example\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII)).build());
      writer.write(new WarcResponse.Builder(url).date(Instant.parse("2024-04-05T00:00:00Z"))
          .body(MediaType.HTTP_RESPONSE, response).build());
    }
    Path output = folder.resolve("out");

    CliRunner.Result run = CliRunner.run("run", ROOT.resolve("pipelines/web-archive.yaml").toString(),
        "--input", folder.resolve("crawl") + "/**/*.warc.gz", "--output", output.toString(), "--no-progress");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("1 read, 1 succeeded, 0 failed, 1 skipped");
    List<JsonNode> documents = new ArrayList<>();
    for (String line : Files.readAllLines(output.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      documents.add(new ObjectMapper().readTree(line));
    }
    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.get("id").asText()).matches("2024/news\\.warc\\.gz@\\d+");
      assertThat(d.toString()).contains("https://ledger.example/erbil-floods");
      assertThat(d.get("text").asText()).contains("Flash floods swept through Erbil")
          .doesNotContainIgnoringCase("accept cookies");
    });
  }
}
