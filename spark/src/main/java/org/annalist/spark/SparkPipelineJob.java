package org.annalist.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.Located;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineOverrides;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.pipeline.ResolvedStep;
import org.annalist.core.pipeline.StepSpec;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.plugin.ParameterInfo;
import org.annalist.core.run.RunOptions;
import org.annalist.spark.corpus.SparkCorpusStage;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The driver side of {@code annalist-spark}: loads and validates the pipeline exactly as the
 * local runner does, splits the input into partitions by the hash of each file's path (or each
 * record's id), and runs {@link PartitionTask} on every partition.
 */
public final class SparkPipelineJob {

  private static final Logger LOG = LoggerFactory.getLogger(SparkPipelineJob.class);
  private static final String DEFAULT_OUTPUT = "output";
  /** Documents per partition above which the driver adds partitions beyond twice the cores. */
  private static final int DOCUMENTS_PER_PARTITION = 5000;

  /**
   * One run.
   *
   * @param pipelineFile the pipeline YAML
   * @param input files (folder, list file, glob, file) or JSON Lines; null: the reader's sourceLocation
   * @param output output folder; null: run.output, else {@code output}
   * @param assignments {@code --set} overrides
   * @param format what the input holds
   * @param partitions number of partitions; null: as the earlier run over this output, else from the cores
   * @param threadsPerTask worker threads per task
   * @param timeoutSeconds per-document time limit; null: run.timeoutSeconds, else 120
   * @param force process every document again
   * @param keepInputUntouched no longer needed: the input folder is never written to (kept for old scripts)
   * @param splitMegabytes web archives larger than this are read by several tasks, one per range
   */
  public record Request(Path pipelineFile, String input, String output, List<String> assignments, InputFormat format,
      Integer partitions, int threadsPerTask, Integer timeoutSeconds, boolean force, boolean keepInputUntouched,
      int splitMegabytes) {

    public Request {
      assignments = List.copyOf(assignments);
    }
  }

  private final Request request;
  private final ComponentRegistry registry;
  private final PipelineSpec spec;
  private final String sourceLocation;
  private final String idField;
  private final String output;
  private final int timeout;
  private final boolean resume;
  private final int checkpointEvery;
  private final int checkpointSeconds;
  private final List<ResolvedStep> consumers;

  private SparkPipelineJob(Request request, ComponentRegistry registry, PipelineSpec spec, String sourceLocation,
      String idField, String output, int timeout, boolean resume, ValidatedPipeline.RunSettings settings,
      List<ResolvedStep> consumers) {
    this.consumers = List.copyOf(consumers);
    this.request = request;
    this.registry = registry;
    this.spec = spec;
    this.sourceLocation = sourceLocation;
    this.idField = idField;
    this.output = output;
    this.timeout = timeout;
    this.resume = resume;
    this.checkpointEvery = settings.checkpointEvery() != null ? settings.checkpointEvery()
        : RunOptions.DEFAULT_CHECKPOINT_EVERY;
    this.checkpointSeconds = settings.checkpointSeconds() != null ? settings.checkpointSeconds()
        : (int) RunOptions.DEFAULT_CHECKPOINT_INTERVAL.toSeconds();
  }

  /**
   * Loads, overrides and validates the pipeline as the local runner does, before Spark starts.
   *
   * @throws org.annalist.core.pipeline.PipelineConfigurationException on any problem in the pipeline
   * @throws IllegalArgumentException when the reader cannot be split over partitions
   */
  public static SparkPipelineJob prepare(Request request) {
    ComponentRegistry registry = ComponentRegistry.load(Thread.currentThread().getContextClassLoader());
    PipelineSpec spec = new PipelineLoader().load(request.pipelineFile());
    if (request.format() == InputFormat.JSONL) {
      spec = withRecordReader(spec);
    } else if (request.format() == InputFormat.WARC) {
      spec = withWarcReader(spec);
    }
    if (request.input() != null) {
      String input = request.format() == InputFormat.FILES
          ? InputListing.toLocalPath(request.input()).toString() : request.input();
      spec = PipelineOverrides.withInput(spec, input);
    }
    if (request.output() != null) {
      spec = PipelineOverrides.withOutput(spec, absolute(request.output()), registry);
    }
    spec = PipelineOverrides.apply(spec, request.assignments());
    ValidatedPipeline validated = new PipelineValidator(registry).validate(spec);
    ValidatedPipeline.RunSettings settings = validated.settings();

    String output = absolute(request.output() != null ? request.output()
        : settings.output() != null ? settings.output() : DEFAULT_OUTPUT);
    if (!HadoopFiles.isRemote(output) && output.contains("://")) {
      throw new IllegalArgumentException("--output " + output + ": not a local folder nor a Hadoop file system URI");
    }
    Object source = validated.reader().values().get(ComponentParameters.SOURCE_LOCATION);
    if (!(source instanceof String sourceLocation)) {
      throw new IllegalArgumentException("the reader '" + validated.reader().id() + "' takes no "
          + ComponentParameters.SOURCE_LOCATION + ", so its input cannot be split over partitions: give a reader of"
          + " files (e.g. tika) or use --input-format jsonl");
    }
    if (settings.threads() != null || Boolean.TRUE.equals(settings.failFast())) {
      LOG.info("run.threads and run.failFast are local-runner settings; on Spark every task uses {} thread(s) and"
          + " failures are recorded per document", request.threadsPerTask());
    }
    int timeout = request.timeoutSeconds() != null ? request.timeoutSeconds()
        : settings.timeoutSeconds() != null ? settings.timeoutSeconds() : (int) RunOptions.DEFAULT_TIMEOUT.toSeconds();
    boolean resume = !request.force() && (settings.resume() == null || settings.resume());
    String idField = String.valueOf(validated.reader().values().getOrDefault(JsonlRecordReader.PARAM_ID_FIELD, "id"));
    return new SparkPipelineJob(request, registry, spec, sourceLocation, idField, output, timeout, resume, settings,
        validated.consumers());
  }

  /** Shortcut for {@code prepare(request).run(spark)}. */
  public static JobResult run(SparkSession spark, Request request) throws IOException {
    return prepare(request).run(spark);
  }

  /** The output folder: an absolute local path or a Hadoop file system URI. */
  public String output() {
    return output;
  }

  /** Runs the pipeline to the end of the input. */
  public JobResult run(SparkSession spark) throws IOException {
    long begin = System.nanoTime();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    context.setJobDescription("annalist " + spec.name());
    JavaPairRDD<String, String> documents;
    String idBase = null;
    int partitions;
    Map<String, String> hadoopSettings = HadoopFiles.settings(spark.sparkContext().getConf());
    if (request.format() == InputFormat.WARC) {
      List<String> splits = WarcSplits.list(sourceLocation, spark.sparkContext().hadoopConfiguration(), splitBytes());
      partitions = partitions(splits.size(), context.defaultParallelism());
      int slices = Math.max(1, Math.min(partitions, splits.size()));
      documents = context.parallelize(splits, slices).mapToPair(line -> new Tuple2<>(splitKey(line), line));
      LOG.info("{} archive splits in {} partitions", splits.size(), partitions);
    } else if (request.format() == InputFormat.FILES) {
      InputListing listing = InputListing.of(sourceLocation);
      idBase = listing.idBase().toString();
      partitions = partitions(listing.files().size(), context.defaultParallelism());
      int slices = Math.max(1, Math.min(partitions, listing.files().size()));
      documents = context.parallelize(listing.files(), slices).mapToPair(path -> new Tuple2<>(path, path));
      LOG.info("{} files in {} partitions", listing.files().size(), partitions);
    } else {
      String field = idField;
      JavaRDD<String> lines = context.textFile(sourceLocation).filter(line -> !line.isBlank());
      partitions = partitions(-1,
          Math.max(context.defaultParallelism(), lines.getNumPartitions()));
      documents = lines.mapToPair(line -> new Tuple2<>(RecordKeys.idOf(line, field), line));
    }
    new JobState(partitions, request.format()).write(output, hadoopSettings);

    JobPlan plan = plan(idBase, hadoopSettings);
    List<PartitionOutcome> outcomes = new ArrayList<>(documents
        .partitionBy(new HashPartitioner(partitions))
        .mapPartitionsWithIndex(new PartitionTask(plan), false)
        .collect());
    outcomes.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
    Duration documentsTime = Duration.ofNanos(System.nanoTime() - begin);
    if (spec.corpus() == null) {
      return new JobResult(output, outcomes, documentsTime);
    }
    context.setJobDescription("annalist corpus stage");
    try {
      List<String> lines = SparkCorpusStage.run(spark, spec.corpus(), consumers, output, HadoopFiles.isRemote(output));
      return new JobResult(output, outcomes, documentsTime, lines, null);
    } catch (Exception e) {
      LOG.error("the corpus stage failed", e);
      return new JobResult(output, outcomes, documentsTime, List.of(), e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** What every partition is told; {@code idBase} as in {@link JobPlan}. */
  JobPlan plan(String idBase, Map<String, String> hadoopSettings) {
    return new JobPlan(PortablePipeline.of(absolutePaths(spec, registry)), request.format(), output,
        idBase, request.threadsPerTask(), timeout, resume, checkpointEvery, checkpointSeconds,
        false, new LinkedHashMap<>(hadoopSettings));
  }

  /** A split's partitioning key: file and first byte, so that a re-run puts it in the same partition. */
  private static String splitKey(String line) {
    String[] fields = line.split("\t", 4);
    return fields[3] + "@" + fields[1];
  }

  private long splitBytes() {
    return request.splitMegabytes() * 1024L * 1024L;
  }

  private int partitions(long documents, int parallelism) {
    JobState previous = resume ? JobState.read(output, Map.of()) : null;
    if (previous != null && previous.format() == request.format() && previous.partitions() > 0) {
      if (request.partitions() != null && request.partitions() != previous.partitions()) {
        LOG.warn("{} was written with {} partitions; keeping them so that each partition resumes from its own"
            + " ledger (use --force to start afresh with {})", output, previous.partitions(), request.partitions());
      }
      return previous.partitions();
    }
    if (request.partitions() != null) {
      if (request.partitions() < 1) {
        throw new IllegalArgumentException("--partitions must be at least 1");
      }
      return request.partitions();
    }
    int byCores = Math.max(1, 2 * parallelism);
    if (documents < 0) {
      return byCores;
    }
    long bySize = (documents + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION;
    return (int) Math.max(1, Math.min(Math.max(documents, 1), Math.max(byCores, bySize)));
  }

  /**
   * Reads web archives from any Hadoop file system: the pipeline's {@code warc} reader keeps its
   * parameters (charset, limits ...), any other reader is replaced.
   */
  private static PipelineSpec withWarcReader(PipelineSpec spec) {
    StepSpec reader = spec.reader();
    Map<String, Located> params = reader.component().equals("warc")
        || reader.component().equals(org.annalist.reader.warc.WarcCollectionReader.class.getName())
        ? new LinkedHashMap<>(reader.params()) : new LinkedHashMap<>();
    params.remove(ComponentParameters.SOURCE_LOCATION);
    params.remove("includes");
    params.remove("excludes");
    params.remove("sourceIsList");
    StepSpec splits = new StepSpec(reader.id(), SparkComponents.WARC_SPLITS, ComponentKind.READER, params,
        reader.line());
    return spec.withSteps(splits, spec.annotators(), spec.consumers(), spec.run());
  }

  /** Replaces the pipeline's reader by the JSON Lines record reader (unless it is that already). */
  private static PipelineSpec withRecordReader(PipelineSpec spec) {
    StepSpec reader = spec.reader();
    if (reader.component().equals(SparkComponents.JSONL_RECORDS)
        || reader.component().equals(JsonlRecordReader.class.getName())) {
      return spec;
    }
    StepSpec records = new StepSpec(reader.id(), SparkComponents.JSONL_RECORDS, ComponentKind.READER, Map.of(),
        reader.line());
    return spec.withSteps(records, spec.annotators(), spec.consumers(), spec.run());
  }

  /**
   * Makes every relative file path absolute as seen from the driver (executors run elsewhere),
   * and writes out consumers' default targets so that they can be moved into part folders.
   */
  private static PipelineSpec absolutePaths(PipelineSpec spec, ComponentRegistry registry) {
    List<StepSpec> annotators = new ArrayList<>();
    for (StepSpec step : spec.annotators()) {
      annotators.add(absolutePaths(step, registry));
    }
    List<StepSpec> consumers = new ArrayList<>();
    for (StepSpec step : spec.consumers()) {
      consumers.add(absolutePaths(step, registry));
    }
    return spec.withSteps(absolutePaths(spec.reader(), registry), annotators, consumers, spec.run());
  }

  private static StepSpec absolutePaths(StepSpec step, ComponentRegistry registry) {
    Map<String, ParameterInfo> declared = PartitionPipeline.parameters(registry, step);
    Map<String, Located> params = new LinkedHashMap<>(step.params());
    ParameterInfo target = declared.get(ComponentParameters.TARGET_LOCATION);
    if (step.kind() == ComponentKind.CONSUMER && target != null && !params.containsKey(target.name())
        && !target.defaultValues().isEmpty()) {
      params.put(target.name(), new Located(target.defaultValues().get(0), step.line()));
    }
    StepSpec result = step;
    for (Map.Entry<String, Located> entry : params.entrySet()) {
      ParameterInfo parameter = declared.get(entry.getKey());
      boolean names = parameter != null && (parameter.inputPath()
          || parameter.name().equals(ComponentParameters.TARGET_LOCATION)
          || parameter.name().equals(ComponentParameters.SOURCE_LOCATION));
      Object value = entry.getValue().value();
      if (names && value instanceof String text && !PathValues.isUrl(text)) {
        result = result.withParam(entry.getKey(), new Located(absolute(text), entry.getValue().line()));
      } else if (!step.params().containsKey(entry.getKey())) {
        result = result.withParam(entry.getKey(), entry.getValue());
      }
    }
    return result;
  }

  private static String absolute(String path) {
    return PathValues.isUrl(path) ? path : Path.of(path).toAbsolutePath().normalize().toString();
  }
}
