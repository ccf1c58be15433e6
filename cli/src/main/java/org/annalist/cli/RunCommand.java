package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist run}: runs a pipeline over a collection. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run a pipeline over a collection of documents.",
        "Exit code 0 when every document succeeded, 1 when some failed, 2 on configuration errors."})
final class RunCommand implements Callable<Integer> {

  static final String DEFAULT_OUTPUT = "output";

  @Mixin
  PipelineOptions pipeline = new PipelineOptions();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: run.threads from the file, else the number of cores).")
  Integer threads;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest time one document may take (default: run.timeoutSeconds, else 120).")
  Integer timeoutSeconds;

  @Option(names = "--fail-fast", description = "Stop at the first failed document.")
  boolean failFast;

  @Option(names = "--force", description = "Process every document again, even those an earlier run completed.")
  boolean force;

  @Option(names = "--no-progress", description = "Never draw a progress bar (a log line is printed periodically instead).")
  boolean noProgress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ValidatedPipeline validated = pipeline.prepare(ComponentRegistry.load());
    ValidatedPipeline.RunSettings settings = validated.settings();
    String output = pipeline.output != null ? pipeline.output
        : settings.output() != null ? settings.output() : DEFAULT_OUTPUT;
    int threadCount = threads != null ? threads
        : settings.threads() != null ? settings.threads() : Runtime.getRuntime().availableProcessors();
    if (threadCount < 1) {
      throw new UserInputException("--threads must be at least 1");
    }
    int timeout = timeoutSeconds != null ? timeoutSeconds
        : settings.timeoutSeconds() != null ? settings.timeoutSeconds() : (int) RunOptions.DEFAULT_TIMEOUT.toSeconds();
    boolean resume = !force && (settings.resume() == null || settings.resume());
    boolean stopEarly = failFast || Boolean.TRUE.equals(settings.failFast());
    RunOptions options = new RunOptions(threadCount, Duration.ofSeconds(timeout), stopEarly, resume, Path.of(output),
        settings.queueSize() == null ? 0 : settings.queueSize(),
        settings.checkpointEvery() == null ? RunOptions.DEFAULT_CHECKPOINT_EVERY : settings.checkpointEvery(),
        settings.checkpointSeconds() == null ? RunOptions.DEFAULT_CHECKPOINT_INTERVAL
            : Duration.ofSeconds(settings.checkpointSeconds()));

    PipelineAssembler.AssembledPipeline assembled = PipelineAssembler.assemble(validated);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Running pipeline '%s' with %d thread(s); output in %s%n", assembled.name(), threadCount, output);
    out.flush();
    try (ProgressReporter progress = ProgressReporter.create(!noProgress)) {
      RunSummary summary = new BatchRunner(assembled, options, progress).run();
      progress.close();
      out.print(summary.format());
      out.flush();
      return summary.exitCode();
    }
  }
}
