package org.annalist.core.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What a run did.
 *
 * @param read documents the reader produced (including those that failed to read)
 * @param succeeded documents every component finished
 * @param failed documents recorded in the failure log
 * @param skipped documents completed by an earlier run
 * @param wallTime elapsed time
 * @param nanosByComponent time per component, summed over threads
 * @param failureLog where failures were written
 * @param stoppedEarly true when --fail-fast, or a component whose storage was gone, stopped the run
 * @param endOfRunErrors components that failed when the run ended (e.g. a consumer that could not flush)
 * @param laterHalfDocumentsPerSecond throughput over the later half of the documents (after start-up
 *     and the JIT's warm-up, before the components close); empty for short or unsampled runs
 * @param stopReason why a component stopped the run (its storage was gone), or null
 * @param languageSkips documents annotators skipped because they do not support their language
 */
public record RunSummary(
    long read,
    long succeeded,
    long failed,
    long skipped,
    Duration wallTime,
    Map<String, Long> nanosByComponent,
    Path failureLog,
    boolean stoppedEarly,
    int endOfRunErrors,
    OptionalDouble laterHalfDocumentsPerSecond,
    String stopReason,
    List<LanguageSkips> languageSkips) {

  public RunSummary {
    languageSkips = languageSkips == null ? List.of() : List.copyOf(languageSkips);
  }

  public RunSummary(long read, long succeeded, long failed, long skipped, Duration wallTime,
      Map<String, Long> nanosByComponent, Path failureLog, boolean stoppedEarly, int endOfRunErrors,
      OptionalDouble laterHalfDocumentsPerSecond) {
    this(read, succeeded, failed, skipped, wallTime, nanosByComponent, failureLog, stoppedEarly, endOfRunErrors,
        laterHalfDocumentsPerSecond, null, List.of());
  }

  public double documentsPerSecond() {
    double seconds = wallTime.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (succeeded + failed) / seconds;
  }

  /** 0 when every document succeeded, 1 when some failed or a component failed at the end. */
  public int exitCode() {
    return failed > 0 || stoppedEarly || endOfRunErrors > 0 ? 1 : 0;
  }

  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "documents: %d read, %d succeeded, %d failed, %d skipped%n", read, succeeded, failed, skipped));
    out.append(String.format(Locale.ROOT, "wall time: %.1f s, throughput: %.1f documents/s%n",
        wallTime.toMillis() / 1000.0, documentsPerSecond()));
    laterHalfDocumentsPerSecond.ifPresent(rate -> out.append(String.format(Locale.ROOT,
        "later half of the documents: %.1f documents/s (after start-up and warm-up, before closing)%n", rate)));
    long totalNanos = nanosByComponent.values().stream().mapToLong(Long::longValue).sum();
    if (totalNanos > 0) {
      out.append("time per component (reader on one thread, the others summed over workers):").append(System.lineSeparator());
      int width = nanosByComponent.keySet().stream().mapToInt(String::length).max().orElse(8);
      for (Map.Entry<String, Long> entry : nanosByComponent.entrySet()) {
        double ms = entry.getValue() / 1e6;
        long docs = Math.max(1, succeeded + failed);
        out.append(String.format(Locale.ROOT, "  %-" + width + "s %10.1f ms  %5.1f %%  %8.3f ms/doc%n",
            entry.getKey(), ms, 100.0 * entry.getValue() / totalNanos, ms / docs));
      }
    }
    for (LanguageSkips skips : languageSkips) {
      StringBuilder counts = new StringBuilder();
      skips.byLanguage().forEach((language, n) -> counts.append(counts.length() == 0 ? "" : ", ")
          .append(language).append(' ').append(n));
      out.append(String.format(Locale.ROOT, "%s skipped %d document(s) in a language it does not support (%s); it supports %s%n",
          skips.component(), skips.documents(), counts, skips.supported()));
    }
    if (endOfRunErrors > 0) {
      out.append(endOfRunErrors).append(" component(s) failed when the run ended; see ").append(failureLog)
          .append(System.lineSeparator());
    }
    if (failed > 0) {
      out.append("failures: ").append(failureLog).append(System.lineSeparator());
    }
    if (stopReason != null) {
      out.append("the run stopped: ").append(stopReason).append(System.lineSeparator())
          .append("run the same command again to store the documents not stored and read the rest")
          .append(System.lineSeparator());
    } else if (stoppedEarly) {
      out.append("stopped at the first failure (--fail-fast)").append(System.lineSeparator());
    }
    return out.toString();
  }
}
