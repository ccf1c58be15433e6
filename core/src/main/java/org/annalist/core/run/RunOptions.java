package org.annalist.core.run;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param threads worker threads, each with its own engine instances
 * @param documentTimeout longest time one document may spend in the pipeline
 * @param failFast stop at the first failed document
 * @param resume skip documents an earlier run completed (same id and checksum)
 * @param outputDirectory where the run keeps its records (completed documents, failures)
 * @param queueSize documents read ahead of the workers; bounds the CAS pool
 */
public record RunOptions(
    int threads, Duration documentTimeout, boolean failFast, boolean resume, Path outputDirectory, int queueSize) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  public RunOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (queueSize < 1) {
      queueSize = threads * 2;
    }
  }

  public static RunOptions defaults(Path outputDirectory) {
    return new RunOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT, false, true, outputDirectory, 0);
  }

  public RunOptions withThreads(int n) {
    return new RunOptions(n, documentTimeout, failFast, resume, outputDirectory, 0);
  }

  public RunOptions withTimeout(Duration timeout) {
    return new RunOptions(threads, timeout, failFast, resume, outputDirectory, queueSize);
  }

  public RunOptions withFailFast(boolean value) {
    return new RunOptions(threads, documentTimeout, value, resume, outputDirectory, queueSize);
  }

  public RunOptions withResume(boolean value) {
    return new RunOptions(threads, documentTimeout, failFast, value, outputDirectory, queueSize);
  }
}
