package org.annalist.dates.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;

/**
 * Times the date annotator on plain-text news articles (the UIMA process call on a prepared CAS),
 * in CPU seconds of the annotating thread: first a warm-up (by default {@link #WARMUP_NANOS}), then
 * passes over the articles until the measuring time (by default {@link #MEASURE_NANOS}) is spent.
 */
final class ArticleThroughput {

  static final long WARMUP_NANOS = 8_000_000_000L;
  static final long MEASURE_NANOS = 4_000_000_000L;
  /** A "date YYYY-MM-DD" header line, as the shared seed articles carry, gives the document date. */
  private static final Pattern DATE_LINE = Pattern.compile("(?m)^\\s*date (\\d{4}-\\d{2}-\\d{2})\\b");

  /** Articles per CPU second and their mean length in characters. */
  record Result(int articles, double articlesPerCpuSecond, double meanCharacters) {}

  private record Article(String text, String date) {}

  private ArticleThroughput() {}

  static Result measure(AnalysisEngine engine, JCas jcas, Path folder, long warmupNanos, long measureNanos)
      throws Exception {
    List<Article> articles = read(folder);
    if (articles.isEmpty()) {
      throw new IOException("no .txt articles in " + folder);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    while (cpu.getCurrentThreadCpuTime() - start < warmupNanos) {
      for (Article article : articles) {
        annotate(engine, jcas, article);
      }
    }
    long annotated = 0;
    start = cpu.getCurrentThreadCpuTime();
    long spent;
    do {
      for (Article article : articles) {
        annotate(engine, jcas, article);
      }
      annotated += articles.size();
      spent = cpu.getCurrentThreadCpuTime() - start;
    } while (spent < measureNanos);
    double meanCharacters = articles.stream().mapToInt(a -> a.text().length()).average().orElse(0);
    return new Result(articles.size(), annotated / (spent / 1e9), meanCharacters);
  }

  private static List<Article> read(Path folder) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher date = DATE_LINE.matcher(text);
        articles.add(new Article(text, date.find() ? date.group(1) : null));
      }
    }
    return articles;
  }

  private static void annotate(AnalysisEngine engine, JCas jcas, Article article) throws Exception {
    jcas.reset();
    jcas.setDocumentText(article.text());
    DocumentMetadata metadata = new DocumentMetadata(jcas, 0, article.text().length());
    metadata.setPublishedDate(article.date());
    metadata.addToIndexes();
    engine.process(jcas);
  }
}
