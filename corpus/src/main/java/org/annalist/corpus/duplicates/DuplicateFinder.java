package org.annalist.corpus.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.UnionFind;

/**
 * Finds groups of copies among documents given by their content signatures, in time linear in the
 * number of documents apart from one sort per band:
 * <ol>
 *   <li>documents with the same text hash are exact duplicates; one of them stands for the others;</li>
 *   <li>LSH banding: the {@value ContentSignature#SIZE} MinHash values are cut into {@value #BANDS}
 *       bands of {@value #ROWS_PER_BAND}; documents whose values agree on a whole band are candidates
 *       (probability {@code 1 - (1 - J^2)^64}: 0.93 at Jaccard 0.2, 0.998 at 0.3, 0.15 at 0.05). Each
 *       band is a sort of one packed {@code long} per document, so no hash table of buckets is built;</li>
 *   <li>a candidate pair is a near-duplicate when its estimated Jaccard similarity reaches the
 *       threshold; groups are the connected components (union-find). In a bucket of more than
 *       {@value #FULL_COMPARISON_UP_TO} documents each is compared with the bucket's first and its
 *       {@value #WINDOW} predecessors only, and pairs already in one group are skipped, so 10,000
 *       copies of one text cost 10,000 comparisons, not 50 million.</li>
 * </ol>
 * Pairs of two old documents (grouped by an earlier run) are never compared again: earlier groups
 * are taken as they are and only new documents are joined to them.
 */
public final class DuplicateFinder {

  public static final int ROWS_PER_BAND = 2;
  public static final int BANDS = ContentSignature.SIZE / ROWS_PER_BAND;
  public static final int FULL_COMPARISON_UP_TO = 32;
  public static final int WINDOW = 16;

  /** A document as the finder sees it; {@code old} when an earlier run grouped it with this content. */
  public record Entry(String textHash, int shingleCount, int[] minHashes, boolean old) {
    public boolean isEmpty() {
      return shingleCount == 0 || minHashes.length == 0;
    }
  }

  /** What a search found and cost. */
  public record Result(List<int[]> components, long exactPairs, long comparisons, long nearPairs) {}

  private final double minSimilarity;

  public DuplicateFinder(double minSimilarity) {
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("the near-duplicate similarity must be in (0, 1], not " + minSimilarity);
    }
    this.minSimilarity = minSimilarity;
  }

  /**
   * The groups of two or more documents (indices into {@code entries}, in ascending order).
   *
   * @param previous groups of earlier runs, as indices into {@code entries}; kept together
   */
  public Result find(List<Entry> entries, List<int[]> previous) {
    int n = entries.size();
    UnionFind groups = new UnionFind(n);
    for (int[] group : previous) {
      for (int i = 1; i < group.length; i++) {
        groups.union(group[0], group[i]);
      }
    }
    long exactPairs = 0;
    Map<String, Integer> firstOfText = new HashMap<>();
    int[] representatives = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      Entry entry = entries.get(i);
      if (entry.isEmpty()) {
        continue;
      }
      Integer first = firstOfText.putIfAbsent(entry.textHash(), i);
      if (first != null) {
        groups.union(first, i);
        exactPairs++;
      } else {
        representatives[count++] = i;
      }
    }
    firstOfText = null;
    long[] comparisonsAndPairs = new long[2];
    if (count > 1) {
      candidates(entries, Arrays.copyOf(representatives, count), groups, comparisonsAndPairs);
    }
    return new Result(components(n, groups), exactPairs, comparisonsAndPairs[0], comparisonsAndPairs[1]);
  }

  /**
   * The bucket of a signature in a band, among {@code representatives} documents: the band's hash with
   * its low bits cleared (they hold the document's rank in the sort), so documents of one bucket agree
   * on the band's values apart from rare hash collisions.
   */
  public static long bucket(int[] values, int band, int representatives) {
    long pair = ((long) values[band * ROWS_PER_BAND] << 32) | (values[band * ROWS_PER_BAND + 1] & 0xffffffffL);
    return ContentSignature.mix(pair ^ ContentSignature.mix(0x5bd1e995L * (band + 1))) & ~indexMask(representatives);
  }

  private static long indexMask(int representatives) {
    int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(representatives - 1L));
    return (1L << indexBits) - 1;
  }

  /** Receives a candidate pair as positions in a bucket ordered by document index. */
  @FunctionalInterface
  public interface PairSink {
    void pair(int later, int earlier);
  }

  /**
   * The pairs of a bucket of {@code size} documents (ordered by document index) that are compared:
   * every pair up to {@value #FULL_COMPARISON_UP_TO} documents, else each document with the first and
   * its {@value #WINDOW} predecessors.
   */
  public static void candidatePairs(int size, PairSink sink) {
    boolean full = size <= FULL_COMPARISON_UP_TO;
    for (int p = 1; p < size; p++) {
      int from = full ? 0 : Math.max(0, p - WINDOW);
      if (from > 0) {
        sink.pair(p, 0);
      }
      for (int q = from; q < p; q++) {
        sink.pair(p, q);
      }
    }
  }

  private void candidates(List<Entry> entries, int[] reps, UnionFind groups, long[] counters) {
    int m = reps.length;
    long indexMask = indexMask(m);
    long[] keys = new long[m];
    for (int band = 0; band < BANDS; band++) {
      for (int r = 0; r < m; r++) {
        keys[r] = bucket(entries.get(reps[r]).minHashes(), band, m) | r;
      }
      Arrays.sort(keys);
      int start = 0;
      while (start < m) {
        long bucket = keys[start] & ~indexMask;
        int end = start + 1;
        while (end < m && (keys[end] & ~indexMask) == bucket) {
          end++;
        }
        if (end - start > 1) {
          compareBucket(entries, reps, keys, start, end, indexMask, groups, counters);
        }
        start = end;
      }
    }
  }

  private void compareBucket(List<Entry> entries, int[] reps, long[] keys, int start, int end, long indexMask,
      UnionFind groups, long[] counters) {
    candidatePairs(end - start, (p, q) -> compare(entries, reps[(int) (keys[start + p] & indexMask)],
        reps[(int) (keys[start + q] & indexMask)], groups, counters));
  }

  private void compare(List<Entry> entries, int a, int b, UnionFind groups, long[] counters) {
    Entry ea = entries.get(a);
    Entry eb = entries.get(b);
    if ((ea.old() && eb.old()) || groups.same(a, b)) {
      return;
    }
    counters[0]++;
    if (ContentSignature.estimatedJaccard(ea.minHashes(), eb.minHashes()) >= minSimilarity) {
      groups.union(a, b);
      counters[1]++;
    }
  }

  /** The sets of two or more of {@code n} documents that {@code groups} joined, members in ascending order. */
  public static List<int[]> components(int n, UnionFind groups) {
    int[] sizes = new int[n];
    for (int i = 0; i < n; i++) {
      sizes[groups.find(i)]++;
    }
    Map<Integer, int[]> byRoot = new HashMap<>();
    int[] filled = new int[n];
    List<int[]> components = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = groups.find(i);
      if (sizes[root] < 2) {
        continue;
      }
      int[] members = byRoot.get(root);
      if (members == null) {
        members = new int[sizes[root]];
        byRoot.put(root, members);
        components.add(members);
      }
      members[filled[root]++] = i;
    }
    return components;
  }
}
