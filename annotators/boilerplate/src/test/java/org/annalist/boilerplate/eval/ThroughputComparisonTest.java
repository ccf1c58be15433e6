package org.annalist.boilerplate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler;
import org.annalist.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Pages per second on the aeb-dev pages, one thread, HTML parse included: this extractor, boilerpipe's
 * ArticleExtractor through Tika's BoilerpipeContentHandler, and Tika's bare text extraction.
 * Runs only with {@code -Dannalist.benchmark=true} (it takes about a minute):
 * {@code mvn -B -o verify -pl annotators/boilerplate -am -Dtest=ThroughputComparisonTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dannalist.benchmark=true}.
 */
class ThroughputComparisonTest {

  interface Extraction {
    void run(byte[] page) throws Exception;
  }

  @Test
  void comparesWithBoilerpipe() throws Exception {
    assumeTrue(Boolean.getBoolean("annalist.benchmark"), "benchmark: run with -Dannalist.benchmark=true");
    Path html = SharedData.require("boilerplate/aeb-dev/html");
    List<byte[]> pages = new ArrayList<>();
    try (var files = Files.list(html)) {
      for (Path file : files.sorted().toList()) {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          pages.add(in.readAllBytes());
        }
      }
    }
    org.annalist.boilerplate.html.ArticleExtractor ours = new org.annalist.boilerplate.html.ArticleExtractor();
    Extraction annalist = page -> ours.extractFrom(new ByteArrayInputStream(page), null);
    Extraction boilerpipe = page -> new JSoupParser().parse(new ByteArrayInputStream(page),
        new BoilerpipeContentHandler(new BodyContentHandler(-1), ArticleExtractor.INSTANCE),
        metadata(), new ParseContext());
    Extraction tikaText = page -> new JSoupParser().parse(new ByteArrayInputStream(page),
        new BodyContentHandler(-1), metadata(), new ParseContext());
    double[] best = new double[3];
    Extraction[] all = {annalist, boilerpipe, tikaText};
    for (int round = 0; round < 6; round++) {
      for (int i = 0; i < all.length; i++) {
        long start = System.nanoTime();
        for (byte[] page : pages) {
          all[i].run(page);
        }
        double pagesPerSecond = pages.size() / ((System.nanoTime() - start) / 1e9);
        if (round > 0) {
          best[i] = Math.max(best[i], pagesPerSecond);
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "aeb-dev %d pages, best of 5 rounds, one thread: annalist %.0f pages/s, boilerpipe %.0f pages/s, "
            + "tika text %.0f pages/s, ratio annalist/boilerpipe %.2f%n",
        pages.size(), best[0], best[1], best[2], best[0] / best[1]);
    assertThat(best[0]).isGreaterThan(0);
  }

  private static Metadata metadata() {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, "text/html; charset=UTF-8");
    return metadata;
  }
}
