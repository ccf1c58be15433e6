package org.annalist.corpus.stories;

import java.util.Arrays;

/** A sparse vector over feature ids, sorted by id; small and cheap to compare and to add. */
final class SparseVector {

  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] ids;
  final float[] weights;
  private double norm = -1;

  SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  double norm() {
    if (norm < 0) {
      double sum = 0;
      for (float weight : weights) {
        sum += (double) weight * weight;
      }
      norm = Math.sqrt(sum);
    }
    return norm;
  }

  double cosine(SparseVector other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        dot += (double) weights[i++] * other.weights[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot / (norm() * other.norm());
  }

  /** This plus another vector (its weights scaled), keeping the {@code keep} heaviest features. */
  SparseVector plus(SparseVector other, double scale, int keep) {
    int[] mergedIds = new int[ids.length + other.ids.length];
    float[] mergedWeights = new float[mergedIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < other.ids.length) {
      if (j >= other.ids.length || i < ids.length && ids[i] < other.ids[j]) {
        mergedIds[n] = ids[i];
        mergedWeights[n++] = weights[i++];
      } else if (i >= ids.length || other.ids[j] < ids[i]) {
        mergedIds[n] = other.ids[j];
        mergedWeights[n++] = (float) (other.weights[j++] * scale);
      } else {
        mergedIds[n] = ids[i];
        mergedWeights[n++] = (float) (weights[i++] + other.weights[j++] * scale);
      }
    }
    return top(Arrays.copyOf(mergedIds, n), Arrays.copyOf(mergedWeights, n), keep);
  }

  /** The {@code keep} heaviest of the given features (ties: the earlier position), sorted by id. */
  static SparseVector top(int[] ids, float[] weights, int keep) {
    int[] order = heaviestFirst(ids, weights);
    int n = Math.min(keep, order.length);
    long[] kept = new long[n];
    for (int k = 0; k < n; k++) {
      kept[k] = ((long) ids[order[k]] << 32) | (order[k] & 0xffffffffL);
    }
    Arrays.sort(kept);
    int[] keptIds = new int[n];
    float[] keptWeights = new float[n];
    for (int k = 0; k < n; k++) {
      keptIds[k] = (int) (kept[k] >>> 32);
      keptWeights[k] = weights[(int) kept[k]];
    }
    return new SparseVector(keptIds, keptWeights);
  }

  /** Positions of the features, the heaviest first (ties: the earlier position); weights are not negative. */
  private static int[] heaviestFirst(int[] ids, float[] weights) {
    long[] keys = new long[ids.length];
    for (int k = 0; k < ids.length; k++) {
      // a non-negative float's bits order like the float; inverted, the heaviest sorts first
      long weightBits = Float.floatToIntBits(Math.max(0f, weights[k])) & 0xffffffffL;
      keys[k] = ((0x7fffffffL - weightBits) << 32) | k;
    }
    Arrays.sort(keys);
    int[] order = new int[ids.length];
    for (int k = 0; k < keys.length; k++) {
      order[k] = (int) keys[k];
    }
    return order;
  }

  /** Feature ids by falling weight, at most {@code limit}. */
  int[] heaviest(int limit) {
    int[] order = heaviestFirst(ids, weights);
    int n = Math.min(limit, order.length);
    int[] heaviest = new int[n];
    for (int k = 0; k < n; k++) {
      heaviest[k] = ids[order[k]];
    }
    return heaviest;
  }
}
