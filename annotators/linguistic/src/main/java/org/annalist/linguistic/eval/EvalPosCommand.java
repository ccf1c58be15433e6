package org.annalist.linguistic.eval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.linguistic.pos.PosTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist eval pos --format conllu FILE}: tags the gold words of every gold sentence (gold
 * tokenisation) with the pos annotator's tagger and scores UPOS and lemmas, every word a hit or a miss.
 * For tags on the system's own segmentation use {@code eval segmentation --pos}.
 */
@Command(name = "pos", mixinStandardHelpOptions = true,
    description = "Score the pos annotator on CoNLL-U files with gold tokenisation (UPOS and lemma accuracy).")
public final class EvalPosCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "conllu", description = "Gold format; only 'conllu' is supported.")
  String format;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--confusions", defaultValue = "15", description = "How many of the most frequent tag errors to list.")
  int confusions;

  @Option(names = "--no-lemmas", description = "Tag only (the lemmatizer is the slow part).")
  boolean noLemmas;

  @Option(names = "--model", defaultValue = "nlp4j", paramLabel = "MODEL",
      description = "The pos annotator's model: nlp4j (default) or opennlp.")
  String model;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Write the predictions as JSON lines, one document a line: each sentence's words with gold "
          + "and predicted UPOS and lemma.")
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
    try {
      PosTagger.Model.parse(model);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
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

  EvalReport evaluate(List<ConlluDocument> documents) throws Exception {
    PosTagger tagger = new PosTagger(PosTagger.Model.parse(model == null ? "nlp4j" : model), !noLemmas);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Conll18Scorer scorer = new Conll18Scorer();
    Map<String, Long> confusionCounts = new LinkedHashMap<>();
    long nanos = 0;
    long wordCount = 0;
    try (PredictionsFile writer = PredictionsFile.open(predictions)) {
      for (ConlluDocument gold : documents) {
        List<ConlluDocument.Word> tagged = new ArrayList<>(gold.words().size());
        List<Map<String, Object>> predicted = new ArrayList<>();
        int next = 0;
        for (ConlluDocument.Span sentence : gold.sentences()) {
          int first = next;
          while (next < gold.words().size() && gold.words().get(next).begin() < sentence.end()) {
            next++;
          }
          String[] forms = new String[next - first];
          boolean[] continues = new boolean[next - first];
          for (int w = first; w < next; w++) {
            ConlluDocument.Word word = gold.words().get(w);
            forms[w - first] = word.form();
            continues[w - first] = w > first && word.multiword() && gold.words().get(w - 1).multiword()
                && gold.words().get(w - 1).begin() == word.begin();
          }
          long start = cpu.getCurrentThreadCpuTime();
          PosTagger.Tagged result = tagger.tag(forms, continues);
          nanos += cpu.getCurrentThreadCpuTime() - start;
          wordCount += forms.length;
          for (int w = first; w < next; w++) {
            ConlluDocument.Word word = gold.words().get(w);
            String tag = result.tags()[w - first];
            String lemma = result.lemmas() == null ? "_" : result.lemmas()[w - first];
            tagged.add(new ConlluDocument.Word(word.begin(), word.end(), word.form(), tag, lemma, word.multiword()));
            if (!tag.equals(word.upos())) {
              confusionCounts.merge(word.upos() + " -> " + tag, 1L, Long::sum);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", word.form());
            row.put("goldUpos", word.upos());
            row.put("upos", tag);
            row.put("goldLemma", word.lemma());
            row.put("lemma", lemma);
            predicted.add(row);
          }
        }
        scorer.add(gold, new ConlluDocument(gold.id(), gold.text(), gold.sentences(), gold.tokens(), tagged));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("document", gold.id());
        line.put("words", predicted);
        writer.write(line);
      }
    }
    EvalReport report = new EvalReport("pos");
    report.put("file", String.valueOf(file));
    report.put("documents", documents.size());
    report.put("words", wordCount);
    report.put("tokenisation", "gold");
    report.put("model", tagger.model().name().toLowerCase(java.util.Locale.ROOT));
    scorer.reportTags(report);
    report.put("lemmas.scored", !noLemmas);
    report.put("throughput.wordsPerCpuSecond", nanos == 0 ? 0.0 : wordCount / (nanos / 1e9));
    confusionCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(Math.max(0, confusions))
        .forEach(e -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("count", e.getValue());
          row.put("gold -> system", e.getKey());
          report.addRow("confusions", row);
        });
    return report;
  }

  /** Runs the command on its own (for development without the CLI module). */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalPosCommand()).execute(args));
  }
}
