package org.annalist.language;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The weights of OpenNLP's maximum-entropy language model, keyed by the character n-grams (1 to 3
 * UTF-16 chars) packed into a {@code long}, so that a text is scored without a String, a map entry
 * or a feature array per n-gram. It computes what {@code GISModel.eval} computes for the model's
 * context (each distinct n-gram once: OpenNLP's context generator counts them in a map and gives
 * each key once): the uniform prior, the sum of the n-grams' parameters per language, then
 * {@code exp} and normalisation. Only the order of the additions differs (OpenNLP's follows its
 * hash map), so the probabilities can differ in the last bits. Immutable and thread-safe; the
 * per-call state lives in {@link Scorer}.
 */
final class CharGramModel {

  static final int MAX_GRAM = 3;

  private final long[] keys;
  private final int[] slots;
  private final int mask;
  private final int[][] outcomes;
  private final double[][] parameters;
  private final int numOutcomes;
  private final double logPrior;

  CharGramModel(MaxentModel maxent) {
    if (!(maxent instanceof AbstractModel model) || model.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new IllegalArgumentException("the language model is not a maximum-entropy (GIS) model: "
          + maxent.getClass().getName());
    }
    Object[] structures = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) structures[1];
    numOutcomes = maxent.getNumOutcomes();
    logPrior = StrictMath.log(1.0 / numOutcomes); // OpenNLP's UniformPrior, the prior of every GIS model
    int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2)) << 1;
    keys = new long[capacity];
    slots = new int[capacity];
    mask = capacity - 1;
    outcomes = new int[features.size()][];
    parameters = new double[features.size()][];
    int next = 0;
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      String gram = feature.getKey();
      if (gram.isEmpty() || gram.length() > MAX_GRAM) {
        continue; // the context generator makes only 1- to 3-grams: such a feature never fires
      }
      long key = 0;
      for (int i = 0; i < gram.length(); i++) {
        key = key << 16 | gram.charAt(i);
      }
      key |= (long) gram.length() << 48;
      outcomes[next] = feature.getValue().getOutcomes();
      parameters[next] = feature.getValue().getParameters();
      int slot = slot(key);
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      slots[slot] = next + 1;
      next++;
    }
  }

  int numOutcomes() {
    return numOutcomes;
  }

  /** A scorer with its own buffers; not thread-safe. */
  Scorer scorer() {
    return new Scorer();
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  /** The feature number of a packed n-gram, or -1 when the model does not know it. */
  private int feature(long key) {
    int slot = slot(key);
    long found;
    while ((found = keys[slot]) != 0) {
      if (found == key) {
        return slots[slot] - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Scores texts already normalised and lower-cased the way the model's context generator does. */
  final class Scorer {
    private final int[] seen = new int[outcomes.length];
    private int epoch;

    /** The probability of each outcome (the model's outcome order) for the 1- to 3-grams of {@code chars[0..length)}. */
    double[] probabilities(char[] chars, int length) {
      if (++epoch == 0) {
        java.util.Arrays.fill(seen, 0);
        epoch = 1;
      }
      double[] sums = new double[numOutcomes];
      java.util.Arrays.fill(sums, logPrior);
      for (int n = 1; n <= MAX_GRAM; n++) {
        for (int start = 0; start + n <= length; start++) {
          long key = 0;
          for (int i = start; i < start + n; i++) {
            key = key << 16 | chars[i];
          }
          int feature = feature(key | (long) n << 48);
          if (feature >= 0 && seen[feature] != epoch) {
            seen[feature] = epoch;
            int[] featureOutcomes = outcomes[feature];
            double[] featureParameters = parameters[feature];
            for (int j = 0; j < featureOutcomes.length; j++) {
              sums[featureOutcomes[j]] += featureParameters[j];
            }
          }
        }
      }
      double total = 0;
      for (int i = 0; i < sums.length; i++) {
        sums[i] = StrictMath.exp(sums[i]);
        total += sums[i];
      }
      for (int i = 0; i < sums.length; i++) {
        sums[i] /= total;
      }
      return sums;
    }
  }
}
