package org.annalist.core.run;

import java.util.OptionalDouble;

/**
 * How many documents were done when, sampled during a run, to tell the throughput of the later
 * half of the documents: the rate a long run settles at once the JVM has compiled the hot code,
 * without start-up and the work done when the run closes (a consumer's index build, say).
 *
 * <p>Samples are (time, documents done) pairs in increasing order; when the buffer is full every
 * other sample is dropped, so a run of any length keeps a bounded, evenly thinned history.
 */
final class ProgressTimeline {

  /** Fewer documents than this in the later half give no figure (too few to mean anything). */
  static final long MINIMUM_DOCUMENTS = 100;

  private static final int CAPACITY = 4096;

  private final long[] nanos = new long[CAPACITY];
  private final long[] done = new long[CAPACITY];
  private int size;

  /** Records that {@code documentsDone} documents were done at {@code atNanos}. */
  synchronized void record(long atNanos, long documentsDone) {
    if (size > 0 && documentsDone <= done[size - 1]) {
      return;
    }
    if (size == CAPACITY) {
      thinOut();
    }
    nanos[size] = atNanos;
    done[size] = documentsDone;
    size++;
  }

  private void thinOut() {
    int kept = 0;
    for (int i = 0; i < size; i += 2) {
      nanos[kept] = nanos[i];
      done[kept] = done[i];
      kept++;
    }
    size = kept;
  }

  /**
   * Documents per second from the first sample at or past half of {@code totalDone} to
   * {@code lastDoneNanos}, the time the last document was done; empty when the run was too short
   * or was not sampled past its middle.
   */
  synchronized OptionalDouble laterHalfRate(long totalDone, long lastDoneNanos) {
    long half = totalDone / 2;
    for (int i = 0; i < size; i++) {
      if (done[i] >= half) {
        long documents = totalDone - done[i];
        double seconds = (lastDoneNanos - nanos[i]) / 1e9;
        if (documents < MINIMUM_DOCUMENTS || seconds <= 0) {
          return OptionalDouble.empty();
        }
        return OptionalDouble.of(documents / seconds);
      }
    }
    return OptionalDouble.empty();
  }
}
