package org.annalist.spark.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.UnionFind;
import org.annalist.corpus.duplicates.DuplicateFinder;
import org.annalist.corpus.duplicates.DuplicatesStep;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The duplicates step with its candidate generation and verification on Spark: the same groups as
 * {@link DuplicatesStep} (which still orders each group, picks the canonical copy and keeps the ids of
 * earlier groups), found by joins instead of sorts in one JVM:
 * <ol>
 *   <li>exact copies: the signatures keyed by text hash, reduced to the first document of each text
 *       (its representative) and joined back, one pair per copy;</li>
 *   <li>LSH banding: each representative's signature cut into the same {@value DuplicateFinder#BANDS}
 *       bands with the same bucket keys as the local finder ({@link DuplicateFinder#bucket}); grouping by
 *       (band, bucket) gives the buckets, ordered by document index as locally, and each bucket yields
 *       the same candidate pairs ({@link DuplicateFinder#candidatePairs});</li>
 *   <li>verification: the distinct candidate pairs are joined twice with the signatures and kept when
 *       the estimated Jaccard similarity reaches the threshold (pairs of two documents grouped by an
 *       earlier run are not compared, as locally).</li>
 * </ol>
 * The verified pairs (about one per document) come back to the driver, which joins them with the
 * earlier groups in a union-find, as the local finder does.
 */
public class SparkDuplicatesStep extends DuplicatesStep {

  private static final Logger LOG = LoggerFactory.getLogger(SparkDuplicatesStep.class);
  /** Signatures per slice handed to Spark (about 0.6 MB each). */
  private static final int SIGNATURES_PER_SLICE = 20_000;

  private final SparkSession spark;

  public SparkDuplicatesStep(SparkSession spark) {
    this.spark = spark;
  }

  /** A signature as Spark sees it: the document's index in the step's list and whether an earlier run grouped it. */
  record Row(int index, String textHash, boolean old, int[] minHashes) implements Serializable {}

  @Override
  protected DuplicateFinder.Result find(List<DuplicateFinder.Entry> entries, List<int[]> previous, double minSimilarity) {
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("the near-duplicate similarity must be in (0, 1], not " + minSimilarity);
    }
    int n = entries.size();
    UnionFind groups = new UnionFind(n);
    for (int[] group : previous) {
      for (int i = 1; i < group.length; i++) {
        groups.union(group[0], group[i]);
      }
    }
    List<Row> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      DuplicateFinder.Entry entry = entries.get(i);
      if (!entry.isEmpty()) {
        rows.add(new Row(i, entry.textHash(), entry.old(), entry.minHashes()));
      }
    }
    if (rows.size() < 2) {
      return new DuplicateFinder.Result(DuplicateFinder.components(n, groups), 0, 0, 0);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    context.setJobDescription("annalist corpus: duplicates");
    int slices = Math.max(context.defaultParallelism(), (rows.size() + SIGNATURES_PER_SLICE - 1) / SIGNATURES_PER_SLICE);
    JavaPairRDD<Integer, Row> signatures = context.parallelize(rows, slices)
        .mapToPair(row -> new Tuple2<>(row.index(), row))
        .persist(StorageLevel.MEMORY_AND_DISK());
    rows = null;
    try {
      // exact copies: the first document of each text stands for the others
      JavaPairRDD<String, Integer> firstOfText = signatures
          .mapToPair(s -> new Tuple2<>(s._2().textHash(), s._1()))
          .reduceByKey(Math::min)
          .persist(StorageLevel.MEMORY_AND_DISK());
      List<Tuple2<Integer, Integer>> exactPairs = signatures
          .mapToPair(s -> new Tuple2<>(s._2().textHash(), s._1()))
          .join(firstOfText)
          .filter(t -> !t._2()._1().equals(t._2()._2()))
          .map(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
          .collect();
      for (Tuple2<Integer, Integer> pair : exactPairs) {
        groups.union(pair._1(), pair._2());
      }
      JavaPairRDD<Integer, Row> representatives = firstOfText
          .mapToPair(t -> new Tuple2<>(t._2(), Boolean.TRUE))
          .join(signatures)
          .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2()));
      long representativeCount = firstOfText.count();
      firstOfText.unpersist(false);
      LongAccumulator comparisons = context.sc().longAccumulator("duplicates: candidate comparisons");
      List<Tuple2<Integer, Integer>> nearPairs = representativeCount < 2 ? List.of()
          : nearPairs(representatives, signatures, (int) representativeCount, minSimilarity, comparisons);
      for (Tuple2<Integer, Integer> pair : nearPairs) {
        groups.union(pair._1(), pair._2());
      }
      LOG.info("duplicates on Spark: {} signatures in {} slices, {} representatives, {} candidate comparisons",
          n, slices, representativeCount, comparisons.value());
      return new DuplicateFinder.Result(DuplicateFinder.components(n, groups), exactPairs.size(), comparisons.value(),
          nearPairs.size());
    } finally {
      signatures.unpersist(false);
    }
  }

  /** The verified near-duplicate pairs among the representatives (document indices). */
  private static List<Tuple2<Integer, Integer>> nearPairs(JavaPairRDD<Integer, Row> representatives,
      JavaPairRDD<Integer, Row> signatures, int representativeCount, double minSimilarity, LongAccumulator comparisons) {
    // a bucket member: document index in the high bits (so sorting orders by index), whether it is old in bit 0
    JavaRDD<long[]> buckets = representatives
        .flatMapToPair(t -> {
          Row row = t._2();
          List<Tuple2<Tuple2<Integer, Long>, Long>> keys = new ArrayList<>(DuplicateFinder.BANDS);
          long member = ((long) row.index() << 1) | (row.old() ? 1 : 0);
          for (int band = 0; band < DuplicateFinder.BANDS; band++) {
            keys.add(new Tuple2<>(new Tuple2<>(band, DuplicateFinder.bucket(row.minHashes(), band, representativeCount)),
                member));
          }
          return keys.iterator();
        })
        .aggregateByKey(new LongList(), LongList::add, LongList::addAll)
        .values()
        .filter(members -> members.size() > 1)
        .map(LongList::sorted);
    JavaPairRDD<Integer, Integer> candidates = buckets
        .flatMapToPair(members -> {
          List<Tuple2<Integer, Integer>> pairs = new ArrayList<>();
          DuplicateFinder.candidatePairs(members.length, (p, q) -> {
            long a = members[p];
            long b = members[q];
            if ((a & 1) == 0 || (b & 1) == 0) {
              int x = (int) (a >>> 1);
              int y = (int) (b >>> 1);
              pairs.add(x < y ? new Tuple2<>(x, y) : new Tuple2<>(y, x));
            }
          });
          return pairs.iterator();
        })
        .distinct();
    return candidates
        .join(signatures)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2().minHashes())))
        .join(signatures)
        .filter(t -> {
          comparisons.add(1);
          return ContentSignature.estimatedJaccard(t._2()._1()._2(), t._2()._2().minHashes()) >= minSimilarity;
        })
        .map(t -> new Tuple2<>(t._2()._1()._1(), t._1()))
        .collect();
  }

  /** A growable list of longs for one bucket (fewer objects than a list of boxed values). */
  static final class LongList implements Serializable {
    private static final long serialVersionUID = 1L;
    private long[] values = new long[2];
    private int size;

    LongList add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
      return this;
    }

    LongList addAll(LongList other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
      return this;
    }

    int size() {
      return size;
    }

    long[] sorted() {
      long[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }
}
