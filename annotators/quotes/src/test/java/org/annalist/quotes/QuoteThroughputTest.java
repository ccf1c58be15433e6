package org.annalist.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.core.testing.SharedData;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, run with {@code -Dannalist.benchmark=true}: articles per CPU second of the annotating
 * thread on the PolNeAR dev texts (news articles of about 5,000 characters), best of six passes.
 */
class QuoteThroughputTest {

  @Test
  void annotatesNewsArticles() throws Exception {
    assumeTrue(Boolean.getBoolean("annalist.benchmark"), "benchmark: run with -Dannalist.benchmark=true");
    Path dir = SharedData.require("quotes/polnear/dev/text");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(QuoteAnnotator.class);
    JCas jcas = JCasFactory.createJCas();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = 0;
    for (int pass = 0; pass < 6; pass++) {
      long cpu = 0;
      for (String text : texts) {
        jcas.reset();
        jcas.setDocumentText(text);
        long start = threads.getCurrentThreadCpuTime();
        engine.process(jcas);
        cpu += threads.getCurrentThreadCpuTime() - start;
      }
      best = Math.max(best, texts.size() / (cpu / 1e9));
    }
    System.out.printf("quotes: %d articles per CPU second (best of 6 passes over %d articles)%n",
        Math.round(best), texts.size());
  }
}
