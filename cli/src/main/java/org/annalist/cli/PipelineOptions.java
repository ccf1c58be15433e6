package org.annalist.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineOverrides;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentRegistry;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options shared by {@code run} and {@code validate}: the file and its overrides. */
final class PipelineOptions {

  @Parameters(index = "0", paramLabel = "PIPELINE.yaml", description = "The pipeline file, e.g. pipelines/news.yaml.")
  Path pipelineFile;

  @Option(names = "--input", paramLabel = "PATH", description = "Read documents from PATH (sets the reader's sourceLocation).")
  String input;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Write results and run records to DIR (sets every consumer's targetLocation).")
  String output;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a value: reader.PARAM=V, annotators.STEP.PARAM=V, consumers.STEP.PARAM=V, run.SETTING=V.")
  List<String> assignments = new ArrayList<>();

  /** Loads, overrides and validates; throws PipelineConfigurationException on any problem. */
  ValidatedPipeline prepare(ComponentRegistry registry) {
    PipelineSpec spec = new PipelineLoader().load(pipelineFile);
    if (input != null) {
      spec = PipelineOverrides.withInput(spec, input);
    }
    if (output != null) {
      spec = PipelineOverrides.withOutput(spec, output, registry);
    }
    spec = PipelineOverrides.apply(spec, assignments);
    return new PipelineValidator(registry).validate(spec);
  }
}
