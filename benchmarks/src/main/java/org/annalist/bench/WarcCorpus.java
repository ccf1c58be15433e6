package org.annalist.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The HTML corpus as web archives: one HTTP 200 response record per page, spread over a few .warc.gz files. */
final class WarcCorpus {

  private WarcCorpus() {}

  static Path build(Path pages, Path folder, int files) throws IOException {
    List<Path> html;
    try (Stream<Path> walk = Files.walk(pages)) {
      html = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
          .toList();
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> existing = Files.list(folder)) {
        if (existing.count() == files) {
          return folder;
        }
      }
      CorpusGenerator.delete(folder);
    }
    Files.createDirectories(folder);
    Instant captured = Instant.parse("2024-01-01T00:00:00Z");
    for (int f = 0; f < files; f++) {
      try (WarcWriter writer = new WarcWriter(FileChannel.open(folder.resolve(String.format("crawl-%02d.warc.gz", f)),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
          WarcCompression.GZIP)) {
        for (int i = f; i < html.size(); i += files) {
          Path page = html.get(i);
          byte[] body = Files.readAllBytes(page);
          byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
          byte[] http = new byte[head.length + body.length];
          System.arraycopy(head, 0, http, 0, head.length);
          System.arraycopy(body, 0, http, head.length, body.length);
          String path = pages.relativize(page).toString().replace('\\', '/');
          writer.write(new WarcResponse.Builder(URI.create("https://bench.example/" + path)).date(captured)
              .body(MediaType.HTTP_RESPONSE, http).build());
        }
      }
    }
    return folder;
  }
}
