package org.annalist.corpus.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.corpus.duplicates.DuplicatesStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist eval duplicates}: scores near-duplicate grouping on a labelled set, generated from a
 * folder of articles ({@code --format articles}, reproducible with {@code --seed}) or read from a
 * JSONL set ({@code --format jsonl}).
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
    description = {"Score near-duplicate grouping (pair precision/recall/F1) on a labelled set.",
        "--format articles (default): INPUT is a PolNeAR split folder (text/*.txt) or a folder of .txt articles;"
            + " families of variants (furniture added/removed, paragraphs cut, words edited, quotes trimmed) and"
            + " same-topic hard negatives are generated from it reproducibly (docs/evaluation.md).",
        "--format jsonl: INPUT is a labelled set, one {\"id\", \"family\", \"text\", \"published\"?} per line"
            + " (as --write-set writes it). Exit 2 on a wrong input."})
public class DuplicatesEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "INPUT", description = "A folder of articles, or a JSONL labelled set")
  Path input;

  @Option(names = "--format", defaultValue = "articles", description = "articles or jsonl (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--families", defaultValue = "200", description = "Articles made into families (default: ${DEFAULT-VALUE})")
  int families;

  @Option(names = "--seed", defaultValue = "23", description = "Seed of the generator (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--min-similarity", paramLabel = "J", defaultValue = "" + DuplicatesStep.DEFAULT_MIN_SIMILARITY,
      description = "Near-duplicate threshold (default: ${DEFAULT-VALUE})")
  double minSimilarity;

  @Option(names = "--write-set", paramLabel = "FILE", description = "Also write the labelled set as JSONL")
  Path writeSet;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write the raw predictions, one JSON object per document and line (its group and canonical copy).")
  Path predictionsFile;

  @Override
  public Integer call() throws Exception {
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      System.err.println("--min-similarity must be above 0 and at most 1, not " + minSimilarity);
      return 2;
    }
    List<LabelledDocument> set;
    try {
      set = switch (format) {
        case "articles" -> {
          if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("not a folder: " + input + " (--format articles reads a folder of"
                + " .txt articles or a PolNeAR split; give --format jsonl for a labelled set file)");
          }
          yield new NearDuplicateSetBuilder(families, seed).build(NearDuplicateSetBuilder.readArticles(input));
        }
        case "jsonl" -> {
          if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("not a file: " + input + " (--format jsonl reads a labelled set file)");
          }
          yield LabelledSetFile.read(input);
        }
        default -> throw new IllegalArgumentException("unknown format: " + format + " (supported: articles, jsonl)");
      };
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("annalist eval duplicates: " + e.getMessage());
      return 2;
    }
    if (writeSet != null) {
      LabelledSetFile.write(writeSet, set);
    }
    try (PredictionsFile predictions = PredictionsFile.open(predictionsFile)) {
      DuplicatesEvaluation.evaluate(set, minSimilarity, predictions).print(System.out, json);
    }
    return 0;
  }
}
