package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Spark command as a user runs it from a checkout with no Spark installation:
 * {@code bin/annalist-spark pipelines/news.yaml --master local[2] --input samples --output DIR},
 * Spark inside the launcher's JVM on the class path Maven wrote at package time.
 */
class LocalLauncherIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @Test
  void readmeCommandRunsTheNewsPipelineOnTheSamples() throws Exception {
    Path output = temp.resolve("out-spark");
    Path log = temp.resolve("launcher.log");
    ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("bin/annalist-spark").toString(),
        "pipelines/news.yaml", "--master", "local[2]", "--input", "samples", "--output", output.toString())
        .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ANNALIST_SPARK_LOCAL", "1");
    builder.environment().remove("SPARK_HOME");
    Process process = builder.start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as(out).isTrue();
    assertThat(out).doesNotContain("annalist-spark: building");
    assertThat(process.exitValue()).as(out).isZero();
    long succeeded = 0;
    try (Stream<Path> parts = Files.list(output)) {
      for (Path summary : parts.map(part -> part.resolve("run-summary.json")).filter(Files::exists).toList()) {
        JsonNode documents = new ObjectMapper().readTree(summary.toFile()).path("documents");
        assertThat(documents.path("failed").asInt(-1)).as(summary.toString()).isZero();
        succeeded += documents.path("succeeded").asLong();
      }
    }
    assertThat(succeeded).as(out).isGreaterThanOrEqualTo(5);
    assertThat(output.resolve("annalist.db")).isNotEmptyFile();
    assertThat(output.resolve("corpus/stories.jsonl")).exists();
  }
}
