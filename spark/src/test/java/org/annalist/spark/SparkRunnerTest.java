package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineOverrides;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.FailureLog;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs pipelines on a real local[2] Spark session and compares with the local runner. */
class SparkRunnerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir
  Path temp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("annalist-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void filesGiveTheSameOutputAsTheLocalRunnerAndResume() throws IOException {
    Path corpus = corpus(temp.resolve("corpus"), 24);
    Path pipeline = pipeline("test-files");

    RunSummary local = runLocally(pipeline, corpus, temp.resolve("local"));
    JobResult result = runOnSpark(pipeline, corpus.toString(), temp.resolve("spark"), InputFormat.FILES, 3);
    RunSummary onSpark = result.summary();

    assertThat(local.succeeded()).isEqualTo(21);
    assertThat(local.failed()).isEqualTo(3);
    assertThat(onSpark.read()).isEqualTo(local.read());
    assertThat(onSpark.succeeded()).isEqualTo(local.succeeded());
    assertThat(onSpark.failed()).isEqualTo(local.failed());
    // documents go to partitions by the hash of their path, which holds the random temporary folder
    assertThat(result.activePartitions()).isBetween(2L, 3L);
    assertThat(partLines(temp.resolve("spark"), "documents.jsonl"))
        .containsExactlyElementsOf(sortedLines(temp.resolve("local/documents.jsonl")));
    assertThat(failedIds(partFiles(temp.resolve("spark"), FailureLog.FILE_NAME)))
        .isEqualTo(failedIds(List.of(temp.resolve("local").resolve(FailureLog.FILE_NAME))))
        .containsExactly("broken.txt", "doc-7.txt", "sub/empty.txt");
    assertThat(partLines(temp.resolve("spark"), "documents.jsonl")).allMatch(line -> !line.contains("hidden"));
    try (Stream<Path> written = Files.walk(corpus)) {
      assertThat(written.map(p -> p.getFileName().toString())).as("nothing is written into the input folder")
          .noneMatch(name -> name.endsWith(".lst"));
    }

    // a re-run skips what exists; a new file alone is processed, into the partition its path hashes to
    Files.writeString(corpus.resolve("sub/late.txt"), "A late arrival with seven words here.", StandardCharsets.UTF_8);
    JobResult again = runOnSpark(pipeline, corpus.toString(), temp.resolve("spark"), InputFormat.FILES, 5);
    assertThat(again.summary().succeeded()).isEqualTo(1);
    assertThat(again.summary().skipped()).isEqualTo(21);
    assertThat(again.summary().failed()).isEqualTo(3);
    assertThat(again.partitions()).hasSize(3);
    List<String> ids = partLines(temp.resolve("spark"), "documents.jsonl").stream()
        .map(line -> read(line).path("id").asText()).toList();
    assertThat(ids).hasSize(22).doesNotHaveDuplicates().contains("sub/late.txt");
  }

  @Test
  void jsonlRecordsGiveTheSameOutputAsTheLocalRunner() throws IOException {
    Path records = temp.resolve("records.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add(JSON.writeValueAsString(Map.of("id", "rec-" + i, "text", text(i), "url", "https://example.org/" + i)));
    }
    lines.add("{\"id\": \"no-text\"}");
    lines.add("not json at all");
    Files.write(records, lines, StandardCharsets.UTF_8);
    Path pipeline = pipeline("jsonl-records");

    RunSummary local = runLocally(pipeline, records, temp.resolve("local"));
    JobResult result = runOnSpark(pipeline, records.toString(), temp.resolve("spark"), InputFormat.JSONL, 4);

    assertThat(local.succeeded()).isEqualTo(29);
    assertThat(result.summary().succeeded()).isEqualTo(29);
    assertThat(result.summary().failed()).isEqualTo(local.failed()).isEqualTo(3);
    assertThat(partLines(temp.resolve("spark"), "documents.jsonl"))
        .containsExactlyElementsOf(sortedLines(temp.resolve("local/documents.jsonl")));
    assertThat(failedIds(partFiles(temp.resolve("spark"), FailureLog.FILE_NAME))).contains("no-text", "rec-7");
  }

  @Test
  void tikaReaderAndJsonlConsumerGiveTheSameLinesAsTheLocalRunner() throws IOException {
    Path samples = Path.of("../samples").toAbsolutePath().normalize();
    assertThat(samples).isDirectory();
    Path pipeline = temp.resolve("tika.yaml");
    Files.writeString(pipeline, """
        name: tika-jsonl
        reader:
          component: tika
          params:
            sourceLocation: .
            excludes: [README.md]
        consumers:
          - jsonl
        """, StandardCharsets.UTF_8);

    RunSummary local = runLocally(pipeline, samples, temp.resolve("local"));
    JobResult result = runOnSpark(pipeline, samples.toString(), temp.resolve("spark"), InputFormat.FILES, 2);

    List<String> expected = sortedLines(temp.resolve("local/documents.jsonl"));
    assertThat(local.succeeded()).isGreaterThanOrEqualTo(5);
    assertThat(expected).anyMatch(line -> read(line).path("id").asText().contains(".zip!/"))
        .noneMatch(line -> read(line).path("id").asText().equals("README.md"));
    assertThat(result.summary().succeeded()).isEqualTo(local.succeeded());
    assertThat(partLines(temp.resolve("spark"), "documents.jsonl")).containsExactlyElementsOf(expected);
  }

  @Test
  void idsAreRebasedWhenTheInputFolderIsLeftUntouched() throws IOException {
    Path corpus = corpus(temp.resolve("corpus"), 10);
    Path pipeline = pipeline("test-files");
    runLocally(pipeline, corpus, temp.resolve("local"));
    JobResult result = SparkPipelineJob.run(spark, new SparkPipelineJob.Request(pipeline, corpus.toString(),
        temp.resolve("spark").toString(), List.of(), InputFormat.FILES, 2, 1, null, false, true, 256));
    assertThat(result.summary().failed()).isEqualTo(3);
    assertThat(partLines(temp.resolve("spark"), "documents.jsonl"))
        .containsExactlyElementsOf(sortedLines(temp.resolve("local/documents.jsonl")));
    assertThat(failedIds(partFiles(temp.resolve("spark"), FailureLog.FILE_NAME)))
        .containsExactly("broken.txt", "doc-7.txt", "sub/empty.txt");
  }

  @Test
  void partitionsCheckpointAsThePipelineSays() throws IOException {
    Path pipeline = temp.resolve("checkpoints.yaml");
    Files.writeString(pipeline, """
        reader:
          component: test-files
          params:
            sourceLocation: .
        consumers:
          - test-lines
        run:
          checkpointEvery: 7
          checkpointSeconds: 3
        """, StandardCharsets.UTF_8);
    JobPlan plan = SparkPipelineJob.prepare(new SparkPipelineJob.Request(pipeline, temp.toString(),
        temp.resolve("out").toString(), List.of(), InputFormat.FILES, 2, 1, null, false, false, 256)).plan(null, Map.of());
    assertThat(plan.checkpointEvery()).isEqualTo(7);
    assertThat(plan.checkpointSeconds()).isEqualTo(3);

    JobPlan defaults = SparkPipelineJob.prepare(new SparkPipelineJob.Request(pipeline("test-files"),
        temp.toString(), temp.resolve("out").toString(), List.of(), InputFormat.FILES, 2, 1, null, false, false, 256))
        .plan(null, Map.of());
    assertThat(defaults.checkpointEvery()).isEqualTo(RunOptions.DEFAULT_CHECKPOINT_EVERY);
    assertThat(defaults.checkpointSeconds()).isEqualTo((int) RunOptions.DEFAULT_CHECKPOINT_INTERVAL.toSeconds());
  }

  @Test
  void commandLineRejectsABadPipelineBeforeSparkStarts() throws IOException {
    Path pipeline = temp.resolve("bad.yaml");
    Files.writeString(pipeline, "reader:\n  component: test-files\nannotators:\n  - test-wrods\n", StandardCharsets.UTF_8);
    assertThat(AnnalistSpark.execute(pipeline.toString(), "--input", temp.toString(), "--master", "local[1]"))
        .isEqualTo(2);
  }

  @Test
  void commandLineRunsLocally() throws IOException {
    Path corpus = corpus(temp.resolve("corpus"), 6);
    int exit = AnnalistSpark.execute(pipeline("test-files").toString(), "--master", "local[2]", "--input",
        corpus.toString(), "--output", temp.resolve("out").toString(), "--partitions", "2");
    assertThat(exit).isEqualTo(1);
    assertThat(partLines(temp.resolve("out"), "documents.jsonl")).hasSize(4);
    assertThat(spark.sparkContext().isStopped()).isFalse();
  }

  /**
   * The example plugin's built jar and DKPro Core's segmenter in its plugin folder (both copied by
   * the build into target/test-plugins, never on the class path): the driver loads them, the
   * executors get their jars, and their own types reach every partition's jsonl.
   */
  @Test
  void pluginsFromJarsRunOnSpark() throws IOException {
    Path plugins = Path.of(System.getProperty("annalist.test.plugins", "target/test-plugins"));
    Path corpus = Files.createDirectories(temp.resolve("plugin-corpus"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(corpus.resolve("doc-" + i + ".txt"),
          "Report " + i + " says a drone flew over the bridge. Nobody saw it land.\n", StandardCharsets.UTF_8);
    }
    Path pipeline = temp.resolve("plugins.yaml");
    Files.writeString(pipeline, """
        name: plugins-on-spark
        reader: { component: tika, params: { sourceLocation: . } }
        annotators:
          - org.dkpro.core.tokit.BreakIteratorSegmenter
          - component: keywords
            params: { keywords: [drone, bridge] }
        consumers: [ jsonl ]
        """, StandardCharsets.UTF_8);
    int exit = AnnalistSpark.execute(pipeline.toString(), "--master", "local[2]", "--plugins", plugins.toString(),
        "--input", corpus.toString(), "--output", temp.resolve("plugin-out").toString(), "--partitions", "2");
    assertThat(exit).isZero();
    List<String> lines = partLines(temp.resolve("plugin-out"), "documents.jsonl");
    assertThat(lines).hasSize(4);
    for (String line : lines) {
      JsonNode annotations = JSON.readTree(line).get("annotations");
      List<String> keywords = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      for (JsonNode annotation : annotations) {
        String type = annotation.get("type").asText();
        if (type.equals("org.annalist.example.type.Keyword")) {
          keywords.add(annotation.get("features").get("keyword").asText());
        } else if (type.equals("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence")) {
          sentences.add(annotation.get("text").asText());
        }
      }
      assertThat(keywords).containsExactly("drone", "bridge");
      assertThat(sentences).hasSize(2).last().isEqualTo("Nobody saw it land.");
    }
  }

  private static Path pipeline(String reader) throws IOException {
    Path file = Files.createTempFile("pipeline", ".yaml");
    Files.writeString(file, """
        name: spark-test
        reader:
          component: %s
          params:
            sourceLocation: .
        annotators:
          - test-words
          - component: test-fail
            params: { failWhenContains: "rec 7 " }
          - component: test-fail
            name: broken
            params: { failWhenContains: BROKEN }
        consumers:
          - test-lines
        """.formatted(reader), StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    return file;
  }

  private static RunSummary runLocally(Path pipeline, Path input, Path output) throws IOException {
    ComponentRegistry registry = ComponentRegistry.load();
    PipelineSpec spec = new PipelineLoader().load(pipeline);
    spec = PipelineOverrides.withInput(spec, input.toString());
    spec = PipelineOverrides.withOutput(spec, output.toString(), registry);
    var assembled = PipelineAssembler.assemble(new PipelineValidator(registry).validate(spec));
    return new BatchRunner(assembled, RunOptions.defaults(output).withThreads(2)).run();
  }

  private static JobResult runOnSpark(Path pipeline, String input, Path output, InputFormat format, int partitions)
      throws IOException {
    return SparkPipelineJob.run(spark, new SparkPipelineJob.Request(pipeline, input, output.toString(), List.of(),
        format, partitions, 1, null, false, false, 256));
  }

  private static Path corpus(Path folder, int count) throws IOException {
    Files.createDirectories(folder.resolve("sub"));
    for (int i = 0; i < count - 2; i++) {
      Path file = i % 3 == 0 ? folder.resolve("sub").resolve("doc-" + i + ".txt") : folder.resolve("doc-" + i + ".txt");
      Files.writeString(file, text(i), StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve("broken.txt"), "This one is BROKEN on purpose.", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("sub/empty.txt"), "", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(".hidden.txt"), "hidden text", StandardCharsets.UTF_8);
    return folder;
  }

  private static String text(int i) {
    return "Document " + i + " says rec " + i + " and " + "word ".repeat(i % 7) + "ends on 2022-01-07.";
  }

  private static List<Path> partFiles(Path output, String name) throws IOException {
    try (Stream<Path> parts = Files.list(output)) {
      return parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .map(p -> p.resolve(name)).filter(Files::exists).sorted().toList();
    }
  }

  private static List<String> partLines(Path output, String name) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path file : partFiles(output, name)) {
      lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
    return lines.stream().sorted().toList();
  }

  private static List<String> sortedLines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
  }

  private static TreeSet<String> failedIds(List<Path> files) throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        ids.add(read(line).path("id").asText());
      }
    }
    return ids;
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
