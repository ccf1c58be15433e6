package org.annalist.corpus.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.corpus.stories.StoryEvaluation;
import org.annalist.corpus.stories.StoryFileException;
import org.annalist.corpus.stories.StoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist eval stories}: B-cubed and pair precision/recall of the stories in the output of
 * {@code annalist corpus OUTPUT --json} against gold story labels.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Score story grouping (B-cubed and pair precision/recall/F1) against gold labels.",
        "GROUPS is the output of `annalist corpus OUTPUT --json` (its \"stories\" lines are scored);"
            + " --gold is a TSV file DOCUMENT-ID<TAB>STORY-LABEL. A gold document in no predicted story counts"
            + " as a story of its own. Exit 2 on a wrong input (docs/cross-document.md)."})
public class StoriesEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GROUPS", description = "JSONL written by annalist corpus OUTPUT --json")
  Path groups;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold labels: DOCUMENT-ID<TAB>STORY-LABEL")
  Path goldFile;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write one JSON object per gold document: its predicted story and its gold story.")
  Path predictionsFile;

  @Override
  public Integer call() throws Exception {
    Map<String, String> gold;
    Map<String, String> predicted;
    try {
      gold = StoryFiles.readGold(goldFile);
      predicted = StoryFiles.readPredictions(groups);
    } catch (StoryFileException e) {
      System.err.println("annalist eval stories: " + e.getMessage());
      return 2;
    }
    StoryEvaluation.Scores scores = StoryEvaluation.score(predicted, gold);
    try (PredictionsFile predictions = PredictionsFile.open(predictionsFile)) {
      for (Map.Entry<String, String> entry : gold.entrySet()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", entry.getKey());
        row.put("predictedStory", predicted.get(entry.getKey()));
        row.put("goldStory", entry.getValue());
        predictions.write(row);
      }
    }
    if (json) {
      System.out.println(new ObjectMapper().writeValueAsString(scores.asMap()));
    } else {
      System.out.printf(Locale.ROOT, "stories: %d gold documents in %d gold stories, %d predicted stories"
              + " (%d gold documents in no predicted story, %d predicted documents without gold)%n",
          scores.documents(), scores.goldStories(), scores.predictedStories(), scores.unpredicted(), scores.unlabelled());
      System.out.printf(Locale.ROOT, "B-cubed precision %.3f  recall %.3f  F1 %.3f%n",
          scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1());
      System.out.printf(Locale.ROOT, "pairs: precision %.3f  recall %.3f  F1 %.3f (%d predicted, %d gold, %d correct)%n",
          scores.pairPrecision(), scores.pairRecall(), scores.pairF1(), scores.predictedPairs(), scores.goldPairs(),
          scores.correctPairs());
    }
    return 0;
  }
}
