package org.annalist.core.plugin;

import java.nio.file.Path;
import java.util.List;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.ResolvedStep;
import org.annalist.core.pipeline.SectionSpec;

/**
 * A stage that {@code annalist run} runs once after the documents when the pipeline file has its
 * top-level section (e.g. {@code corpus:}). Register implementations in
 * {@code META-INF/services/org.annalist.core.plugin.AfterRunStage}.
 */
public interface AfterRunStage {

  /** The top-level key of the pipeline file that turns the stage on, e.g. {@code corpus}. */
  String section();

  /** The problems of the section's settings, given the pipeline's validated consumers; empty when none. */
  List<ConfigurationProblem> check(String source, SectionSpec section, List<ResolvedStep> consumers);

  /** Runs the stage after the documents; returns the lines to print. */
  List<String> run(SectionSpec section, List<ResolvedStep> consumers, Path output) throws Exception;
}
