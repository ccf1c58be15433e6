package org.annalist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineAssembler.EngineStep;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.annalist.spark.InputFormat;
import org.annalist.spark.JobResult;
import org.annalist.spark.SparkPipelineJob;
import org.annalist.type.MainContent;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.util.CasCreationUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One measurement in a fresh JVM (started by {@link WholeRunCommand} with {@code -Xmx1g}); prints
 * its figures as one JSON line starting with {@code PROBE }.
 */
@Command(name = "probe", hidden = true, description = "One measurement in this JVM (used by 'whole').")
final class Probe implements Callable<Integer> {

  static final String PREFIX = "PROBE ";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", description = "pipeline, tika, boilerplate or spark")
  String mode;

  @Option(names = "--pipeline")
  Path pipeline;

  @Option(names = "--input")
  Path input;

  @Option(names = "--output")
  Path output;

  @Option(names = "--threads", defaultValue = "1")
  int threads;

  @Option(names = "--data")
  Path data;

  @Option(names = "--master", defaultValue = "local[2]")
  String master;

  @Option(names = "--input-format", defaultValue = "FILES")
  InputFormat inputFormat;

  @Option(names = "--set")
  List<String> assignments = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("mode", mode);
    result.put("jvmStartMillis", ManagementFactory.getRuntimeMXBean().getUptime());
    result.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    double cpuAtStart = processCpuSeconds();
    double stolenAtStart = HostSteal.stolenSeconds();
    long startNanos = System.nanoTime();
    try (HeapWatch heap = new HeapWatch()) {
      switch (mode) {
        case "pipeline" -> pipeline(result);
        case "tika" -> tika(result);
        case "boilerplate" -> boilerplate(result);
        case "spark" -> spark(result);
        default -> throw new IllegalArgumentException("unknown probe mode " + mode);
      }
      double cpuSeconds = processCpuSeconds() - cpuAtStart;
      result.put("processCpuSeconds", cpuSeconds);
      // the share of this run's CPUs' time that the host gave to other guests
      double cpuCapacity = (System.nanoTime() - startNanos) / 1e9 * Runtime.getRuntime().availableProcessors();
      result.put("stolenShare", (HostSteal.stolenSeconds() - stolenAtStart) / cpuCapacity);
      if (result.get("documentsProcessed") instanceof Number processed && cpuSeconds > 0) {
        result.put("documentsPerCpuSecond", processed.doubleValue() / cpuSeconds);
      }
      result.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.gc();
      result.put("maxLiveHeapMiB", heap.maxLiveBytes() / 1048576.0);
      result.put("maxUsedHeapMiB", heap.maxUsedBytes() / 1048576.0);
      result.put("maxHeapMiB", heap.maxHeapBytes() / 1048576.0);
    }
    System.out.println(PREFIX + JSON.writeValueAsString(result));
    System.out.flush();
    return 0;
  }

  private void pipeline(Map<String, Object> result) throws IOException {
    ComponentRegistry registry = ComponentRegistry.load();
    AssembledPipeline assembled = PipelineFiles.assemble(pipeline, input, output, assignments, registry);
    RunSummary summary = new BatchRunner(assembled, RunOptions.defaults(output).withThreads(threads).withResume(false))
        .run();
    summarise(result, summary);
  }

  /** CPU time of this process, all threads (JIT and GC included). */
  static double processCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  static void summarise(Map<String, Object> result, RunSummary summary) {
    result.put("documentsProcessed", summary.succeeded() + summary.failed());
    result.put("read", summary.read());
    result.put("succeeded", summary.succeeded());
    result.put("failed", summary.failed());
    result.put("wallSeconds", summary.wallTime().toNanos() / 1e9);
    result.put("documentsPerSecond", summary.documentsPerSecond());
    summary.laterHalfDocumentsPerSecond().ifPresent(rate -> result.put("laterHalfDocumentsPerSecond", rate));
    Map<String, Double> perComponent = new LinkedHashMap<>();
    long documents = Math.max(1, summary.succeeded() + summary.failed());
    summary.nanosByComponent().forEach((component, nanos) -> perComponent.put(component, nanos / 1e6 / documents));
    result.put("millisPerDocumentByComponent", perComponent);
  }

  /** Tika's bare text extraction (AutoDetectParser to plain text) of every file, on N threads. */
  private void tika(Map<String, Object> result) throws Exception {
    List<Path> files = files(input);
    AutoDetectParser parser = new AutoDetectParser();
    AtomicInteger next = new AtomicInteger();
    AtomicLong characters = new AtomicLong();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long begin = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
          Path file = files.get(i);
          try (InputStream in = Files.newInputStream(file)) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            parser.parse(in, handler, metadata, new ParseContext());
            characters.addAndGet(handler.toString().length());
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - begin) / 1e9;
    result.put("documents", files.size());
    result.put("documentsProcessed", files.size());
    result.put("failed", failed.get());
    result.put("characters", characters.get());
    result.put("wallSeconds", seconds);
    result.put("documentsPerSecond", files.size() / seconds);
  }

  /**
   * boilerpipe's ArticleExtractor against the pipeline's boilerplate annotator on the aeb pages:
   * shingle precision, recall, F1 and pages per second (HTML parsing included for both).
   */
  private void boilerplate(Map<String, Object> result) throws Exception {
    Path pages = data.resolve("boilerplate/aeb-dev/html");
    JsonNode truth = JSON.readTree(data.resolve("boilerplate/aeb-dev/ground-truth.json").toFile());
    List<Path> files = files(pages);
    Map<String, String> boilerpipe = new LinkedHashMap<>();
    int boilerpipeFailures = 0;
    long begin = System.nanoTime();
    for (Path file : files) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        BodyContentHandler body = new BodyContentHandler(-1);
        BoilerpipeContentHandler handler = new BoilerpipeContentHandler(body,
            de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString().replace(".gz", ""));
        new AutoDetectParser().parse(in, handler, metadata, new ParseContext());
        boilerpipe.put(pageId(file), body.toString());
      } catch (Exception e) {
        boilerpipeFailures++;
        boilerpipe.put(pageId(file), "");
      }
    }
    double boilerpipeSeconds = (System.nanoTime() - begin) / 1e9;
    result.put("boilerpipe", score(boilerpipe, truth, boilerpipeSeconds));
    result.put("boilerpipeFailures", boilerpipeFailures);

    ComponentRegistry registry = ComponentRegistry.load();
    Path scratch = Files.createTempDirectory("annalist-aeb-");
    List<SharedCorpus.Source> sources = SharedCorpus.aebPages(data);
    for (SharedCorpus.Source source : sources) {
      Files.write(scratch.resolve(source.name()), source.bytes());
    }
    AssembledPipeline assembled = PipelineFiles.assemble(pipeline, scratch, null, assignments, registry);
    Map<String, String> ours = new LinkedHashMap<>();
    begin = System.nanoTime();
    CollectionReader reader = CollectionReaderFactory.createReader(assembled.reader());
    List<ProcessingResourceMetaData> metadata = new ArrayList<>();
    metadata.add(assembled.reader().getCollectionReaderMetaData());
    List<AnalysisEngine> engines = new ArrayList<>();
    for (EngineStep step : assembled.engines()) {
      metadata.add(step.description().getAnalysisEngineMetaData());
      engines.add(AnalysisEngineFactory.createEngine(step.description()));
    }
    CAS cas = CasCreationUtils.createCas(metadata);
    while (reader.hasNext()) {
      cas.reset();
      try {
        reader.getNext(cas);
        for (AnalysisEngine engine : engines) {
          engine.process(cas);
        }
        JCas jcas = cas.getJCas();
        StringBuilder text = new StringBuilder();
        for (MainContent main : JCasUtil.select(jcas, MainContent.class)) {
          text.append(main.getCoveredText()).append('\n');
        }
        String id = org.annalist.core.cas.DocumentMetadataAccess.documentId(jcas);
        ours.put(id.replace(".html", ""), text.toString());
      } catch (Exception e) {
        // a page that fails counts as an empty extraction
      }
    }
    double oursSeconds = (System.nanoTime() - begin) / 1e9;
    result.put("annalist", score(ours, truth, oursSeconds));
    result.put("annalistComponents", assembled.engines().stream().map(EngineStep::id).toList());
    CorpusGenerator.delete(scratch);
  }

  private static Map<String, Object> score(Map<String, String> extracted, JsonNode truth, double seconds) {
    double precision = 0;
    double recall = 0;
    int pages = 0;
    for (Map.Entry<String, JsonNode> entry : iterable(truth)) {
      String predicted = extracted.getOrDefault(entry.getKey(), "");
      ShingleScore.Score score = ShingleScore.of(predicted, entry.getValue().path("articleBody").asText());
      precision += score.precision();
      recall += score.recall();
      pages++;
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("pages", pages);
    figures.put("precision", precision / pages);
    figures.put("recall", recall / pages);
    figures.put("f1", ShingleScore.f1(precision / pages, recall / pages));
    figures.put("pagesPerSecond", extracted.size() / seconds);
    return figures;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }

  private static String pageId(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.indexOf('.'));
  }

  private void spark(Map<String, Object> result) throws IOException {
    long begin = System.nanoTime();
    org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.builder().master(master)
        .appName("annalist-bench").config("spark.ui.enabled", "false").getOrCreate();
    result.put("sessionSeconds", (System.nanoTime() - begin) / 1e9);
    try {
      JobResult job = SparkPipelineJob.run(spark, new SparkPipelineJob.Request(pipeline, input.toString(),
          output.toString(), assignments, inputFormat, null, 1, null, true, false, 256));
      summarise(result, job.summary());
      result.put("partitions", job.partitions().size());
    } finally {
      spark.stop();
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
          .toList();
    }
  }
}
