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

  /** Per slot: the packed n-gram (0 = empty), then its parameters' range in {@link #outcomes}: start << 32 | end. */
  private final long[] table;
  private final int mask;
  private final int[] outcomes;
  private final double[] parameters;
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
    table = new long[2 * capacity];
    mask = capacity - 1;
    int total = 0;
    for (Context context : features.values()) {
      total += context.getOutcomes().length;
    }
    outcomes = new int[total];
    parameters = new double[total];
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
      int[] featureOutcomes = feature.getValue().getOutcomes();
      System.arraycopy(featureOutcomes, 0, outcomes, next, featureOutcomes.length);
      System.arraycopy(feature.getValue().getParameters(), 0, parameters, next, featureOutcomes.length);
      int slot = slot(key, mask);
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = key;
      table[2 * slot + 1] = (long) next << 32 | (next + featureOutcomes.length);
      next += featureOutcomes.length;
    }
  }

  int numOutcomes() {
    return numOutcomes;
  }

  /** A scorer with its own buffers; not thread-safe. */
  Scorer scorer() {
    return new Scorer();
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  /** Scores texts already normalised and lower-cased the way the model's context generator does. */
  final class Scorer {
    /** The n-grams of the current text already counted (each distinct n-gram counts once). */
    private long[] seenKeys = new long[4096];
    private int[] seenEpochs = new int[4096];
    private int epoch;

    /** The probability of each outcome (the model's outcome order) for the 1- to 3-grams of {@code chars[0..length)}. */
    double[] probabilities(char[] chars, int length) {
      int needed = Integer.highestOneBit(Math.max(16, 4 * MAX_GRAM * length)) << 1;
      if (needed > seenKeys.length) {
        seenKeys = new long[needed];
        seenEpochs = new int[needed];
        epoch = 0;
      }
      if (++epoch == 0) {
        java.util.Arrays.fill(seenEpochs, 0);
        epoch = 1;
      }
      int seenMask = seenKeys.length - 1;
      double[] sums = new double[numOutcomes];
      java.util.Arrays.fill(sums, logPrior);
      for (int n = 1; n <= MAX_GRAM; n++) {
        for (int start = 0; start + n <= length; start++) {
          long key = 0;
          for (int i = start; i < start + n; i++) {
            key = key << 16 | chars[i];
          }
          key |= (long) n << 48;
          if (firstTime(key, seenMask)) {
            add(key, sums);
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

    private boolean firstTime(long key, int seenMask) {
      int slot = slot(key, seenMask);
      while (seenEpochs[slot] == epoch) {
        if (seenKeys[slot] == key) {
          return false;
        }
        slot = (slot + 1) & seenMask;
      }
      seenEpochs[slot] = epoch;
      seenKeys[slot] = key;
      return true;
    }

    private void add(long key, double[] sums) {
      int slot = slot(key, mask);
      long found;
      while ((found = table[2 * slot]) != 0) {
        if (found == key) {
          long range = table[2 * slot + 1];
          int end = (int) range;
          for (int j = (int) (range >>> 32); j < end; j++) {
            sums[outcomes[j]] += parameters[j];
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
