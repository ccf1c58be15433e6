package org.annalist.dates.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annalist.bench.SharedCorpus;
import org.annalist.linguistic.segment.SegmenterAnnotator;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the dates annotator's own tokens cost against the shared {@code Token} layer (issue #22):
 * per article, {@link #privateTokens} is the annotator's tokeniser (with sentence numbering),
 * {@link #casTokens} only reads the segmenter's tokens from a CAS that already holds them and
 * makes one engine token of each (a lower bound for a switch: the rules would still have to split
 * "10:35", "a.m." and "Oct." as they do now), {@link #segmenter} is what producing those CAS tokens
 * costs a pipeline that does not run the segmenter anyway, and {@link #recognize} is the whole
 * engine, for scale. Run with {@code java -cp benchmarks.jar org.openjdk.jmh.Main DateTokensBenchmark}
 * on a quiet machine; on a shared one, {@link #main} runs the same four operations in alternating
 * rounds and counts each one's thread CPU time, so that other processes do not enter the ratios:
 * {@code java -cp benchmarks.jar org.annalist.dates.engine.DateTokensBenchmark DATA_DIR [seeds|timebank]}.
 * It lives in the engine's package to reach the package-private tokeniser without widening the
 * annotator's API.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class DateTokensBenchmark {

  /** seeds (plain-text articles) or timebank (news texts). */
  @Param({"seeds"})
  public String corpus;

  /** The shared data folder; empty: found from the working folder. */
  @Param({""})
  public String data;

  private final List<String> texts = new ArrayList<>();
  private final List<JCas> segmented = new ArrayList<>();
  private TimexRecognizer recognizer;
  private AnalysisEngine segmenterEngine;
  private JCas scratch;
  private int next;

  @Setup
  public void prepare() throws Exception {
    for (SharedCorpus.Source source : SharedCorpus.named(corpus, SharedCorpus.dataRoot(data.isEmpty() ? null : data))) {
      texts.add(new String(source.bytes(), StandardCharsets.UTF_8));
    }
    segmenterEngine = AnalysisEngineFactory.createEngine(SegmenterAnnotator.class);
    for (String text : texts) {
      JCas jcas = JCasFactory.createJCas();
      jcas.setDocumentText(text);
      segmenterEngine.process(jcas);
      segmented.add(jcas);
    }
    scratch = JCasFactory.createJCas();
    recognizer = new TimexRecognizer(Lexicon.load("en"));
  }

  private int nextDocument() {
    int document = next;
    next = (next + 1) % texts.size();
    return document;
  }

  @Benchmark
  public int privateTokens() {
    String text = texts.get(nextDocument());
    return Tokenizer.tokenize(text, 0, text.length(), 0).size();
  }

  @Benchmark
  public int casTokens() {
    JCas jcas = segmented.get(nextDocument());
    String text = jcas.getDocumentText();
    List<Token> tokens = new ArrayList<>();
    int previousEnd = -1;
    for (org.annalist.type.Token annotation : JCasUtil.select(jcas, org.annalist.type.Token.class)) {
      int begin = annotation.getBegin();
      int end = annotation.getEnd();
      String covered = text.substring(begin, end);
      tokens.add(new Token(begin, end, Character.isDigit(covered.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.WORD,
          covered, covered.toLowerCase(java.util.Locale.ROOT), -1, begin == previousEnd, false));
      previousEnd = end;
    }
    return tokens.size();
  }

  @Benchmark
  public int segmenter() throws Exception {
    String text = texts.get(nextDocument());
    scratch.reset();
    scratch.setDocumentText(text);
    segmenterEngine.process(scratch);
    return scratch.getAnnotationIndex().size();
  }

  /** The four operations by name, in the order {@link #main} reports them. */
  private java.util.Map<String, java.util.concurrent.Callable<Integer>> operations() {
    java.util.Map<String, java.util.concurrent.Callable<Integer>> operations = new java.util.LinkedHashMap<>();
    operations.put("privateTokens", this::privateTokens);
    operations.put("casTokens", this::casTokens);
    operations.put("segmenter", this::segmenter);
    operations.put("recognize", this::recognize);
    return operations;
  }

  /**
   * Thread CPU time per article of each operation: 3 warm-up rounds, then 7 measured rounds of
   * about one CPU second per operation, the operations taking turns; prints the medians.
   */
  public static void main(String[] args) throws Exception {
    DateTokensBenchmark benchmark = new DateTokensBenchmark();
    benchmark.data = args.length > 0 ? args[0] : "";
    benchmark.corpus = args.length > 1 ? args[1] : "seeds";
    benchmark.prepare();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.Map<String, java.util.concurrent.Callable<Integer>> operations = benchmark.operations();
    java.util.Map<String, List<Double>> micros = new java.util.LinkedHashMap<>();
    int sink = 0;
    for (int round = -3; round < 7; round++) {
      for (var operation : operations.entrySet()) {
        long start = cpu.getCurrentThreadCpuTime();
        long count = 0;
        while (cpu.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
          for (int k = 0; k < 20; k++) {
            sink += operation.getValue().call();
          }
          count += 20;
        }
        if (round >= 0) {
          micros.computeIfAbsent(operation.getKey(), key -> new ArrayList<>())
              .add((cpu.getCurrentThreadCpuTime() - start) / 1000.0 / count);
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "%s: %d documents, thread CPU time per document (median of 7 rounds)%n",
        benchmark.corpus, benchmark.texts.size());
    double tokens = median(micros.get("privateTokens"));
    for (var entry : micros.entrySet()) {
      double median = median(entry.getValue());
      System.out.printf(java.util.Locale.ROOT, "%-14s %10.1f us  %6.2f x privateTokens%n", entry.getKey(), median,
          median / tokens);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    java.util.Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  @Benchmark
  public int recognize() {
    String text = texts.get(nextDocument());
    return recognizer.recognize(text, LocalDate.of(2022, 1, 7)).size();
  }
}
