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
import org.annalist.boilerplate.Favour;
import org.annalist.boilerplate.html.ArticleExtractor;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.core.time.DateStrings;
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

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write the raw predictions (text, title, author, date), one JSON object per page and line.")
  Path predictionsFile;

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
    try (PredictionsFile predictions = PredictionsFile.open(predictionsFile)) {
      evaluate(benchmark, setting, pages, predictions).print(out, json);
    } catch (IOException e) {
      err.println("cannot write " + predictionsFile + ": " + e.getMessage());
      return 2;
    }
    return 0;
  }

  /** Scores the extractor on the pages; public so that tests can check the figures. */
  public EvalReport evaluate(BenchmarkFormat benchmark, Favour setting, List<BenchmarkPage> pages) {
    try (PredictionsFile none = PredictionsFile.open(null)) {
      return evaluate(benchmark, setting, pages, none);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scores the extractor on the pages and writes each page's predictions. A gold page whose HTML
   * is missing or unreadable is scored as an empty extraction, not skipped.
   */
  public EvalReport evaluate(BenchmarkFormat benchmark, Favour setting, List<BenchmarkPage> pages,
      PredictionsFile predictionsOut) {
    ArticleExtractor extractor = new ArticleExtractor(setting);
    double sumPrecision = 0;
    double sumRecall = 0;
    double sumF1 = 0;
    long nanos = 0;
    int[] metadataHits = new int[3];
    int[] metadataPages = new int[3];
    List<Map<String, Object>> rows = new ArrayList<>();
    int unreadable = 0;
    for (BenchmarkPage page : pages) {
      byte[] bytes = read(page.html());
      Article article = null;
      if (bytes == null) {
        unreadable++;
        err.println("warning: " + page.html() + " is missing or unreadable; page " + page.id() + " scored as empty");
      } else {
        long start = System.nanoTime();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
          article = extractor.extractFrom(in, null);
        } catch (IOException | RuntimeException e) {
          unreadable++;
          err.println("warning: page " + page.id() + " could not be parsed (" + e.getMessage() + "); scored as empty");
        }
        nanos += System.nanoTime() - start;
      }
      if (article == null) {
        article = new Article(null, List.of());
      }
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
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("page", page.id());
      record.put("htmlRead", bytes != null);
      record.put("text", text);
      record.put("title", article.title());
      record.put("author", article.author());
      record.put("date", article.date());
      predictionsOut.write(record);
    }
    int n = pages.size();
    EvalReport report = new EvalReport("boilerplate");
    report.put("format", benchmark.name().toLowerCase(Locale.ROOT));
    report.put("favour", setting.name().toLowerCase(Locale.ROOT));
    report.put("pages", n);
    report.put("pagesScoredEmpty", unreadable);
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

  private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("and", "by", "with");

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
    if (ordered) {
      return a.equals(b);
    }
    // author lists: the same name words, whatever the connectives ("A, B and C" = "A, B, C")
    TreeSet<String> x = new TreeSet<>(a);
    TreeSet<String> y = new TreeSet<>(b);
    x.removeAll(CONNECTIVES);
    y.removeAll(CONNECTIVES);
    return x.equals(y);
  }

  static boolean sameDate(String found, String gold) {
    String goldDate = DateStrings.datePart(gold);
    return found != null && goldDate != null && found.startsWith(goldDate);
  }

  /** The page's bytes, or null when the file is missing or cannot be read. */
  private static byte[] read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }
}
