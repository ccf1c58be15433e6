package org.annalist.core.run;

import java.io.IOException;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;

/**
 * Runs a pipeline over a collection: one thread reads, {@code threads} workers process, each
 * with its own engine instances, through a bounded pool of CASes. A document that fails or times
 * out in any component is recorded in {@code failures.jsonl} and the run goes on (unless
 * fail-fast). Completed documents are recorded so that a re-run skips them.
 */
public final class BatchRunner {

  /** Folder inside the output directory where the run keeps its own records. */
  public static final String RUN_DIRECTORY = ".annalist";

  private final AssembledPipeline pipeline;
  private final RunOptions options;
  private final RunListener listener;

  public BatchRunner(AssembledPipeline pipeline, RunOptions options, RunListener listener) {
    this.pipeline = pipeline;
    this.options = options;
    this.listener = listener == null ? RunListener.NONE : listener;
  }

  public BatchRunner(AssembledPipeline pipeline, RunOptions options) {
    this(pipeline, options, RunListener.NONE);
  }

  /**
   * Runs to the end of the collection.
   *
   * @throws org.annalist.core.pipeline.PipelineConfigurationException when a component cannot start
   * @throws IOException when the run's own records cannot be written
   */
  public RunSummary run() throws IOException {
    return new BatchRun(pipeline, options, listener).execute();
  }
}
