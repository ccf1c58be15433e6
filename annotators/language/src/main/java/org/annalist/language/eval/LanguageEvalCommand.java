package org.annalist.language.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.core.plugin.LanguageSupport;
import org.annalist.language.LanguageAnnotator;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist eval language --format tsv FILE}: runs the language annotator on labelled texts
 * (one a line: gold language, set name, id, text, tab-separated) and reports its accuracy overall,
 * per set and per language, the English texts it put in another language (those the English-only
 * annotators would skip), and its time per text.
 */
@Command(name = "language", mixinStandardHelpOptions = true,
    description = "Score the language annotator on labelled texts (TSV: gold language, set, id, text).")
public class LanguageEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "TSV file, e.g. from benchmarks/language/build-eval-set.py")
  Path file;

  @Option(names = "--format", defaultValue = "tsv", description = "Input format (only: tsv).")
  String format;

  @Option(names = "--hint", description = "The reader's language given with every text (default: none).")
  String hint;

  @Option(names = "--max-characters", defaultValue = "400", description = "The annotator's maxCharacters.")
  int maxCharacters;

  @Option(names = "--min-letters", defaultValue = "40", description = "The annotator's minLetters.")
  int minLetters;

  @Option(names = "--min-confidence", defaultValue = "0.05", description = "The annotator's minConfidence.")
  double minConfidence;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--worst", defaultValue = "20", description = "How many misses to list.")
  int worst;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write the raw predictions, one JSON object per text and line.")
  Path predictionsFile;

  @Option(names = "--compare-opennlp", paramLabel = "ROUNDS", arity = "0..1", fallbackValue = "3",
      description = "Also run OpenNLP's LanguageDetectorME on the same samples, alternating with the annotator's "
          + "detector, ROUNDS times over the set (default 3): texts where they differ, CPU time of each.")
  Integer compareRounds;

  /** One labelled text. */
  public record Sample(String gold, String set, String id, String text) {}

  @Override
  public Integer call() throws Exception {
    if (!"tsv".equalsIgnoreCase(format)) {
      System.err.println("unknown format: " + format + " (supported: tsv)");
      return 2;
    }
    List<Sample> samples;
    try {
      samples = read(file);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    try (PredictionsFile predictions = PredictionsFile.open(predictionsFile)) {
      EvalReport report = evaluate(samples, hint, maxCharacters, minLetters, minConfidence, Math.max(0, worst),
          predictions);
      if (compareRounds != null) {
        OpenNlpComparison.addTo(report, samples, maxCharacters, Math.max(1, compareRounds));
      }
      report.print(System.out, json);
    }
    return 0;
  }

  /** Reads the TSV; a malformed line is an error naming the file and line. */
  public static List<Sample> read(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a file: " + file);
    }
    List<Sample> samples = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", 4);
      if (fields.length < 4 || LanguageSupport.primarySubtag(fields[0]) == null) {
        throw new IllegalArgumentException(file + ":" + number + ": expected 4 tab-separated fields: gold language "
            + "(ISO 639-1, e.g. de), set name, id, text; fix or remove the line");
      }
      samples.add(new Sample(LanguageSupport.primarySubtag(fields[0]), fields[1], fields[2], fields[3]));
    }
    if (samples.isEmpty()) {
      throw new IllegalArgumentException(file + ": no labelled texts, so nothing can be scored");
    }
    return samples;
  }

  public static EvalReport evaluate(List<Sample> samples, String hint, int maxCharacters, int minLetters,
      double minConfidence, int worst, PredictionsFile predictionsOut) throws Exception {
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(LanguageAnnotator.class,
        LanguageAnnotator.PARAM_MAX_CHARACTERS, maxCharacters, LanguageAnnotator.PARAM_MIN_LETTERS, minLetters,
        LanguageAnnotator.PARAM_MIN_CONFIDENCE, minConfidence);
    JCas jcas = JCasFactory.createJCas();
    for (Sample sample : samples.subList(0, Math.min(500, samples.size()))) {
      run(engine, jcas, sample, hint); // warm-up: the time figure is not the JIT's
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    long cpuNanos = 0;
    long hits = 0;
    long englishAsOther = 0;
    long english = 0;
    long otherAsEnglish = 0;
    long other = 0;
    Map<String, long[]> bySet = new TreeMap<>();
    Map<String, long[]> byLanguage = new TreeMap<>();
    Map<String, Long> sources = new TreeMap<>();
    List<Map<String, Object>> misses = new ArrayList<>();
    for (Sample sample : samples) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      run(engine, jcas, sample, hint);
      nanos += System.nanoTime() - start;
      cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
      String predicted = LanguageSupport.primarySubtag(jcas.getDocumentLanguage());
      String source = org.annalist.core.cas.DocumentMetadataAccess.find(jcas).getLanguageSource();
      sources.merge(source, 1L, Long::sum);
      boolean hit = sample.gold().equals(predicted);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("set", sample.set());
      record.put("id", sample.id());
      record.put("gold", sample.gold());
      record.put("predicted", String.valueOf(predicted));
      record.put("source", source);
      predictionsOut.write(record);
      hits += hit ? 1 : 0;
      count(bySet, sample.set(), hit);
      count(byLanguage, sample.gold(), hit);
      if (sample.gold().equals("en")) {
        english++;
        englishAsOther += predicted != null && !predicted.equals("en") ? 1 : 0;
      } else {
        other++;
        otherAsEnglish += "en".equals(predicted) ? 1 : 0;
      }
      if (!hit && misses.size() < worst) {
        misses.add(Map.of("gold", sample.gold(), "predicted", String.valueOf(predicted), "source", source,
            "set", sample.set(), "id", sample.id(),
            "text", sample.text().substring(0, Math.min(80, sample.text().length()))));
      }
    }
    engine.destroy();
    EvalReport report = new EvalReport("language");
    report.put("format", "tsv");
    report.put("texts", samples.size());
    report.put("hint", hint == null ? "none" : hint);
    report.put("maxCharacters", maxCharacters);
    report.put("accuracy", (double) hits / samples.size());
    bySet.forEach((set, c) -> report.put("accuracy.set." + set, String.format("%d/%d = %.4f", c[0], c[1], (double) c[0] / c[1])));
    byLanguage.forEach((language, c) -> report.put("accuracy.language." + language,
        String.format("%d/%d = %.4f", c[0], c[1], (double) c[0] / c[1])));
    report.put("english.texts", english);
    report.put("english.putInAnotherLanguage", englishAsOther);
    report.put("other.texts", other);
    report.put("other.calledEnglish", otherAsEnglish);
    sources.forEach((source, n) -> report.put("decidedBy." + source, n));
    report.put("time.millisecondsPerText", nanos / 1e6 / samples.size());
    report.put("time.cpuMillisecondsPerText", cpuNanos / 1e6 / samples.size());
    misses.forEach(row -> report.addRow("misses", row));
    return report;
  }

  private static void run(AnalysisEngine engine, JCas jcas, Sample sample, String hint) throws Exception {
    jcas.reset();
    jcas.setDocumentText(sample.text());
    if (hint != null) {
      jcas.setDocumentLanguage(hint);
    }
    engine.process(jcas);
  }

  private static void count(Map<String, long[]> counts, String key, boolean hit) {
    long[] c = counts.computeIfAbsent(key, k -> new long[2]);
    c[1]++;
    c[0] += hit ? 1 : 0;
  }
}
