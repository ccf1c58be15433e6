package org.annalist.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.ResolvedStep;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annalist validate}: checks a pipeline file without reading any document. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a pipeline file without reading any document: components, parameters and their types, "
        + "dates, database URLs, input and output paths (every check run makes before reading). "
        + "Exit 0 when valid, 2 otherwise.")
final class ValidateCommand implements Callable<Integer> {

  @Mixin
  PipelineOptions pipeline = new PipelineOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ValidatedPipeline validated = pipeline.prepare(ComponentRegistry.load());
    // what run does before reading: the components' descriptions must build too
    PipelineAssembler.assemble(validated);
    PrintWriter out = spec.commandLine().getOut();
    out.println(pipeline.pipelineFile + ": valid pipeline '" + validated.spec().name() + "'");
    out.println("  reader:     " + describe(validated.reader()));
    validated.annotators().forEach(a -> out.println("  annotator:  " + describe(a)));
    validated.consumers().forEach(c -> out.println("  consumer:   " + describe(c)));
    out.flush();
    return 0;
  }

  private static String describe(ResolvedStep step) {
    String name = step.id().equals(step.descriptor().name()) ? step.id() : step.id() + " (" + step.descriptor().name() + ")";
    return step.values().isEmpty() ? name : name + " " + ParameterFormatting.format(step.values());
  }
}
