package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineOverrides;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.apache.hadoop.conf.Configuration;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives, a pipeline and the local runner's output, shared by the Spark tests on S3 and HDFS. */
final class WebArchiveFixtures {

  private WebArchiveFixtures() {
  }

  static String page(String title, String paragraph) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><nav>"
        + "<a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav><article><h1>" + title
        + "</h1><p>" + paragraph + "</p><p>Officials said more stalls would open next week, and traders "
        + "expected crowds before the holiday.</p></article><footer>Copyright The Ledger</footer></body></html>";
  }

  /** Two archives: a gzipped one with requests and a 404, and a 1.5 MB uncompressed one. */
  static Path crawl(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (WarcWriter writer = writer(folder.resolve("small.warc.gz"), WarcCompression.GZIP)) {
      for (int i = 0; i < 8; i++) {
        URI url = URI.create("https://news.example/small/" + i);
        writer.write(new WarcRequest.Builder(url).date(Instant.parse("2024-05-01T00:00:00Z"))
            .body(MediaType.HTTP_REQUEST, ("GET /small/" + i + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
            .build());
        writer.write(response(url, 200, page("Story " + i, "Rain fell on Mosul for the " + i + "th day.")));
      }
      for (int i = 0; i < 2; i++) {
        writer.write(response(URI.create("https://news.example/gone/" + i), 404, page("Gone", "Not here.")));
      }
    }
    try (WarcWriter writer = writer(folder.resolve("large.warc"), WarcCompression.NONE)) {
      String filler = " The river authority published daily readings of the Tigris at Baghdad.".repeat(550);
      for (int i = 0; i < 40; i++) {
        writer.write(response(URI.create("https://news.example/large/" + i), 200,
            page("Report " + i, "Report number " + i + "." + filler)));
      }
    }
    return folder;
  }

  private static WarcWriter writer(Path file, WarcCompression compression) throws IOException {
    return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), compression);
  }

  private static WarcResponse response(URI url, int status, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] http = new byte[head.length + body.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    return new WarcResponse.Builder(url).date(Instant.parse("2024-05-01T00:00:00Z"))
        .body(MediaType.HTTP_RESPONSE, http).build();
  }

  /** A warc → boilerplate → jsonl pipeline, written into the folder. */
  static Path pipeline(Path folder) throws IOException {
    Path file = folder.resolve("web-archive.yaml");
    Files.writeString(file, """
        name: warc-test
        reader:
          component: warc
          params:
            sourceLocation: .
        annotators:
          - boilerplate
        consumers:
          - jsonl
        """, StandardCharsets.UTF_8);
    return file;
  }

  static RunSummary runLocally(Path pipeline, Path input, Path output) throws IOException {
    ComponentRegistry registry = ComponentRegistry.load();
    PipelineSpec spec = new PipelineLoader().load(pipeline);
    spec = PipelineOverrides.withInput(spec, input.toString());
    spec = PipelineOverrides.withOutput(spec, output.toString(), registry);
    var assembled = PipelineAssembler.assemble(new PipelineValidator(registry).validate(spec));
    return new BatchRunner(assembled, RunOptions.defaults(output).withThreads(2)).run();
  }

  /** Puts a local folder's files into a Hadoop file system (S3, HDFS) through its own API, as a crawler's upload would. */
  static void upload(Path folder, String target, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(target);
    org.apache.hadoop.fs.FileSystem fs = remote.getFileSystem(conf);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(file.toUri()),
            new org.apache.hadoop.fs.Path(remote, file.getFileName().toString()));
      }
    }
  }

  /** The lines of every partition's {@code documents.jsonl} under a local output folder, sorted. */
  static List<String> partLines(Path output) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(p -> p.getFileName().toString().equals("documents.jsonl")).sorted().toList()) {
        assertThat(file.getParent().getFileName().toString()).startsWith("part-");
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines.stream().sorted().toList();
  }

  static List<String> sorted(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
  }
}
