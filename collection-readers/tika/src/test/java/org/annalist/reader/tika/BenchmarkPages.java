package org.annalist.reader.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.annalist.core.testing.SharedData;

/** Real news pages of the article-extraction benchmark (skips the test when the data is absent). */
final class BenchmarkPages {

  /** A page's file and its raw bytes. */
  record Page(Path file, byte[] bytes) {}

  private BenchmarkPages() {}

  /** The first {@code count} aeb-dev pages in name order, decompressed. */
  static List<Page> first(int count) throws IOException {
    Path pages = SharedData.require("boilerplate/aeb-dev/html");
    List<Path> files;
    try (var listing = Files.list(pages)) {
      files = listing.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(count).toList();
    }
    List<Page> read = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        read.add(new Page(file, in.readAllBytes()));
      }
    }
    return read;
  }
}
