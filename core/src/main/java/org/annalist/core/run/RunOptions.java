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
 * @param checkpointEvery documents a worker processes before it asks its components to make
 *     their output durable ({@code batchProcessComplete}) and records them as completed
 * @param checkpointInterval longest time a processed document waits for that checkpoint
 * @param limit most documents to read (those skipped as completed not counted); 0 for all
 * @param dryRun read the collection without processing or writing anything, to count what a run
 *     would read and skip
 */
public record RunOptions(
    int threads, Duration documentTimeout, boolean failFast, boolean resume, Path outputDirectory, int queueSize,
    int checkpointEvery, Duration checkpointInterval, long limit, boolean dryRun) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_CHECKPOINT_EVERY = 1000;
  public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(2);

  public RunOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (queueSize < 1) {
      queueSize = threads * 2;
    }
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException("checkpointEvery must be at least 1");
    }
    if (checkpointInterval == null || checkpointInterval.isNegative()) {
      checkpointInterval = DEFAULT_CHECKPOINT_INTERVAL;
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (no limit) or more");
    }
  }

  public RunOptions(
      int threads, Duration documentTimeout, boolean failFast, boolean resume, Path outputDirectory, int queueSize,
      int checkpointEvery, Duration checkpointInterval) {
    this(threads, documentTimeout, failFast, resume, outputDirectory, queueSize, checkpointEvery, checkpointInterval,
        0, false);
  }

  public RunOptions(
      int threads, Duration documentTimeout, boolean failFast, boolean resume, Path outputDirectory, int queueSize) {
    this(threads, documentTimeout, failFast, resume, outputDirectory, queueSize,
        DEFAULT_CHECKPOINT_EVERY, DEFAULT_CHECKPOINT_INTERVAL);
  }

  public static RunOptions defaults(Path outputDirectory) {
    return new RunOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT, false, true, outputDirectory, 0);
  }

  public RunOptions withThreads(int n) {
    return new RunOptions(n, documentTimeout, failFast, resume, outputDirectory, 0, checkpointEvery, checkpointInterval,
        limit, dryRun);
  }

  public RunOptions withTimeout(Duration timeout) {
    return new RunOptions(threads, timeout, failFast, resume, outputDirectory, queueSize, checkpointEvery,
        checkpointInterval, limit, dryRun);
  }

  public RunOptions withFailFast(boolean value) {
    return new RunOptions(threads, documentTimeout, value, resume, outputDirectory, queueSize, checkpointEvery,
        checkpointInterval, limit, dryRun);
  }

  public RunOptions withResume(boolean value) {
    return new RunOptions(threads, documentTimeout, failFast, value, outputDirectory, queueSize, checkpointEvery,
        checkpointInterval, limit, dryRun);
  }

  /** Checkpoint after every {@code documents} per worker, or after {@code interval} at the latest. */
  public RunOptions withCheckpoints(int documents, Duration interval) {
    return new RunOptions(threads, documentTimeout, failFast, resume, outputDirectory, queueSize, documents, interval,
        limit, dryRun);
  }

  /** Read at most {@code documents} documents (0: all). */
  public RunOptions withLimit(long documents) {
    return new RunOptions(threads, documentTimeout, failFast, resume, outputDirectory, queueSize, checkpointEvery,
        checkpointInterval, documents, dryRun);
  }

  /** Only count what would be read and skipped; process and write nothing. */
  public RunOptions withDryRun(boolean value) {
    return new RunOptions(threads, documentTimeout, failFast, resume, outputDirectory, queueSize, checkpointEvery,
        checkpointInterval, limit, value);
  }
}
