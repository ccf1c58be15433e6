package org.annalist.linguistic.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.linguistic.pos.PosTagger;
import org.annalist.linguistic.segment.OpenNlpSegmenter;
import org.annalist.linguistic.segment.Segmentation;
import org.annalist.linguistic.segment.Segmenter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist eval segmentation --format conllu FILE}: rebuilds the raw text of every document of
 * a CoNLL-U file, segments it, and scores sentences, tokens and words (and with {@code --pos} UPOS
 * and lemmas on the system's own words) by the CoNLL 2018 shared task's rules.
 */
@Command(name = "segmentation", mixinStandardHelpOptions = true,
    description = "Score the segmenter on CoNLL-U files (CoNLL 2018 sentence, token and word F1 over the raw text).")
public final class EvalSegmentationCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "conllu", description = "Gold format; only 'conllu' is supported.")
  String format;

  @Option(names = "--method", defaultValue = "rules",
      description = "rules (the segmenter annotator's method) or opennlp (OpenNLP's UD EWT sentence and token models).")
  String method;

  @Option(names = "--pos", description = "Also tag the system's words (the pos annotator) and score UPOS and lemmas.")
  boolean pos;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--warmup", defaultValue = "20",
      description = "Segment the corpus this many times before the timed passes (steadier throughput).")
  int warmup;

  @Option(names = "--measure-seconds", defaultValue = "3",
      description = "Time the segmenter over the corpus again and again for this many CPU seconds.")
  double measureSeconds;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Write the predictions as JSON lines, one document a line: its sentences and its tokens "
          + "[begin, end] and words (text, and upos and lemma with --pos).")
  Path predictions;

  @Parameters(index = "0", paramLabel = "FILE", description = "A CoNLL-U file (e.g. en_ewt-ud-dev.conllu).")
  Path file;

  PrintStream out = System.out;
  PrintStream err = System.err;

  @Override
  public Integer call() {
    if (!"conllu".equalsIgnoreCase(format)) {
      err.println("unsupported --format " + format + " (only conllu)");
      return 2;
    }
    if (!"rules".equals(method) && !"opennlp".equals(method)) {
      err.println("unsupported --method " + method + " (rules or opennlp)");
      return 2;
    }
    List<ConlluDocument> documents = EvalInput.read(file, predictions, err);
    if (documents == null) {
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

  EvalReport evaluate(List<ConlluDocument> documents) throws IOException {
    long measureNanos = (long) (measureSeconds * 1e9);
    Function<String, Segmentation> segmenter;
    if ("opennlp".equals(method)) {
      OpenNlpSegmenter openNlp = new OpenNlpSegmenter();
      segmenter = openNlp::segment;
    } else {
      Segmenter rules = new Segmenter();
      segmenter = rules::segment;
    }
    PosTagger tagger = pos ? new PosTagger(true) : null;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < warmup; pass++) {
      for (ConlluDocument document : documents) {
        segmenter.apply(document.text());
      }
    }
    List<Segmentation> segmentations = new ArrayList<>(documents.size());
    for (ConlluDocument document : documents) {
      segmentations.add(segmenter.apply(document.text()));
    }
    long passes = 0;
    long nanos = 0;
    long start = cpu.getCurrentThreadCpuTime();
    while (nanos < measureNanos || passes == 0) {
      for (ConlluDocument document : documents) {
        segmenter.apply(document.text());
      }
      passes++;
      nanos = cpu.getCurrentThreadCpuTime() - start;
    }

    Conll18Scorer scorer = new Conll18Scorer();
    long sentenceSplits = 0;
    long tokenSplits = 0;
    long characters = 0;
    long bytes = 0;
    try (PredictionsFile writer = PredictionsFile.open(predictions)) {
      for (int d = 0; d < documents.size(); d++) {
        ConlluDocument gold = documents.get(d);
        Segmentation segmentation = segmentations.get(d);
        String[][] tagged = tagger == null ? null : TaggedWords.tag(tagger, gold.text(), segmentation);
        ConlluDocument system = SystemDocuments.of(gold.id(), gold.text(), segmentation,
            tagged == null ? null : tagged[0], tagged == null ? null : tagged[1]);
        scorer.add(gold, system);
        writer.write(prediction(system));
        sentenceSplits += segmentation.forcedSentenceSplits();
        tokenSplits += segmentation.forcedTokenSplits();
        characters += gold.text().length();
        bytes += gold.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    EvalReport report = new EvalReport("segmentation");
    report.put("method", method);
    report.put("file", String.valueOf(file));
    report.put("documents", documents.size());
    report.put("characters", characters);
    scorer.reportSegmentation(report);
    if (tagger != null) {
      scorer.reportTags(report);
    }
    report.put("forcedSentenceSplits", sentenceSplits);
    report.put("forcedTokenSplits", tokenSplits);
    report.put("throughput.passes", passes);
    report.put("throughput.cpuSeconds", nanos / 1e9);
    report.put("throughput.megabytesPerCpuSecond", nanos == 0 ? 0.0 : passes * bytes / 1e6 / (nanos / 1e9));
    return report;
  }

  static Map<String, Object> prediction(ConlluDocument system) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("document", system.id());
    List<int[]> sentences = new ArrayList<>();
    system.sentences().forEach(s -> sentences.add(new int[] {s.begin(), s.end()}));
    line.put("sentences", sentences);
    List<int[]> tokens = new ArrayList<>();
    system.tokens().forEach(t -> tokens.add(new int[] {t.begin(), t.end()}));
    line.put("tokens", tokens);
    List<Map<String, Object>> words = new ArrayList<>();
    for (ConlluDocument.Word word : system.words()) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("text", word.form());
      if (!"_".equals(word.upos())) {
        w.put("upos", word.upos());
        w.put("lemma", word.lemma());
      }
      words.add(w);
    }
    line.put("words", words);
    return line;
  }

  /** Runs the command on its own (for development without the CLI module). */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalSegmentationCommand()).execute(args));
  }
}
