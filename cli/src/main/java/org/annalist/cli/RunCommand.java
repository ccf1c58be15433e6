package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineOverrides;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.AfterRunStage;
import org.annalist.core.pipeline.ResolvedStep;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.annalist.core.run.RunSummaryFile;
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

  @Option(names = "--limit", paramLabel = "N",
      description = "Read at most N documents (documents skipped as completed by an earlier run not counted).")
  Long limit;

  @Option(names = "--dry-run",
      description = "Read the collection and report what a run would read, skip and where it would write; "
          + "process and write nothing.")
  boolean dryRun;

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
    if (limit != null && limit < 1) {
      throw new UserInputException("--limit must be at least 1");
    }
    RunOptions options = new RunOptions(threadCount, Duration.ofSeconds(timeout), stopEarly, resume, Path.of(output),
        settings.queueSize() == null ? 0 : settings.queueSize(),
        settings.checkpointEvery() == null ? RunOptions.DEFAULT_CHECKPOINT_EVERY : settings.checkpointEvery(),
        settings.checkpointSeconds() == null ? RunOptions.DEFAULT_CHECKPOINT_INTERVAL
            : Duration.ofSeconds(settings.checkpointSeconds()),
        limit == null ? 0 : limit, dryRun);

    PipelineAssembler.AssembledPipeline assembled = PipelineAssembler.assemble(validated);
    PrintWriter out = spec.commandLine().getOut();
    if (dryRun) {
      RunSummary summary = new BatchRunner(assembled, options).run();
      out.printf("Dry run of pipeline '%s': nothing was processed or written.%n", assembled.name());
      out.printf("  would read: %d document(s)%s%n", summary.read(),
          summary.failed() > 0 ? " (" + summary.failed() + " of them cannot be read)" : "");
      out.printf("  would skip: %d document(s) completed by an earlier run%s%n", summary.skipped(),
          resume ? "" : " (none: --force)");
      printTargets(out, validated, output);
      out.flush();
      return 0;
    }
    out.printf("Running pipeline '%s' with %d thread(s)%s; run records in %s%n", assembled.name(), threadCount,
        limit == null ? "" : ", at most " + limit + " document(s)", Path.of(output).resolve(BatchRunner.RUN_DIRECTORY));
    printTargets(out, validated, output);
    out.flush();
    try (ProgressReporter progress = ProgressReporter.create(!noProgress)) {
      RunSummary summary = new BatchRunner(assembled, options, progress).run();
      progress.close();
      out.print(summary.format());
      out.println("summary: " + Path.of(output).resolve(RunSummaryFile.FILE_NAME));
      out.flush();
      if (validated.spec().corpus() != null && !runCorpusStage(validated, output, out)) {
        return Math.max(1, summary.exitCode());
      }
      return summary.exitCode();
    }
  }

  /** The {@code corpus:} section's stage, over what the run stored; false when it failed. */
  private boolean runCorpusStage(ValidatedPipeline validated, String output, PrintWriter out) {
    AfterRunStage stage = PipelineValidator.afterRunStage(validated.classLoader(), "corpus");
    try {
      for (String line : stage.run(validated.spec().corpus(), validated.consumers(), Path.of(output))) {
        out.println(line);
      }
      out.flush();
      return true;
    } catch (Exception e) {
      out.flush();
      spec.commandLine().getErr().println("annalist run: the corpus stage failed: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return false;
    }
  }

  /** Where each consumer writes: a folder, a file, or a database (URL without its query, which may hold secrets). */
  private static void printTargets(PrintWriter out, ValidatedPipeline validated, String output) {
    for (ResolvedStep consumer : validated.consumers()) {
      Object target = consumer.values().get(ComponentParameters.TARGET_LOCATION);
      String where;
      if (target == null) {
        where = "(no targetLocation)";
      } else if (PipelineOverrides.isUrl(String.valueOf(target))) {
        String url = String.valueOf(target).strip();
        where = (url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?')))
            + (url.startsWith("jdbc:") ? " (database; not replaced by --output)" : "");
      } else {
        where = Path.of(String.valueOf(target)).toAbsolutePath().normalize().toString();
      }
      out.printf("  %s writes to %s%n", consumer.id(), where);
    }
  }
}
