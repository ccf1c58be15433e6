package org.annalist.language;

import java.util.Arrays;
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
 *
 * <p>The model is tens of megabytes, so scoring is bound by memory: the table is kept at one third
 * to two thirds load, outcomes are stored as bytes, the n-grams that most languages weigh (from
 * {@link #DENSE} outcomes on) as dense rows, and a text's distinct n-grams are first all looked up,
 * then added, so that the look-ups (independent of each other) overlap in the processor. The
 * additions per outcome keep their order, and a dense row adds 0.0 where the n-gram has no
 * parameter, which leaves a sum unchanged: the probabilities are those of the sparse sums.
 */
final class CharGramModel {

  static final int MAX_GRAM = 3;
  /** From this many outcomes on, an n-gram's parameters are kept as a dense row (as small, and read without indices). */
  static final int DENSE = 64;

  /** Per slot: the packed n-gram (0 = empty), then its parameters' range in {@link #outcomes}: start << 32 | end. */
  private final long[] table;
  private final int mask;
  /** The outcome (language) of each parameter, 0..255. */
  private final byte[] outcomes;
  private final double[] parameters;
  /** The parameters of the n-grams most languages have, one row of {@link #numOutcomes} values each (0 where absent). */
  private final double[] rows;
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
    if (numOutcomes > 256) {
      throw new IllegalArgumentException("the language model has " + numOutcomes + " outcomes; at most 256 are supported");
    }
    logPrior = StrictMath.log(1.0 / numOutcomes); // OpenNLP's UniformPrior, the prior of every GIS model
    int capacity = Integer.highestOneBit(Math.max(16, features.size() + features.size() / 2)) << 1; // load 1/3 to 2/3
    table = new long[2 * capacity];
    mask = capacity - 1;
    int total = 0;
    int dense = 0;
    for (Context context : features.values()) {
      if (context.getOutcomes().length >= DENSE) {
        dense++;
      } else {
        total += context.getOutcomes().length;
      }
    }
    outcomes = new byte[total];
    parameters = new double[total];
    rows = new double[dense * numOutcomes];
    int next = 0;
    int nextRow = 0;
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
      double[] featureParameters = feature.getValue().getParameters();
      long range;
      if (featureOutcomes.length >= DENSE) {
        int base = nextRow * numOutcomes;
        for (int i = 0; i < featureOutcomes.length; i++) {
          rows[base + featureOutcomes[i]] = featureParameters[i];
        }
        range = -1L - nextRow++;
      } else {
        for (int i = 0; i < featureOutcomes.length; i++) {
          outcomes[next + i] = (byte) featureOutcomes[i];
        }
        System.arraycopy(featureParameters, 0, parameters, next, featureOutcomes.length);
        range = (long) next << 32 | (next + featureOutcomes.length);
        next += featureOutcomes.length;
      }
      int slot = slot(key, mask);
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = key;
      table[2 * slot + 1] = range;
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
    /** The distinct n-grams of the current text in the order first seen, then their parameter ranges. */
    private long[] grams = new long[1024];
    private final double[] sums = new double[numOutcomes];

    /**
     * The probability of each outcome (the model's outcome order) for the 1- to 3-grams of
     * {@code chars[0..length)}, in an array owned by this scorer and overwritten by the next call.
     */
    double[] probabilities(char[] chars, int length) {
      int distinct = distinctGrams(chars, length);
      long[] found = grams;
      for (int g = 0; g < distinct; g++) {
        found[g] = range(found[g]);
      }
      double[] sums = this.sums;
      Arrays.fill(sums, logPrior);
      for (int g = 0; g < distinct; g++) {
        long range = found[g];
        if (range < 0) {
          int base = (int) (-1L - range) * sums.length;
          for (int o = 0; o < sums.length; o++) {
            sums[o] += rows[base + o]; // + 0.0 where the n-gram has no parameter for o: the sum is unchanged
          }
          continue;
        }
        int end = (int) range;
        for (int j = (int) (range >>> 32); j < end; j++) {
          sums[outcomes[j] & 0xFF] += parameters[j];
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

    /** Puts the distinct 1-, then 2-, then 3-grams of the text, each where first seen, into {@link #grams}. */
    private int distinctGrams(char[] chars, int length) {
      int needed = Integer.highestOneBit(Math.max(16, 4 * MAX_GRAM * length)) << 1;
      if (needed > seenKeys.length) {
        seenKeys = new long[needed];
        seenEpochs = new int[needed];
        epoch = 0;
      }
      if (grams.length < MAX_GRAM * length) {
        grams = new long[MAX_GRAM * length];
      }
      if (++epoch == 0) {
        Arrays.fill(seenEpochs, 0);
        epoch = 1;
      }
      int seenMask = seenKeys.length - 1;
      int distinct = 0;
      for (int n = 1; n <= MAX_GRAM; n++) {
        for (int start = 0; start + n <= length; start++) {
          long key = 0;
          for (int i = start; i < start + n; i++) {
            key = key << 16 | chars[i];
          }
          key |= (long) n << 48;
          if (firstTime(key, seenMask)) {
            grams[distinct++] = key;
          }
        }
      }
      return distinct;
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

    /** The parameter range (start << 32 | end) of the n-gram, empty (0) when the model lacks it. */
    private long range(long key) {
      int slot = slot(key, mask);
      long found;
      while ((found = table[2 * slot]) != 0) {
        if (found == key) {
          return table[2 * slot + 1];
        }
        slot = (slot + 1) & mask;
      }
      return 0;
    }
  }
}
