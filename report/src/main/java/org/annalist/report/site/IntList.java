package org.annalist.report.site;

import java.util.Arrays;

/** A growable list of document numbers, without boxing (a large run has millions of them). */
final class IntList {

  private int[] values = new int[4];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Adds the value unless it is the last one added (documents are added one after the other). */
  void addDistinctLast(int value) {
    if (size == 0 || values[size - 1] != value) {
      add(value);
    }
  }

  int size() {
    return size;
  }

  int get(int i) {
    return values[i];
  }

  int[] first(int n) {
    return Arrays.copyOf(values, Math.min(n, size));
  }

  int[] sortedDistinct() {
    return Arrays.stream(values, 0, size).sorted().distinct().toArray();
  }
}
