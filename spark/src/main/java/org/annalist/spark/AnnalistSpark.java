package org.annalist.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.annalist.core.plugin.PluginLoadException;
import org.annalist.core.plugin.PluginLoader;
import org.annalist.core.run.RunSummary;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annalist-spark PIPELINE.yaml --input DIR --output DIR}: runs a pipeline on Apache Spark,
 * from {@code spark-submit} on a cluster or in {@code local[N]} mode.
 */
@Command(name = "annalist-spark", mixinStandardHelpOptions = true, versionProvider = AnnalistSpark.Version.class,
    description = {"Run a pipeline YAML on Apache Spark: the same plugins, parameters and outputs as 'annalist run',",
        "one part-NNNNN folder of output per partition.",
        "Exit code 0 when every document succeeded, 1 when some failed, 2 on configuration errors."})
public final class AnnalistSpark implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PIPELINE.yaml", description = "The pipeline file, e.g. pipelines/news.yaml.")
  Path pipelineFile;

  @Option(names = "--input", paramLabel = "PATH",
      description = "Files: a folder, list file, glob or file on a file system every executor mounts. "
          + "With --input-format jsonl: JSON Lines files on any Hadoop file system (hdfs://, s3a://, file:).")
  String input;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Output folder (shared by all executors); partition N writes DIR/part-0000N.")
  String output;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a value: reader.PARAM=V, annotators.STEP.PARAM=V, consumers.STEP.PARAM=V, run.SETTING=V.")
  List<String> assignments = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "files",
      description = "files (read by the pipeline's reader), jsonl (records with id and text, html or bytes) or warc "
          + "(WARC/ARC files on any Hadoop file system). Default: ${DEFAULT-VALUE}.")
  String inputFormat;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: the one spark-submit gives, else local[*]).")
  String master;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions (default: as the earlier run over the same output, else twice the cores, at most 5000 documents each).")
  Integer partitions;

  @Option(names = "--threads-per-task", paramLabel = "N", defaultValue = "1",
      description = "Worker threads inside each Spark task (match spark.task.cpus). Default: ${DEFAULT-VALUE}.")
  int threadsPerTask;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Longest time one document may take (default: run.timeoutSeconds, else 120).")
  Integer timeoutSeconds;

  @Option(names = "--force", description = "Process every document again, even those an earlier run completed.")
  boolean force;

  @Option(names = "--keep-input-untouched", hidden = true,
      description = "Accepted for old scripts: the input folder is never written to.")
  boolean keepInputUntouched;

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "Folder of plugins (jars, or folders NAME/ with a jar and its dependencies); default: ./plugins and "
          + "$ANNALIST_HOME/plugins when they exist. Their jars are also given to the executors (SparkContext.addJar).")
  Path pluginsDirectory;

  @Option(names = "--split-mb", paramLabel = "MB", defaultValue = "256",
      description = "With --input-format warc: archives larger than this are read by several tasks, one per range of "
          + "records. Default: ${DEFAULT-VALUE}.")
  int splitMegabytes;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, e.g. spark.ui.enabled=false.")
  List<String> conf = new ArrayList<>();

  @Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command; returns its exit code. */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new AnnalistSpark());
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      PrintWriter err = line.getErr();
      if (e instanceof PipelineConfigurationException problems) {
        problems.problems().forEach(p -> err.println(p));
        return 2;
      }
      PipelineConfigurationException nested = find(e, PipelineConfigurationException.class);
      if (nested != null) {
        nested.problems().forEach(p -> err.println(p));
        return 2;
      }
      if (e instanceof IllegalArgumentException || e instanceof PluginLoadException) {
        err.println("annalist-spark: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try {
      return commandLine.execute(args);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Override
  public Integer call() throws Exception {
    InputFormat format;
    try {
      format = InputFormat.valueOf(inputFormat.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--input-format must be files, jsonl or warc, not '" + inputFormat + "'");
    }
    if (threadsPerTask < 1) {
      throw new IllegalArgumentException("--threads-per-task must be at least 1");
    }
    List<Path> pluginJars = PluginLoader.jars(PluginLoader.directories(pluginsDirectory));
    ClassLoader plugins = PluginLoader.load(PluginLoader.directories(pluginsDirectory), AnnalistSpark.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(plugins);
    SparkPipelineJob job = SparkPipelineJob.prepare(new SparkPipelineJob.Request(pipelineFile, input, output,
        assignments, format, partitions, threadsPerTask, timeoutSeconds, force, keepInputUntouched, splitMegabytes));
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession.Builder builder = SparkSession.builder().appName("annalist " + pipelineFile.getFileName());
    SparkConf defaults = new SparkConf();
    if (master != null) {
      builder.master(master);
    } else if (!defaults.contains("spark.master")) {
      builder.master("local[*]");
    }
    for (String setting : conf) {
      int equals = setting.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("--conf " + setting + ": expected KEY=VALUE");
      }
      builder.config(setting.substring(0, equals), setting.substring(equals + 1));
    }
    SparkSession spark = builder.getOrCreate();
    for (Path jar : pluginJars) {
      spark.sparkContext().addJar(jar.toAbsolutePath().toString());
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.printf("Running pipeline %s on Spark (%s)%n", pipelineFile, spark.sparkContext().master());
      out.flush();
      JobResult result = job.run(spark);
      RunSummary summary = result.summary();
      out.printf("partitions: %d with documents, output in %s/part-*%n", result.activePartitions(), result.output());
      out.print(summary.format());
      result.corpusLines().forEach(out::println);
      out.flush();
      if (result.corpusError() != null) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("annalist-spark: the corpus stage failed: " + result.corpusError());
        err.flush();
      }
      return result.exitCode();
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AnnalistSpark.class.getPackage().getImplementationVersion();
      return new String[] {"annalist-spark " + (version == null ? "(development build)" : version)};
    }
  }
}
