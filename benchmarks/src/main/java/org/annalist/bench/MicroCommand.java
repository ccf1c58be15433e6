package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link AnnotatorBenchmark} through JMH with the gc profiler and prints, per annotator and
 * corpus, documents per second per core and bytes allocated per document, net of restoring the
 * prepared document. (Any JMH option is also available with {@code java -cp benchmarks.jar
 * org.openjdk.jmh.Main}.)
 */
@Command(name = "micro", mixinStandardHelpOptions = true,
    description = "JMH micro benchmarks per annotator: documents/s per core and bytes allocated per document.")
final class MicroCommand implements Callable<Integer> {

  @Option(names = "--quick", description = "Short iterations (1 x 2 s warm-up, 2 x 2 s measurement) for CI-sized checks.")
  boolean quick;

  @Option(names = "--annotators", split = ",", defaultValue = "boilerplate,dates,geolocation,quotes",
      description = "Annotators (short names). Default: ${DEFAULT-VALUE}.")
  List<String> annotators;

  @Option(names = "--corpora", split = ",", defaultValue = "seeds,aeb",
      description = "seeds, aeb, timebank. Default: ${DEFAULT-VALUE}.")
  List<String> corpora;

  @Option(names = "--pipeline", paramLabel = "YAML", description = "Pipeline whose earlier annotators prepare documents.")
  Path pipeline;

  @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder.")
  String data;

  @Option(names = "--result", paramLabel = "FILE", defaultValue = "target/bench-work/jmh.json",
      description = "JMH's JSON result file. Default: ${DEFAULT-VALUE}.")
  Path result;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(result.toAbsolutePath().getParent());
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(AnnotatorBenchmark.class.getName() + "\\.")
        .param("annotator", annotators.toArray(String[]::new))
        .param("corpus", corpora.toArray(String[]::new))
        .param("data", SharedCorpus.dataRoot(data).toString())
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend(jvmArguments())
        .resultFormat(ResultFormatType.JSON)
        .result(result.toString());
    if (pipeline != null) {
      options.param("pipeline", pipeline.toAbsolutePath().toString());
    }
    if (quick) {
      options.warmupIterations(1).warmupTime(TimeValue.seconds(2)).measurementIterations(2)
          .measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.print(table(results));
    return 0;
  }

  static String table(Collection<RunResult> results) {
    Map<String, double[]> rows = new LinkedHashMap<>();
    for (RunResult run : results) {
      String key = run.getParams().getParam("annotator") + " | " + run.getParams().getParam("corpus");
      boolean annotate = run.getParams().getBenchmark().endsWith(".annotate");
      double[] row = rows.computeIfAbsent(key, k -> new double[4]);
      BenchmarkResult aggregate = new ArrayList<>(run.getBenchmarkResults()).get(0);
      double score = run.getPrimaryResult().getScore();
      Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
      double bytes = allocation == null ? Double.NaN : allocation.getScore();
      row[annotate ? 0 : 2] = score;
      row[annotate ? 1 : 3] = bytes;
      if (aggregate == null) {
        throw new IllegalStateException("no result for " + key);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("| annotator | corpus | documents/s per core | documents/s per core, net of restore | KiB allocated per document, net |\n");
    out.append("|---|---|---|---|---|\n");
    rows.forEach((key, row) -> {
      double net = row[2] > 0 ? 1 / (1 / row[0] - 1 / row[2]) : Double.NaN;
      out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", key, row[0], net, (row[1] - row[3]) / 1024));
    });
    return out.toString();
  }

  /** The forks' heap of {@link AnnotatorBenchmark} and the launchers' JIT options. */
  private static String[] jvmArguments() {
    List<String> arguments = new java.util.ArrayList<>(ChildJvm.launcherOptions());
    arguments.add("-Xmx1g");
    return arguments.toArray(String[]::new);
  }
}
