package org.annalist.core.pipeline;

import java.util.List;

/**
 * A pipeline whose every component and parameter has been checked.
 *
 * @param spec the pipeline as written
 * @param reader the reader step
 * @param annotators annotator steps in order
 * @param consumers consumer steps
 * @param settings the run settings
 * @param classLoader the class loader the components were found in (the plugins' one)
 */
public record ValidatedPipeline(
    PipelineSpec spec,
    ResolvedStep reader,
    List<ResolvedStep> annotators,
    List<ResolvedStep> consumers,
    RunSettings settings,
    ClassLoader classLoader) {

  public ValidatedPipeline(PipelineSpec spec, ResolvedStep reader, List<ResolvedStep> annotators,
      List<ResolvedStep> consumers, RunSettings settings) {
    this(spec, reader, annotators, consumers, settings, Thread.currentThread().getContextClassLoader());
  }

  /** The run section, validated. Values absent from the file are null. */
  public record RunSettings(Integer threads, Integer timeoutSeconds, Boolean failFast, String output, Boolean resume,
      Integer queueSize, Integer checkpointEvery, Integer checkpointSeconds) {

    static RunSettings empty() {
      return new RunSettings(null, null, null, null, null, null, null, null);
    }
  }
}
