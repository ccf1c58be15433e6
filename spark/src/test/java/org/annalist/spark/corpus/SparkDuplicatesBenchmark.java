package org.annalist.spark.corpus;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.StageContext;
import org.annalist.corpus.UnionFind;
import org.annalist.corpus.duplicates.DuplicateFinder;
import org.annalist.corpus.duplicates.DuplicatesStep;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The duplicates step three ways on one generated corpus, in one JVM (not a test: run it with
 * {@code mvn -B -q -o verify -pl spark -am -DskipTests -Pduplicates-benchmark -Dbenchmark.docs=20000}):
 * <ul>
 *   <li>local: {@link DuplicatesStep} (signatures, LSH bands sorted in one JVM);</li>
 *   <li>spark: {@link SparkDuplicatesStep} (the same signatures and bands, grouped and joined on Spark);</li>
 *   <li>mllib: Spark MLlib's {@link MinHashLSH} on the documents' 5-word shingle sets,
 *       {@code approxSimilarityJoin} at Jaccard distance {@code 1 - minSimilarity}, groups as connected
 *       components of its pairs.</li>
 * </ul>
 * Prints the wall time of each and how far the spark and mllib groups are from the local ones (groups
 * equal as sets of documents; documents whose group differs).
 */
public final class SparkDuplicatesBenchmark {

  /** MLlib's MinHash takes vectors of at most 2,038,074,743 dimensions; shingles are hashed into 2^30. */
  private static final int DIMENSIONS = 1 << 30;

  public static void main(String[] args) {
    int documents = 20_000;
    String master = "local[2]";
    int tables = 20;
    for (String arg : args) {
      if (arg.startsWith("--docs=")) {
        documents = Integer.parseInt(arg.substring("--docs=".length()).strip());
      } else if (arg.startsWith("--master=")) {
        master = arg.substring("--master=".length());
      } else if (arg.startsWith("--tables=")) {
        tables = Integer.parseInt(arg.substring("--tables=".length()).strip());
      }
    }
    // about 3.5 documents per family plus as many unrelated originals as families
    int families = Math.max(1, documents * 2 / 9);
    List<NearDuplicateCorpus.Doc> generated = NearDuplicateCorpus.generate(documents, families, families, 40);
    int n = generated.size();
    ContentSignature[] signatures = new ContentSignature[n];
    IntStream.range(0, n).parallel().forEach(i -> signatures[i] = ContentSignature.of(generated.get(i).text()));
    List<CorpusDocument> corpus = new ArrayList<>(n);
    Map<String, ContentSignature> byId = new HashMap<>();
    for (int i = 0; i < n; i++) {
      NearDuplicateCorpus.Doc doc = generated.get(i);
      corpus.add(new CorpusDocument(doc.id(), null, doc.published(), null, List.of(), List.of(), List.of(), List.of()));
      byId.put(doc.id(), signatures[i]);
    }
    StageContext context = new StageContext(byId, Map.of(), DuplicatesStep.DEFAULT_MIN_SIMILARITY);

    SparkSession spark = SparkSession.builder().master(master).appName("annalist duplicates benchmark")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    try {
      System.out.printf(Locale.ROOT, "%d documents (%d families, %d unrelated, one family of 41), Spark %s, %s%n", n,
          families, families, spark.version(), master);
      // warm-up of both engines on a small share, so that neither pays the JIT's or Spark's first job alone
      List<CorpusDocument> warmUp = corpus.subList(0, Math.min(n, 2000));
      new DuplicatesStep().group(warmUp, List.of(), context);
      new SparkDuplicatesStep(spark).group(warmUp, List.of(), context);

      long begin = System.nanoTime();
      long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      List<CorpusGroup> local = new DuplicatesStep().group(corpus, List.of(), context);
      double localSeconds = seconds(begin);
      double localCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;

      begin = System.nanoTime();
      List<CorpusGroup> onSpark = new SparkDuplicatesStep(spark).group(corpus, List.of(), context);
      double sparkSeconds = seconds(begin);

      begin = System.nanoTime();
      List<Set<String>> mllib = mllibGroups(spark, generated, tables, DuplicatesStep.DEFAULT_MIN_SIMILARITY);
      double mllibSeconds = seconds(begin);

      Set<Set<String>> localSets = sets(local);
      System.out.printf(Locale.ROOT, "%-8s %10s %8s %14s %22s %10s%n", "engine", "wall s", "groups", "equal groups",
          "documents moved", "vs local");
      System.out.printf(Locale.ROOT, "%-8s %10.1f %8d %14s %22s %10s%n", "local", localSeconds, local.size(), "-", "-",
          String.format(Locale.ROOT, "(cpu %.1f s)", localCpu));
      report("spark", sparkSeconds, new ArrayList<>(sets(onSpark)), localSets, localSeconds);
      System.out.printf(Locale.ROOT, "%-8s %s%n", "", onSpark.equals(local)
          ? "spark: every group, canonical copy, member order and similarity equal to local"
          : "spark: the groups differ from local in order, canonical copy or similarities");
      report("mllib", mllibSeconds, mllib, localSets, localSeconds);
    } finally {
      spark.stop();
    }
  }

  private static void report(String engine, double seconds, List<Set<String>> groups, Set<Set<String>> local,
      double localSeconds) {
    Set<Set<String>> found = new HashSet<>(groups);
    long equal = found.stream().filter(local::contains).count();
    Map<String, Set<String>> groupOf = new HashMap<>();
    local.forEach(g -> g.forEach(d -> groupOf.put(d, g)));
    Map<String, Set<String>> foundOf = new HashMap<>();
    found.forEach(g -> g.forEach(d -> foundOf.put(d, g)));
    Set<String> everyone = new TreeSet<>(groupOf.keySet());
    everyone.addAll(foundOf.keySet());
    long moved = everyone.stream().filter(d -> !java.util.Objects.equals(groupOf.get(d), foundOf.get(d))).count();
    System.out.printf(Locale.ROOT, "%-8s %10.1f %8d %14s %22s %10s%n", engine, seconds, found.size(),
        equal + "/" + local.size(), moved + " of " + everyone.size(), String.format(Locale.ROOT, "%.1fx", seconds / localSeconds));
  }

  private static Set<Set<String>> sets(List<CorpusGroup> groups) {
    Set<Set<String>> sets = new HashSet<>();
    groups.forEach(g -> sets.add(new TreeSet<>(g.documents())));
    return sets;
  }

  /** MLlib's MinHashLSH over the shingle sets; exact copies and near copies alike come from its join. */
  private static List<Set<String>> mllibGroups(SparkSession spark, List<NearDuplicateCorpus.Doc> docs, int tables,
      double minSimilarity) {
    StructType schema = new StructType(new StructField[] {
        new StructField("id", DataTypes.IntegerType, false, Metadata.empty()),
        new StructField("features", SQLDataTypes.VectorType(), false, Metadata.empty())});
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      int[] shingles = shingles(docs.get(i).text());
      if (shingles.length > 0) {
        double[] ones = new double[shingles.length];
        java.util.Arrays.fill(ones, 1.0);
        rows.add(RowFactory.create(i, Vectors.sparse(DIMENSIONS, shingles, ones)));
      }
    }
    Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(8).cache();
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setSeed(1).setInputCol("features")
        .setOutputCol("hashes").fit(frame);
    Dataset<Row> hashed = model.transform(frame).cache();
    List<Row> pairs = model.approxSimilarityJoin(hashed, hashed, 1 - minSimilarity + 1e-9, "distance")
        .filter("datasetA.id < datasetB.id")
        .select("datasetA.id", "datasetB.id")
        .collectAsList();
    UnionFind groups = new UnionFind(docs.size());
    long belowByEstimate = 0;
    for (Row pair : pairs) {
      int a = pair.getInt(0);
      int b = pair.getInt(1);
      groups.union(a, b);
      if (ContentSignature.of(docs.get(a).text()).estimatedJaccard(ContentSignature.of(docs.get(b).text()))
          < minSimilarity) {
        belowByEstimate++;
      }
    }
    System.out.printf(Locale.ROOT, "mllib: %d pairs at exact Jaccard >= %.2f, %d of them below it by the 128-value"
        + " signatures the local step decides on%n", pairs.size(), minSimilarity, belowByEstimate);
    List<Set<String>> sets = new ArrayList<>();
    for (int[] component : DuplicateFinder.components(docs.size(), groups)) {
      Set<String> set = new TreeSet<>();
      for (int i : component) {
        set.add(docs.get(i).id());
      }
      sets.add(set);
    }
    hashed.unpersist();
    frame.unpersist();
    return sets;
  }

  /**
   * The distinct 5-word shingles of a text as sorted indices below {@link #DIMENSIONS}: words are runs
   * of letters and digits, lower-cased, as for the signatures; fewer than five words make one shingle.
   */
  static int[] shingles(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (cp > 0xffff) {
        i++;
      }
    }
    if (words.isEmpty()) {
      return new int[0];
    }
    TreeSet<Integer> indices = new TreeSet<>();
    int count = Math.max(1, words.size() - ContentSignature.SHINGLE_WORDS + 1);
    for (int i = 0; i < count; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.size(), i + ContentSignature.SHINGLE_WORDS); j++) {
        for (char c : words.get(j).toCharArray()) {
          h = (h ^ c) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      indices.add((int) (ContentSignature.mix(h) >>> 34));
    }
    return indices.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double seconds(long begin) {
    return (System.nanoTime() - begin) / 1e9;
  }
}
