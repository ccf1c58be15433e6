package org.annalist.corpus.stories;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.corpus.CorpusGroup;

/**
 * Scores predicted stories against gold story labels.
 *
 * <p>B-cubed (Bagga and Baldwin 1998, "Algorithms for scoring coreference chains"; the definition
 * Amigó, Gonzalo, Artiles and Verdejo 2009 show to satisfy all four formal constraints of a clustering
 * metric): for each gold document d, precision(d) is the share of the documents in d's predicted story
 * that share d's gold story, recall(d) the share of the documents in d's gold story that are in d's
 * predicted story (d itself included in both); B-cubed precision and recall are their means over the
 * gold documents, F1 their harmonic mean. Pair precision and recall count the unordered pairs of
 * documents put in one predicted story that share a gold story, over all predicted pairs and all gold
 * pairs. Every gold document is scored: one the predictions leave out counts as a story of its own
 * ({@code unpredicted}); predicted documents without a gold label cannot be judged and are counted
 * ({@code unlabelled}) but not scored.
 */
public final class StoryEvaluation {

  public record Scores(int documents, int goldStories, int predictedStories, double bcubedPrecision,
      double bcubedRecall, double bcubedF1, long predictedPairs, long goldPairs, long correctPairs,
      double pairPrecision, double pairRecall, double pairF1, int unpredicted, int unlabelled) {

    public Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("documents", documents);
      map.put("goldStories", goldStories);
      map.put("predictedStories", predictedStories);
      map.put("bcubedPrecision", bcubedPrecision);
      map.put("bcubedRecall", bcubedRecall);
      map.put("bcubedF1", bcubedF1);
      map.put("predictedPairs", predictedPairs);
      map.put("goldPairs", goldPairs);
      map.put("correctPairs", correctPairs);
      map.put("pairPrecision", pairPrecision);
      map.put("pairRecall", pairRecall);
      map.put("pairF1", pairF1);
      map.put("unpredicted", unpredicted);
      map.put("unlabelled", unlabelled);
      return map;
    }
  }

  private StoryEvaluation() {}

  /** Scores the groups of kind "stories" (others are ignored) against gold labels (document id to story). */
  public static Scores score(List<CorpusGroup> stories, Map<String, String> gold) {
    Map<String, String> predicted = new HashMap<>();
    for (CorpusGroup story : stories) {
      if (StoryGroupingStep.KIND.equals(story.kind())) {
        for (String document : story.documents()) {
          predicted.put(document, story.id());
        }
      }
    }
    return score(predicted, gold);
  }

  /** Scores predicted stories (document id to story id) against gold labels (document id to story). */
  public static Scores score(Map<String, String> predicted, Map<String, String> gold) {
    int unlabelled = 0;
    for (String document : predicted.keySet()) {
      if (!gold.containsKey(document)) {
        unlabelled++;
      }
    }
    // every gold document's predicted cluster; a document left out is a cluster of its own
    Map<String, String> cluster = new HashMap<>();
    int unpredicted = 0;
    for (String document : gold.keySet()) {
      String story = predicted.get(document);
      if (story == null) {
        unpredicted++;
        story = "\u0000unpredicted:" + document;
      }
      cluster.put(document, story);
    }
    Map<String, Long> clusterSize = new HashMap<>();
    Map<String, Long> goldSize = new HashMap<>();
    Map<String, Long> cell = new HashMap<>();
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String predictedStory = cluster.get(entry.getKey());
      clusterSize.merge(predictedStory, 1L, Long::sum);
      goldSize.merge(entry.getValue(), 1L, Long::sum);
      cell.merge(predictedStory + "\u0001" + entry.getValue(), 1L, Long::sum);
    }
    double precisionSum = 0;
    double recallSum = 0;
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String predictedStory = cluster.get(entry.getKey());
      long both = cell.get(predictedStory + "\u0001" + entry.getValue());
      precisionSum += (double) both / clusterSize.get(predictedStory);
      recallSum += (double) both / goldSize.get(entry.getValue());
    }
    int n = gold.size();
    double precision = n == 0 ? 0 : precisionSum / n;
    double recall = n == 0 ? 0 : recallSum / n;
    long predictedPairs = clusterSize.values().stream().mapToLong(StoryEvaluation::pairs).sum();
    long goldPairs = goldSize.values().stream().mapToLong(StoryEvaluation::pairs).sum();
    long correctPairs = cell.values().stream().mapToLong(StoryEvaluation::pairs).sum();
    // no predicted pair: nothing wrongly joined, precision 1; no gold pair: nothing to find, recall 1
    double pairPrecision = predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    double pairRecall = goldPairs == 0 ? 1.0 : (double) correctPairs / goldPairs;
    return new Scores(n, goldSize.size(), clusterSize.size(), precision, recall, f1(precision, recall),
        predictedPairs, goldPairs, correctPairs, pairPrecision, pairRecall, f1(pairPrecision, pairRecall),
        unpredicted, unlabelled);
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
