package org.annalist.quotes.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.quotes.QuoteAnnotator;
import org.annalist.quotes.extract.Span;
import org.annalist.type.Quote;
import org.annalist.type.QuoteCue;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist eval quotes --format polnear DIR}: scores the quote annotator on PolNeAR. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Score quote attribution on a PolNeAR split (text/*.txt + brat attributions/*.ann).")
public class QuotesEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "PolNeAR split folder, e.g. ../shared/data/quotes/polnear/dev")
  Path dir;

  @Option(names = "--format", defaultValue = "polnear", description = "Benchmark format (only: polnear).")
  String format;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--worst", defaultValue = "10", description = "How many of the worst misses to list.")
  int worst;

  @Option(names = "--no-indirect", description = "Annotate direct quotes only.")
  boolean noIndirect;

  @Option(names = "--misses", defaultValue = "direct",
      description = "Which attributions the worst-misses list is drawn from: direct or all.")
  String missesScope;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write the raw predictions, one JSON object per article and line.")
  Path predictionsFile;

  @Override
  public Integer call() throws Exception {
    if (!"polnear".equalsIgnoreCase(format)) {
      System.err.println("unknown format: " + format + " (supported: polnear)");
      return 2;
    }
    if (dir == null || !Files.isDirectory(dir)) {
      System.err.println("not a folder: " + dir);
      return 2;
    }
    List<PolnearArticle> articles;
    try {
      articles = PolnearArticle.readFolder(dir);
    } catch (IOException e) {
      System.err.println("cannot read " + dir + ": " + e.getMessage());
      return 2;
    }
    if (!missesScope.equals("direct") && !missesScope.equals("all")) {
      System.err.println("--misses must be direct or all");
      return 2;
    }
    long goldItems = articles.stream().mapToLong(a -> a.attributions().size()).sum();
    if (articles.isEmpty() || goldItems == 0) {
      System.err.println(dir + ": no gold attributions (" + articles.size() + " articles with an .ann file; "
          + "expected brat T lines with Source/Cue/Content spans and E lines tying them), so nothing can be scored");
      return 2;
    }
    try (PredictionsFile predictions = PredictionsFile.open(predictionsFile)) {
      evaluate(articles, !noIndirect, Math.max(0, worst), missesScope.equals("all"), predictions).print(System.out, json);
    }
    return 0;
  }

  /** Runs the annotator over the articles and scores it. */
  public static EvalReport evaluate(List<PolnearArticle> articles, boolean indirect, int worst) throws Exception {
    return evaluate(articles, indirect, worst, false);
  }

  /** Runs the annotator over the articles and scores it; misses are listed from all attributions when asked. */
  public static EvalReport evaluate(List<PolnearArticle> articles, boolean indirect, int worst, boolean missesOfAll)
      throws Exception {
    try (PredictionsFile none = PredictionsFile.open(null)) {
      return evaluate(articles, indirect, worst, missesOfAll, none);
    }
  }

  /** Runs the annotator over the articles, scores it and writes every article's predictions. */
  public static EvalReport evaluate(List<PolnearArticle> articles, boolean indirect, int worst, boolean missesOfAll,
      PredictionsFile predictionsOut) throws Exception {
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(QuoteAnnotator.class,
        QuoteAnnotator.PARAM_INDIRECT, indirect);
    JCas jcas = JCasFactory.createJCas();
    AttributionScorer scorer = new AttributionScorer(missesOfAll);
    long nanos = 0;
    long cpuNanos = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long chars = 0;
    long goldCount = 0;
    long predictedCount = 0;
    for (PolnearArticle article : articles.subList(0, Math.min(300, articles.size()))) {
      jcas.reset();
      jcas.setDocumentText(article.text());
      engine.process(jcas); // warm-up, so that the throughput figure is not dominated by JIT compilation
    }
    for (PolnearArticle article : articles) {
      jcas.reset();
      jcas.setDocumentText(article.text());
      jcas.setDocumentLanguage("en");
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      engine.process(jcas);
      cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
      nanos += System.nanoTime() - start;
      chars += article.text().length();
      List<PredictedAttribution> predicted = predictions(jcas);
      predictedCount += predicted.size();
      goldCount += article.attributions().size();
      scorer.score(article.name(), article.text(), article.attributions(), predicted);
      predictionsOut.write(predictionRecord(article, predicted));
    }
    engine.destroy();
    EvalReport report = new EvalReport("quotes");
    report.put("format", "polnear");
    report.put("articles", articles.size());
    report.put("gold.attributions", goldCount);
    report.put("predicted.attributions", predictedCount);
    scorer.report(report, worst);
    double seconds = nanos / 1e9;
    double cpuSeconds = cpuNanos / 1e9;
    report.put("throughput.articlesPerSecond", seconds == 0 ? 0.0 : articles.size() / seconds);
    report.put("throughput.articlesPerCpuSecond", cpuSeconds <= 0 ? 0.0 : articles.size() / cpuSeconds);
    report.put("throughput.charsPerCpuSecond", cpuSeconds <= 0 ? 0.0 : chars / cpuSeconds);
    return report;
  }

  /** One article's predictions as written by {@code --predictions}. */
  static Map<String, Object> predictionRecord(PolnearArticle article, List<PredictedAttribution> predicted) {
    String text = article.text();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PredictedAttribution p : predicted) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("content", p.content().stream().map(s -> List.of(s.begin(), s.end())).toList());
      row.put("text", p.content().stream().map(s -> text.substring(s.begin(), s.end())).toList());
      row.put("directFlag", p.direct());
      row.put("directByBenchmarkRule", AttributionScorer.isDirect(text, p.content()));
      row.put("cue", p.cue() == null ? null : List.of(p.cue().begin(), p.cue().end()));
      row.put("speakerMention", p.mention() == null ? null : List.of(p.mention().begin(), p.mention().end()));
      row.put("speakerMentionText", p.mention() == null ? null : text.substring(p.mention().begin(), p.mention().end()));
      row.put("speaker", p.speaker());
      rows.add(row);
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("article", article.name());
    record.put("goldFile", article.annotationFile());
    record.put("attributions", rows);
    return record;
  }

  /** Quotes sharing one cue annotation form one attribution (the parts of a split quote). */
  static List<PredictedAttribution> predictions(JCas jcas) {
    Map<QuoteCue, List<Quote>> byCue = new IdentityHashMap<>();
    List<List<Quote>> groups = new ArrayList<>();
    for (Quote quote : JCasUtil.select(jcas, Quote.class)) {
      QuoteCue cue = quote.getCue();
      if (cue == null) {
        groups.add(new ArrayList<>(List.of(quote)));
      } else {
        List<Quote> group = byCue.get(cue);
        if (group == null) {
          group = new ArrayList<>();
          byCue.put(cue, group);
          groups.add(group);
        }
        group.add(quote);
      }
    }
    List<PredictedAttribution> result = new ArrayList<>();
    for (List<Quote> group : groups) {
      Quote first = group.get(0);
      List<Span> content = group.stream().map(q -> new Span(q.getBegin(), q.getEnd())).toList();
      boolean direct = group.stream().allMatch(Quote::getDirect);
      Span cue = first.getCue() == null ? null : new Span(first.getCue().getBegin(), first.getCue().getEnd());
      Span mention = first.getSpeakerMention() == null ? null
          : new Span(first.getSpeakerMention().getBegin(), first.getSpeakerMention().getEnd());
      result.add(new PredictedAttribution(content, direct, cue, mention, first.getSpeaker()));
    }
    return result;
  }
}
