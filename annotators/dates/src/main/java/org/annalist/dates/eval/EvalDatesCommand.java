package org.annalist.dates.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annalist.core.eval.EvalReport;
import org.annalist.dates.DateAnnotator;
import org.annalist.dates.engine.TimexMention;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.Timex3;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist eval dates --format timeml DIR}: runs the date annotator on the TEXT of every
 * TimeML file with its DCT as the document date and prints TempEval-3 figures.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = "Score the dates annotator on TimeML files (TempEval-3 strict/relaxed span, value and type F1).")
public final class EvalDatesCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "timeml", description = "Gold format; only 'timeml' is supported.")
  String format;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--worst", defaultValue = "10", description = "How many of the worst documents to list.")
  int worst;

  @Option(names = "--confusions", defaultValue = "25", description = "How many of the most frequent wrong values to list.")
  int confusions;

  @Option(names = "--errors", description = "Also list every missed and spurious mention (for development).")
  boolean errors;

  @Option(names = "--rules", description = "Also list, per rule, its mentions, relaxed matches and right values.")
  boolean rules;

  @Option(names = "--warmup", defaultValue = "0",
      description = "Annotate the corpus this many times before the scored, timed pass (steadier throughput).")
  int warmup;

  @Option(names = "--articles", paramLabel = "FOLDER",
      description = "Also time the annotator on the plain-text (.txt) news articles of this folder, e.g. "
          + "../shared/data/seeds: 8 CPU seconds of warm-up, then 4 measured (throughput.articlesPerCpuSecond).")
  Path articles;

  @Option(names = "--no-dct",
      description = "Remove the documents' creation times: the annotator infers a date from the text or leaves "
          + "relative expressions unresolved (scores what undated documents get).")
  boolean noDct;

  @Option(names = "--document-type", defaultValue = "auto", paramLabel = "news|narrative|auto",
      description = "The annotator's documentType parameter (default auto: decided per document).")
  String documentType;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Write the predictions as JSON lines, one document a line: its DCT, document type, inferred "
          + "date and every mention (offsets, text, type, value, mod, anchor, anchorSource, rule).")
  Path predictions;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of .tml files (searched recursively).")
  Path directory;

  long articleWarmupNanos = ArticleThroughput.WARMUP_NANOS;
  long articleMeasureNanos = ArticleThroughput.MEASURE_NANOS;

  PrintStream out = System.out;
  PrintStream err = System.err;

  @Override
  public Integer call() {
    if (!"timeml".equalsIgnoreCase(format)) {
      err.println("unsupported --format " + format + " (only timeml)");
      return 2;
    }
    if (directory == null || !Files.isDirectory(directory)) {
      err.println("not a readable folder: " + directory);
      return 2;
    }
    List<TimeMlDocument> documents;
    try {
      documents = TimeMlCorpus.read(directory);
    } catch (IOException | IllegalArgumentException e) {
      err.println("cannot read TimeML from " + directory + ": " + e.getMessage());
      return 2;
    }
    if (documents.isEmpty()) {
      err.println("no .tml files under " + directory);
      return 2;
    }
    if (org.annalist.dates.engine.DocumentType.parse(documentType) == null) {
      err.println("unsupported --document-type " + documentType + " (news, narrative or auto)");
      return 2;
    }
    if (predictions != null && (predictions.getParent() != null && !Files.isDirectory(predictions.getParent())
        || Files.isDirectory(predictions))) {
      err.println("cannot write predictions to " + predictions + ": its folder does not exist or it is a folder");
      return 2;
    }
    if (articles != null && !Files.isDirectory(articles)) {
      err.println("not a readable folder: " + articles);
      return 2;
    }
    try {
      evaluate(documents).print(out, json);
      return 0;
    } catch (Exception e) {
      err.println("evaluation failed: " + e);
      return 1;
    }
  }

  EvalReport evaluate(List<TimeMlDocument> documents) throws Exception {
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(DateAnnotator.class,
        DateAnnotator.PARAM_DOCUMENT_TYPE, documentType == null ? "auto" : documentType);
    PredictionWriter writer = predictions == null ? null : new PredictionWriter(predictions);
    java.util.Map<String, Long> documentTypes = new java.util.TreeMap<>();
    int inferredDates = 0;
    JCas jcas = JCasFactory.createJCas();
    TempEvalScorer scorer = new TempEvalScorer();
    List<TempEvalScorer.DocumentScore> perDocument = new ArrayList<>();
    List<String> errorLines = new ArrayList<>();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long annotateNanos = 0;
    for (int pass = 0; pass < warmup; pass++) {
      for (TimeMlDocument document : documents) {
        annotate(engine, jcas, document);
      }
    }
    for (TimeMlDocument document : documents) {
      long start = cpu.getCurrentThreadCpuTime();
      annotate(engine, jcas, document);
      annotateNanos += cpu.getCurrentThreadCpuTime() - start;
      List<TimexMention> system = new ArrayList<>();
      for (Timex3 timex : JCasUtil.select(jcas, Timex3.class)) {
        system.add(new TimexMention(timex.getBegin(), timex.getEnd(), timex.getTimexType(), timex.getValue(),
            timex.getMod(), timex.getAnchor(), timex.getAnchorSource(), timex.getQuant(), timex.getFreq(), timex.getRule()));
      }
      DocumentMetadata metadata = org.annalist.core.cas.DocumentMetadataAccess.find(jcas);
      documentTypes.merge(String.valueOf(metadata == null ? null : metadata.getDocumentType()), 1L, Long::sum);
      if (metadata != null && DateAnnotator.INFERRED.equals(metadata.getPublishedDateSource())) {
        inferredDates++;
      }
      if (writer != null) {
        writer.write(document, metadata, system);
      }
      perDocument.add(scorer.add(document, system));
      if (errors) {
        errorLines.addAll(SpanErrors.list(document, system));
      }
    }
    ArticleThroughput.Result articleSpeed = articles == null ? null : ArticleThroughput.measure(engine, jcas, articles,
        articleWarmupNanos, articleMeasureNanos);
    engine.destroy();
    if (writer != null) {
      writer.close();
    }

    EvalReport report = new EvalReport("dates");
    report.put("documents", documents.size());
    report.put("gold", scorer.relaxed().truePositives() + scorer.relaxed().falseNegatives());
    report.put("system", scorer.relaxed().truePositives() + scorer.relaxed().falsePositives());
    scorer.strict().report(report, "strict");
    scorer.relaxed().report(report, "relaxed");
    report.put("dct", noDct ? "removed" : "given");
    report.put("documentsInferredDate", inferredDates);
    documentTypes.forEach((type, count) -> report.put("documentType." + type, count));
    report.put("value.precision", scorer.valuePrecision());
    report.put("value.recall", scorer.valueRecall());
    report.put("value.f1", scorer.valueF1());
    report.put("value.accuracy", scorer.valueAccuracy());
    report.put("type.precision", scorer.typePrecision());
    report.put("type.recall", scorer.typeRecall());
    report.put("type.f1", scorer.typeF1());
    long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
    report.put("throughput.documentsPerCpuSecond", annotateNanos == 0 ? 0.0 : documents.size() / (annotateNanos / 1e9));
    // per character, so that corpora of short (TimeBank) and long (web) articles compare
    report.put("throughput.charactersPerCpuSecond", annotateNanos == 0 ? 0.0 : characters / (annotateNanos / 1e9));
    if (articleSpeed != null) {
      report.put("throughput.articles", articleSpeed.articles());
      report.put("throughput.articleMeanCharacters", articleSpeed.meanCharacters());
      report.put("throughput.articlesPerCpuSecond", articleSpeed.articlesPerCpuSecond());
    }

    Map<String, Long> confusionCounts = scorer.disagreements().stream()
        .filter(d -> !TimexValues.same(d.goldValue(), d.systemValue()))
        .collect(Collectors.groupingBy(d -> d.goldValue() + " -> " + d.systemValue() + " \"" + d.text() + "\"",
            LinkedHashMap::new, Collectors.counting()));
    confusionCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(Math.max(0, confusions))
        .forEach(e -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("count", e.getValue());
          row.put("confusion", e.getKey());
          report.addRow("confusions", row);
        });
    perDocument.stream()
        .sorted(Comparator.comparingDouble(TempEvalScorer.DocumentScore::valueF1))
        .limit(Math.max(0, worst))
        .forEach(d -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("document", d.document());
          row.put("valueF1", d.valueF1());
          row.put("gold", d.gold());
          row.put("system", d.system());
          row.put("relaxedMatches", d.relaxedMatches());
          row.put("valueCorrect", d.valueCorrect());
          report.addRow("worstDocuments", row);
        });
    if (rules) {
      scorer.rules().forEach((rule, score) -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rule", rule);
        row.put("system", score.system());
        row.put("relaxedMatches", score.relaxedMatches());
        row.put("valueCorrect", score.valueCorrect());
        report.addRow("rules", row);
      });
    }
    for (String line : errorLines) {
      report.addRow("errors", Map.of("error", line));
    }
    return report;
  }

  private void annotate(AnalysisEngine engine, JCas jcas, TimeMlDocument document) throws Exception {
    jcas.reset();
    jcas.setDocumentText(document.text());
    DocumentMetadata metadata = new DocumentMetadata(jcas, 0, document.text().length());
    metadata.setDocumentId(document.id());
    metadata.setPublishedDate(noDct ? null : document.dct());
    metadata.addToIndexes();
    engine.process(jcas);
  }

  /** Runs the command on its own (for development without the CLI module). */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalDatesCommand()).execute(args));
  }
}
