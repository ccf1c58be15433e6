package org.annalist.core.run;

/** Hears about a run's progress; the CLI draws a progress bar or logs a line from it. */
public interface RunListener {

  RunListener NONE = new RunListener() {};

  /** Called every half second or so, from a timer thread. */
  default void progress(RunStatistics statistics, long elapsedNanos) {}

  /** Called once when the run ends. */
  default void finished(RunSummary summary) {}
}
