package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The harness runs end to end on 5 documents (no benchmark is timed here). */
class HarnessSmokeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  @Test
  void generatesACorpusAndProbesThePipelineAndTika() throws Exception {
    Path data = SharedData.require("seeds").getParent();
    Path corpus = CorpusGenerator.generate(SharedCorpus.seedTexts(data), 5, temp.resolve("corpus"));
    try (var files = Files.walk(corpus)) {
      assertThat(files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")))
          .hasSize(5);
    }
    Path yaml = PipelineFiles.defaultPipeline(temp, ComponentRegistry.load());

    JsonNode pipeline = probe("pipeline", "--pipeline", yaml.toString(), "--input", corpus.toString(), "--output",
        temp.resolve("out").toString(), "--threads", "2");
    assertThat(pipeline.path("succeeded").asInt()).isEqualTo(5);
    assertThat(pipeline.path("documentsPerSecond").asDouble()).isPositive();
    assertThat(pipeline.path("maxUsedHeapMiB").asDouble()).isPositive();

    JsonNode tika = probe("tika", "--input", corpus.toString(), "--threads", "2");
    assertThat(tika.path("documents").asInt()).isEqualTo(5);
    assertThat(tika.path("failed").asInt()).isZero();
    assertThat(tika.path("characters").asLong()).isGreaterThan(5 * 1000);
  }

  @Test
  void shinglesScoreOverlap() {
    String truth = "the quick brown fox jumps over the lazy dog";
    assertThat(ShingleScore.of(truth, truth)).isEqualTo(new ShingleScore.Score(1, 1));
    ShingleScore.Score half = ShingleScore.of("the quick brown fox jumps", truth);
    assertThat(half.precision()).isEqualTo(1.0);
    assertThat(half.recall()).isEqualTo(2.0 / 6);
    assertThat(ShingleScore.of("", truth).precision()).isZero();
  }

  @Test
  void reportShowsScalingAndRatios() throws Exception {
    JsonNode results = JSON.readTree("""
        {"documents": 5, "cores": 2, "heap": "1g", "java": "test",
         "htmlThreads1": {"documentsPerSecond": 100, "maxLiveHeapMiB": 80, "maxUsedHeapMiB": 300, "failed": 0},
         "htmlThreads2": {"documentsPerSecond": 180, "laterHalfDocumentsPerSecond": 195.5, "maxLiveHeapMiB": 90, "maxUsedHeapMiB": 310, "failed": 0},
         "tikaThreads1": {"documentsPerSecond": 400},
         "tikaThreads2": {"documentsPerSecond": 720}}
        """);
    String report = Report.markdown(results);
    assertThat(report).contains("| whole pipeline, aeb pages (HTML) | 2 | 180.0 | 195.5 | 90.0 | 90 % of linear |")
        .contains("| whole pipeline, aeb pages (HTML) | 1 | 100.0 |  | 100.0 |")
        .contains("= 0.25 (1 thread), 0.25 (2 threads)");
  }

  private static JsonNode probe(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(new CommandLine(new Bench()).execute(prepend("probe", args))).isZero();
    } finally {
      System.setOut(original);
    }
    String line = List.of(captured.toString(StandardCharsets.UTF_8).split("\n")).stream()
        .filter(l -> l.startsWith(Probe.PREFIX)).findFirst().orElseThrow();
    return JSON.readTree(line.substring(Probe.PREFIX.length()));
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
