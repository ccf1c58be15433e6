package org.annalist.boilerplate.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.annalist.boilerplate.Article;
import org.annalist.boilerplate.DateNormaliser;
import org.annalist.boilerplate.Favour;
import org.annalist.boilerplate.html.ArticleExtractor;
import org.annalist.core.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist eval boilerplate}: scores the article extractor on a benchmark folder. */
@Command(
    name = "boilerplate",
    mixinStandardHelpOptions = true,
    description = "Scores the boilerplate annotator's article extraction on a benchmark folder "
        + "(aeb: token 4-gram precision/recall averaged over pages; wcxb: per-page word F1 "
        + "averaged, plus title/author/date accuracy).")
public final class BoilerplateEvalCommand implements Callable<Integer> {

  @Option(names = "--format", required = true, description = "Benchmark layout: aeb or wcxb.")
  String format;

  @Parameters(index = "0", paramLabel = "DIR", description = "The benchmark folder.")
  Path dir;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--limit", description = "Score only the first N pages (by id).")
  int limit = -1;

  @Option(names = "--worst", description = "How many of the worst pages to list (default 10).")
  int worst = 10;

  @Option(names = "--favour", description = "precision, balanced (default) or recall.")
  String favour = "balanced";

  private PrintStream out = System.out;
  private PrintStream err = System.err;

  /** For tests: where the report and the error messages go. */
  public BoilerplateEvalCommand printTo(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
    return this;
  }

  @Override
  public Integer call() {
    BenchmarkFormat benchmark;
    Favour setting;
    try {
      benchmark = BenchmarkFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
      setting = Favour.parse(favour);
    } catch (IllegalArgumentException e) {
      err.println("bad argument: --format must be aeb or wcxb and --favour precision, balanced or recall");
      return 2;
    }
    List<BenchmarkPage> pages;
    try {
      if (!Files.isDirectory(dir)) {
        err.println("not a folder: " + dir);
        return 2;
      }
      pages = benchmark.read(dir);
    } catch (IOException | RuntimeException e) {
      err.println("cannot read the benchmark in " + dir + ": " + e.getMessage());
      return 2;
    }
    if (limit > 0 && pages.size() > limit) {
      pages = pages.subList(0, limit);
    }
    if (pages.isEmpty()) {
      err.println("no pages found in " + dir);
      return 2;
    }
    evaluate(benchmark, setting, pages).print(out, json);
    return 0;
  }

  /** Scores the extractor on the pages; public so that tests can check the figures. */
  public EvalReport evaluate(BenchmarkFormat benchmark, Favour setting, List<BenchmarkPage> pages) {
    ArticleExtractor extractor = new ArticleExtractor(setting);
    double sumPrecision = 0;
    double sumRecall = 0;
    double sumF1 = 0;
    long nanos = 0;
    int[] metadataHits = new int[3];
    int[] metadataPages = new int[3];
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BenchmarkPage page : pages) {
      byte[] bytes = read(page.html());
      long start = System.nanoTime();
      Article article;
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        article = extractor.extractFrom(in, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      nanos += System.nanoTime() - start;
      String text = article.text();
      TextOverlap.Score score = benchmark == BenchmarkFormat.AEB
          ? TextOverlap.aeb(text, page.goldText())
          : TextOverlap.wcxb(text, page.goldText());
      sumPrecision += score.precision();
      sumRecall += score.recall();
      sumF1 += score.f1();
      count(0, page.goldTitle(), sameWords(article.title(), page.goldTitle(), true), metadataHits, metadataPages);
      count(1, page.goldAuthor(), sameWords(article.author(), page.goldAuthor(), false), metadataHits, metadataPages);
      count(2, page.goldDate(), sameDate(article.date(), page.goldDate()), metadataHits, metadataPages);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", page.id());
      row.put("f1", score.f1());
      row.put("precision", score.precision());
      row.put("recall", score.recall());
      row.put("url", page.url());
      rows.add(row);
    }
    int n = pages.size();
    EvalReport report = new EvalReport("boilerplate");
    report.put("format", benchmark.name().toLowerCase(Locale.ROOT));
    report.put("favour", setting.name().toLowerCase(Locale.ROOT));
    report.put("pages", n);
    double precision = sumPrecision / n;
    double recall = sumRecall / n;
    report.put("precision", precision);
    report.put("recall", recall);
    if (benchmark == BenchmarkFormat.AEB) {
      report.put("f1", precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall));
    } else {
      report.put("f1", sumF1 / n);
    }
    String[] names = {"title", "author", "date"};
    for (int i = 0; i < 3; i++) {
      if (metadataPages[i] > 0) {
        report.put("metadata." + names[i] + ".accuracy", (double) metadataHits[i] / metadataPages[i]);
        report.put("metadata." + names[i] + ".pages", metadataPages[i]);
      }
    }
    double seconds = nanos / 1e9;
    report.put("speed.seconds", seconds);
    report.put("speed.pagesPerSecond", seconds == 0 ? 0.0 : n / seconds);
    rows.sort(Comparator.comparingDouble(r -> (Double) r.get("f1")));
    for (int i = 0; i < Math.min(worst, rows.size()); i++) {
      report.addRow("worst", rows.get(i));
    }
    return report;
  }

  private static void count(int index, String gold, boolean hit, int[] hits, int[] pages) {
    if (gold != null) {
      pages[index]++;
      if (hit) {
        hits[index]++;
      }
    }
  }

  /** Titles: same lower-cased word sequence; authors: same set of lower-cased words. */
  static boolean sameWords(String found, String gold, boolean ordered) {
    if (found == null || gold == null) {
      return false;
    }
    List<String> a = TextOverlap.tokens(found.toLowerCase(Locale.ROOT));
    List<String> b = TextOverlap.tokens(gold.toLowerCase(Locale.ROOT));
    return ordered ? a.equals(b) : new TreeSet<>(a).equals(new TreeSet<>(b));
  }

  static boolean sameDate(String found, String gold) {
    String goldDate = DateNormaliser.datePart(gold);
    return found != null && goldDate != null && found.startsWith(goldDate);
  }

  private static byte[] read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
