package org.annalist.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters shared by the reader thread and the workers. */
public final class RunStatistics {

  private final AtomicLong read = new AtomicLong();
  private final AtomicLong succeeded = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final Map<String, LongAdder> nanosByComponent = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();
  private final Map<String, Map<String, LongAdder>> languageSkips = new ConcurrentHashMap<>();
  private final Map<String, String> supportedLanguages = new ConcurrentHashMap<>();
  private volatile long total = -1;
  private volatile long lastDoneNanos;

  void declareComponent(String id) {
    order.putIfAbsent(id, order.size());
    nanosByComponent.computeIfAbsent(id, k -> new LongAdder());
  }

  void addTime(String component, long nanos) {
    nanosByComponent.computeIfAbsent(component, k -> new LongAdder()).add(nanos);
  }

  /** The annotator {@code component} (supporting {@code supported}) skipped a document in {@code language}. */
  void languageSkipped(String component, String language, String supported) {
    supportedLanguages.putIfAbsent(component, supported);
    languageSkips.computeIfAbsent(component, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(language, k -> new LongAdder()).increment();
  }

  /** Documents each annotator skipped for their language, in pipeline order. */
  public List<LanguageSkips> languageSkips() {
    List<LanguageSkips> result = new ArrayList<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .filter(languageSkips::containsKey)
        .forEach(component -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          languageSkips.get(component).entrySet().stream()
              .sorted(Comparator.comparing((Map.Entry<String, LongAdder> e) -> -e.getValue().sum())
                  .thenComparing(Map.Entry::getKey))
              .forEach(e -> counts.put(e.getKey(), e.getValue().sum()));
          result.add(new LanguageSkips(component, supportedLanguages.get(component), counts));
        });
    return result;
  }

  void documentRead() {
    read.incrementAndGet();
  }

  void documentSucceeded() {
    succeeded.incrementAndGet();
    lastDoneNanos = System.nanoTime();
  }

  /** A processed document whose output a checkpoint could not confirm: counted as failed instead. */
  void succeededBecameFailed() {
    succeeded.decrementAndGet();
  }

  void documentFailed() {
    failed.incrementAndGet();
    lastDoneNanos = System.nanoTime();
  }

  void documentsSkipped(long n) {
    skipped.addAndGet(n);
  }

  void setTotal(long total) {
    this.total = total;
  }

  public long read() {
    return read.get();
  }

  public long succeeded() {
    return succeeded.get();
  }

  public long failed() {
    return failed.get();
  }

  public long skipped() {
    return skipped.get();
  }

  /** Total documents the reader expects, or -1 when it cannot tell. */
  public long total() {
    return total;
  }

  /** {@link System#nanoTime()} when the latest document was done (succeeded or failed). */
  long lastDoneNanos() {
    return lastDoneNanos;
  }

  public long done() {
    return succeeded.get() + failed.get();
  }

  /** Time spent in each component (summed over threads), in pipeline order. */
  public Map<String, Long> nanosByComponent() {
    Map<String, Long> result = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> result.put(e.getKey(), nanosByComponent.get(e.getKey()).sum()));
    return result;
  }
}
