package org.annalist.corpus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.StageContext;
import org.annalist.corpus.duplicates.DuplicatesStep;

/**
 * The duplicates step at scale, on a generated corpus of near-duplicate families (not a test: run
 * it with {@code mvn -B -q -o verify -pl corpus -am -DskipTests -Pscale-benchmark -Dbenchmark.docs=100000},
 * several sizes with {@code -Dbenchmark.docs=10000,100000,1000000}).
 *
 * <p>Each family is an original of 150-300 words drawn from a 60,000-word vocabulary with Zipf-like
 * frequencies and 0-5 copies (5 % of words replaced, a paragraph cut or a furniture line added); the
 * signatures are computed as the sql consumer computes them (timed apart: that cost is paid while
 * the documents are processed), then the step groups them (timed: exact copies, LSH candidates,
 * comparisons, union-find, groups). Reports wall and CPU time, the peak heap of the step, and the
 * pair recall and precision against the generated families; the step logs its candidate comparisons.
 */
public final class DuplicatesScaleBenchmark {

  private static final int VOCABULARY = 60_000;

  public static void main(String[] args) {
    // the step logs its counts (exact copies, candidate comparisons, pairs, groups) at INFO
    org.apache.logging.log4j.core.config.Configurator.setLevel("org.annalist.corpus.duplicates",
        org.apache.logging.log4j.Level.INFO);
    String sizes = "10000";
    for (String arg : args) {
      if (arg.startsWith("--docs=")) {
        sizes = arg.substring("--docs=".length());
      }
    }
    System.out.printf(Locale.ROOT, "%10s %10s %10s %12s %12s %14s %10s %10s%n", "documents", "families",
        "sign s", "group s", "group cpu s", "peak heap MB", "recall", "precision");
    for (String size : sizes.split(",")) {
      run(Integer.parseInt(size.strip()));
    }
  }

  private static void run(int documents) {
    Random random = new Random(documents);
    int[] familyOf = new int[documents];
    long[] seeds = new long[documents];
    int family = -1;
    int left = 0;
    for (int i = 0; i < documents; i++) {
      if (left == 0) {
        family++;
        left = 1 + random.nextInt(6);
      }
      familyOf[i] = family;
      seeds[i] = random.nextLong();
      left--;
    }
    int families = family + 1;
    long signBegin = System.nanoTime();
    ContentSignature[] signatures = new ContentSignature[documents];
    IntStream.range(0, documents).parallel().forEach(i -> {
      boolean original = i == 0 || familyOf[i - 1] != familyOf[i];
      signatures[i] = ContentSignature.of(text(familyOf[i], original ? 0 : seeds[i]));
    });
    double signSeconds = (System.nanoTime() - signBegin) / 1e9;

    List<CorpusDocument> corpus = new ArrayList<>(documents);
    Map<String, ContentSignature> byId = new HashMap<>(documents * 2);
    for (int i = 0; i < documents; i++) {
      String id = "d" + i;
      corpus.add(new CorpusDocument(id, null, "2022-01-" + String.format("%02d", 1 + i % 28), null,
          List.of(), List.of(), List.of(), List.of()));
      byId.put(id, signatures[i]);
    }
    Arrays.fill(signatures, null);
    System.gc();
    resetPeaks();
    long before = heapUsed();
    long begin = System.nanoTime();
    long cpuBegin = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    List<CorpusGroup> groups = new DuplicatesStep().group(corpus, List.of(), new StageContext(byId, Map.of(), 0.3));
    double seconds = (System.nanoTime() - begin) / 1e9;
    double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBegin) / 1e9;
    long peak = peakHeap();

    long truePairs = 0;
    long predictedPairs = 0;
    for (CorpusGroup group : groups) {
      Map<Integer, Integer> perFamily = new HashMap<>();
      for (String id : group.documents()) {
        perFamily.merge(familyOf[Integer.parseInt(id.substring(1))], 1, Integer::sum);
      }
      long size = group.documents().size();
      predictedPairs += size * (size - 1) / 2;
      for (int count : perFamily.values()) {
        truePairs += (long) count * (count - 1) / 2;
      }
    }
    long goldPairs = 0;
    int start = 0;
    for (int i = 1; i <= documents; i++) {
      if (i == documents || familyOf[i] != familyOf[start]) {
        long size = i - start;
        goldPairs += size * (size - 1) / 2;
        start = i;
      }
    }
    System.out.printf(Locale.ROOT, "%10d %10d %10.1f %12.1f %12.1f %14.0f %10.4f %10.4f%n", documents, families,
        signSeconds, seconds, cpuSeconds, peak / 1e6, goldPairs == 0 ? 1.0 : truePairs / (double) goldPairs,
        predictedPairs == 0 ? 1.0 : truePairs / (double) predictedPairs);
    System.out.printf(Locale.ROOT, "%10s heap before the step %.0f MB (signatures and documents held)%n", "", before / 1e6);
  }

  /** The text of a family member: the original for seed 0, else a copy edited at random. */
  private static String text(int family, long seed) {
    Random words = new Random(family * 0x9E3779B97F4A7C15L + 17);
    int length = 150 + words.nextInt(151);
    List<String> tokens = new ArrayList<>(length + 10);
    for (int i = 0; i < length; i++) {
      // Zipf-like: small ranks are frequent, as in real text
      double u = words.nextDouble();
      tokens.add("w" + (int) Math.floor(Math.pow(VOCABULARY, u)));
    }
    if (seed != 0) {
      Random edits = new Random(seed);
      for (int i = 0; i < tokens.size(); i++) {
        if (edits.nextDouble() < 0.05) {
          tokens.set(i, "w" + edits.nextInt(VOCABULARY));
        }
      }
      if (edits.nextBoolean()) {
        int cut = tokens.size() / 5;
        int from = edits.nextInt(tokens.size() - cut);
        tokens.subList(from, from + cut).clear();
      }
      if (edits.nextBoolean()) {
        tokens.addAll(0, List.of("advertisement", "share", "this", "article", "on", "social", "media"));
      }
    }
    return String.join(" ", tokens);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long heapUsed() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
