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

  /** The {@code keep} heaviest of the given features (ties: lower id), sorted by id. */
  static SparseVector top(int[] ids, float[] weights, int keep) {
    if (ids.length <= keep) {
      return sorted(ids, weights);
    }
    Integer[] order = new Integer[ids.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Float.compare(weights[b], weights[a]) : Integer.compare(ids[a], ids[b]));
    int[] keptIds = new int[keep];
    float[] keptWeights = new float[keep];
    for (int k = 0; k < keep; k++) {
      keptIds[k] = ids[order[k]];
      keptWeights[k] = weights[order[k]];
    }
    return sorted(keptIds, keptWeights);
  }

  private static SparseVector sorted(int[] ids, float[] weights) {
    Integer[] order = new Integer[ids.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
    int[] sortedIds = new int[ids.length];
    float[] sortedWeights = new float[ids.length];
    for (int k = 0; k < order.length; k++) {
      sortedIds[k] = ids[order[k]];
      sortedWeights[k] = weights[order[k]];
    }
    return new SparseVector(sortedIds, sortedWeights);
  }

  /** Feature ids by falling weight, at most {@code limit}. */
  int[] heaviest(int limit) {
    Integer[] order = new Integer[ids.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Float.compare(weights[b], weights[a]) : Integer.compare(ids[a], ids[b]));
    int n = Math.min(limit, order.length);
    int[] heaviest = new int[n];
    for (int k = 0; k < n; k++) {
      heaviest[k] = ids[order[k]];
    }
    return heaviest;
  }
}
