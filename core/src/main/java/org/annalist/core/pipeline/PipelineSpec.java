package org.annalist.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline file as written: reader, annotators in order, consumers, and run settings.
 *
 * @param source the file name as given by the user, used in messages
 * @param name the pipeline's name
 * @param reader the reader step
 * @param annotators annotator steps in order
 * @param consumers consumer steps
 * @param run settings of the {@code run:} section (threads, timeoutSeconds, failFast, output ...)
 * @param corpus the {@code corpus:} section (settings of the stage run after the documents), or null
 */
public record PipelineSpec(
    String source,
    String name,
    StepSpec reader,
    List<StepSpec> annotators,
    List<StepSpec> consumers,
    Map<String, Located> run,
    SectionSpec corpus) {

  public PipelineSpec {
    annotators = new ArrayList<>(annotators);
    consumers = new ArrayList<>(consumers);
    run = new LinkedHashMap<>(run);
  }

  /** A pipeline without a {@code corpus:} section. */
  public PipelineSpec(String source, String name, StepSpec reader, List<StepSpec> annotators,
      List<StepSpec> consumers, Map<String, Located> run) {
    this(source, name, reader, annotators, consumers, run, null);
  }

  /** This pipeline with other steps and run settings (same file, name and corpus section). */
  public PipelineSpec withSteps(StepSpec reader, List<StepSpec> annotators, List<StepSpec> consumers,
      Map<String, Located> run) {
    return new PipelineSpec(source, name, reader, annotators, consumers, run, corpus);
  }

  public List<StepSpec> steps() {
    List<StepSpec> steps = new ArrayList<>();
    steps.add(reader);
    steps.addAll(annotators);
    steps.addAll(consumers);
    return steps;
  }
}
