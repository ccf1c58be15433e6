package org.annalist.corpus.bench;

import java.util.List;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.CorpusStep;
import org.annalist.corpus.people.PersonGroupingStep;
import org.annalist.corpus.quotes.QuoteGroupingStep;
import org.annalist.corpus.stories.StoryEvaluation;
import org.annalist.corpus.stories.StoryGroupingStep;

/**
 * Time and memory of the quote, people and story steps on a generated corpus (see
 * {@link StoryCorpusGenerator}), and the story figures against its labels. Run with
 * {@code mvn -B -q -o verify -pl corpus -am -DskipTests -Pstories-benchmark -Dstories.benchmark.docs=N}.
 * A benchmark, not a test: it prints, it asserts nothing.
 */
public final class GroupingBenchmark {

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long t0 = System.nanoTime();
    StoryCorpusGenerator generator = new StoryCorpusGenerator(count, 42);
    List<CorpusDocument> documents = generator.documents();
    System.out.printf("generated %,d documents (%,d events) in %.1f s%n", documents.size(),
        generator.gold().values().stream().distinct().count(), (System.nanoTime() - t0) / 1e9);
    long baseline = usedAfterGc();
    System.out.printf("heap holding the corpus: %,d MiB%n", baseline >> 20);
    String kinds = args.length > 1 ? args[1] : "quotes,people,stories";
    for (CorpusStep step : List.of(new QuoteGroupingStep(), new PersonGroupingStep(), new StoryGroupingStep())) {
      if (!List.of(kinds.split(",")).contains(step.kind())) {
        continue;
      }
      HeapPeak peak = new HeapPeak();
      long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long start = System.nanoTime();
      List<CorpusGroup> groups = step.group(documents, List.of());
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
      long heap = peak.stop();
      System.out.printf("%-8s %,10d groups  wall %7.1f s  CPU %7.1f s (%6.1f µs/document)  peak heap above the corpus %,d MiB%n",
          step.kind(), groups.size(), seconds, cpu, cpu * 1e6 / documents.size(), Math.max(0, heap - baseline) >> 20);
      if (step instanceof StoryGroupingStep) {
        StoryEvaluation.Scores scores = StoryEvaluation.score(groups, generator.gold());
        System.out.printf("stories against the generated labels: B-cubed P %.3f R %.3f F1 %.3f; pairs P %.3f R %.3f%n",
            scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1(), scores.pairPrecision(), scores.pairRecall());
      }
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Samples the used heap every 20 ms while a step runs. */
  private static final class HeapPeak {
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread;

    HeapPeak() {
      thread = new Thread(() -> {
        Runtime runtime = Runtime.getRuntime();
        while (running) {
          peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    long stop() {
      running = false;
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return peak;
    }
  }
}
