package org.annalist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.core.plugin.ComponentRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Whole runs, each in a fresh JVM with a 1 GiB heap: the whole pipeline on replicated seed
 * articles (plain text) and on replicated benchmark pages (HTML) with 1 and 2 threads, start-up
 * time, Tika's bare text extraction of the same HTML, boilerpipe against the boilerplate
 * annotator, and Spark local[2] against the local runner.
 */
@Command(name = "whole", mixinStandardHelpOptions = true,
    description = "Whole-pipeline benchmark: throughput with 1 and 2 threads, heap, start-up, baselines, Spark.")
final class WholeRunCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--quick", description = "CI-sized: 200 documents per corpus instead of 10,000.")
  boolean quick;

  @Option(names = "--documents", paramLabel = "N", description = "Documents per generated corpus (default 10000, --quick 200).")
  Integer documents;

  @Option(names = "--pipeline", paramLabel = "YAML",
      description = "Pipeline to measure (default: tika, boilerplate, segmenter, dates, persons, geolocation, quotes, sql, as far as present).")
  Path pipeline;

  @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ../shared/data).")
  String data;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-work",
      description = "Scratch folder for generated corpora and outputs (never commit it). Default: ${DEFAULT-VALUE}.")
  Path work;

  @Option(names = "--heap", defaultValue = "1g", description = "Heap of every measured JVM. Default: ${DEFAULT-VALUE}.")
  String heap;

  @Option(names = "--pin", negatable = true, defaultValue = "true",
      description = "Pin a run with N threads to N cores with taskset (default; --no-pin lets every run use all cores).")
  boolean pin = true;

  @Option(names = "--skip", split = ",", paramLabel = "PART",
      description = "Parts to leave out: text, html, warc, tika, startup, boilerplate, spark, storage (or only "
          + "storage-text, storage-html).")
  List<String> skip = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    int count = documents != null ? documents : quick ? 200 : 10_000;
    Path root = SharedCorpus.dataRoot(data);
    Files.createDirectories(work);
    work = work.toAbsolutePath().normalize();
    Path yaml = pipeline != null ? pipeline.toAbsolutePath()
        : PipelineFiles.defaultPipeline(work, ComponentRegistry.load());
    PrintStream log = System.err;
    log.println("pipeline: " + yaml + "\n" + Files.readString(yaml));
    ChildJvm jvm = new ChildJvm(heap, log, pin);
    ObjectNode results = JSON.createObjectNode();
    results.put("documents", count);
    results.put("pipeline", Files.readString(yaml));
    results.put("cores", Runtime.getRuntime().availableProcessors());
    results.put("heap", heap);
    results.put("jvmOptions", String.join(" ", ChildJvm.launcherOptions()));
    results.put("pinned", pin);
    results.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));

    Path text = CorpusGenerator.generate(SharedCorpus.seedTexts(root), count, work.resolve("corpus-text-" + count));
    Path html = CorpusGenerator.generate(SharedCorpus.aebPages(root), count, work.resolve("corpus-html-" + count));
    if (!skip.contains("startup")) {
      Path one = CorpusGenerator.generate(SharedCorpus.seedTexts(root), 1, work.resolve("corpus-one"));
      ChildJvm.Outcome outcome = jvm.run(pipelineArgs(yaml, one, work.resolve("out-startup"), 1), false);
      ObjectNode startup = results.putObject("startup");
      startup.put("processSeconds", outcome.processSeconds());
      startup.put("jvmStartMillis", outcome.figures().path("jvmStartMillis").asDouble());
      startup.put("runSecondsOneDocument", outcome.figures().path("wallSeconds").asDouble());
      startup.put("processCpuSeconds", outcome.figures().path("processCpuSeconds").asDouble());
      startup.put("maxLiveHeapMiB", outcome.figures().path("maxLiveHeapMiB").asDouble());
      log.printf(Locale.ROOT, "start-up: %.2f s for one document in a fresh JVM%n", outcome.processSeconds());
    }
    for (String corpus : List.of("text", "html")) {
      if (skip.contains(corpus)) {
        continue;
      }
      Path input = corpus.equals("text") ? text : html;
      for (int threads : new int[] {1, 2}) {
        ChildJvm.Outcome outcome = jvm.run(pipelineArgs(yaml, input, work.resolve("out-" + corpus + "-" + threads),
            threads), false);
        results.set(corpus + "Threads" + threads, outcome.figures());
        log.printf(Locale.ROOT, "%s, %d thread(s): %.1f documents/s (later half %.1f)%n", corpus, threads,
            outcome.figures().path("documentsPerSecond").asDouble(),
            outcome.figures().path("laterHalfDocumentsPerSecond").asDouble(Double.NaN));
      }
    }
    if (!skip.contains("storage") && pipeline == null) {
      // same corpus, same annotators: without a consumer, with SQLite, with PostgreSQL
      StorageShare share = new StorageShare(jvm, work, log);
      Path annotatorsOnly = StorageShare.withoutConsumers(yaml, work);
      if (!skip.contains("storage-text")) {
        share.measure(annotatorsOnly, yaml, text, "text", results);
      }
      if (!skip.contains("storage-html")) {
        share.measure(annotatorsOnly, yaml, html, "html", results);
      }
    }
    if (!skip.contains("tika")) {
      for (int threads : new int[] {1, 2}) {
        ChildJvm.Outcome outcome = jvm.run(List.of("tika", "--input", html.toString(), "--threads",
            String.valueOf(threads)), false);
        results.set("tikaThreads" + threads, outcome.figures());
        log.printf(Locale.ROOT, "Tika bare text, %d thread(s): %.1f documents/s%n", threads,
            outcome.figures().path("documentsPerSecond").asDouble());
      }
    }
    if (!skip.contains("boilerplate")) {
      Path boilerplateYaml = work.resolve("bench-boilerplate.yaml");
      boolean present = ComponentRegistry.load().find(org.annalist.core.plugin.ComponentKind.ANNOTATOR, "boilerplate")
          .isPresent();
      if (present) {
        Files.writeString(boilerplateYaml, "name: bench-boilerplate\nreader:\n  component: tika\n  params:\n"
            + "    sourceLocation: .\nannotators:\n  - boilerplate\nconsumers: []\n", StandardCharsets.UTF_8);
        ChildJvm.Outcome outcome = jvm.run(List.of("boilerplate", "--data", root.toString(), "--pipeline",
            boilerplateYaml.toString()), false);
        results.set("boilerplate", outcome.figures());
        log.println("boilerplate: " + outcome.figures());
      } else {
        log.println("boilerplate: the boilerplate annotator is not in this build; skipped");
      }
    }
    if (!skip.contains("warc")) {
      // the same pages as records of web archives: local runner on WARC against on files, Spark on WARC against local
      Path warc = WarcCorpus.build(html, work.resolve("corpus-warc-" + count), 4);
      Path warcYaml = PipelineFiles.withReader(yaml, "warc", work.resolve("bench-news-warc.yaml"));
      for (String corpus : List.of("html", "warc")) {
        ChildJvm.Outcome outcome = jvm.run(pipelineArgs(corpus.equals("warc") ? warcYaml : yaml,
            corpus.equals("warc") ? warc : html, work.resolve("out-pair-" + corpus), 2), false);
        results.set("pair" + corpus + "Threads2", outcome.figures());
        log.printf(Locale.ROOT, "%s, 2 threads: %.1f documents/s%n", corpus,
            outcome.figures().path("documentsPerSecond").asDouble());
      }
      CorpusGenerator.delete(work.resolve("out-spark-warc"));
      ChildJvm.Outcome outcome = jvm.run(List.of("spark", "--pipeline", warcYaml.toString(), "--input", warc.toString(),
          "--output", work.resolve("out-spark-warc").toString(), "--master", "local[2]", "--input-format", "WARC"), true);
      results.set("sparkWarcLocal2", outcome.figures());
      double files = rate(results.get("pairhtmlThreads2"));
      double archives = rate(results.get("pairwarcThreads2"));
      double spark = rate(outcome.figures());
      log.printf(Locale.ROOT, "WARC against files (local, 2 threads): %.3f; Spark local[2] on WARC against local: %.3f%n",
          archives / files, spark / archives);
    }
    if (!skip.contains("spark") && !skip.contains("html")) {
      CorpusGenerator.delete(work.resolve("out-spark"));
      ChildJvm.Outcome outcome = jvm.run(List.of("spark", "--pipeline", yaml.toString(), "--input", html.toString(),
          "--output", work.resolve("out-spark").toString(), "--master", "local[2]"), true);
      results.set("sparkLocal2", outcome.figures());
      log.printf(Locale.ROOT, "Spark local[2]: %.1f documents/s (session start %.1f s)%n",
          outcome.figures().path("documentsPerSecond").asDouble(), outcome.figures().path("sessionSeconds").asDouble());
    }
    Files.writeString(work.resolve("results.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    String report = Report.markdown(results);
    Files.writeString(work.resolve("report.md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
    log.println("figures in " + work.resolve("results.json") + " and " + work.resolve("report.md"));
    return 0;
  }

  private static List<String> pipelineArgs(Path yaml, Path input, Path output, int threads) throws java.io.IOException {
    CorpusGenerator.delete(output);
    return List.of("pipeline", "--pipeline", yaml.toString(), "--input", input.toString(), "--output",
        output.toString(), "--threads", String.valueOf(threads));
  }

  static double rate(JsonNode node) {
    return node == null ? Double.NaN : node.path("documentsPerSecond").asDouble(Double.NaN);
  }
}
