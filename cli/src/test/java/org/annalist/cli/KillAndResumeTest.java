package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a running {@code annalist run} process with SIGKILL part-way, restarts it, and checks that
 * every document is in the output exactly once.
 */
class KillAndResumeTest {

  private static final int DOCUMENTS = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aKilledRunResumesWithoutLosingOrDuplicatingDocuments() throws Exception {
    Path output = dir.resolve("out");
    Path pipeline = dir.resolve("slow.yaml");
    Files.writeString(pipeline, """
        name: slow
        reader: { component: test-texts, params: { texts: [a slow text, another slow text], count: %d } }
        annotators:
          - component: test-fail
            params: { sleepWhenContains: slow, sleepMillis: 15 }
        consumers:
          - component: jsonl
            params: { targetLocation: "%s" }
        """.formatted(DOCUMENTS, output.toString().replace("\\", "/")));

    Process first = startRun(pipeline, output);
    waitForSomeOutput(output.resolve("documents.jsonl"), first);
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int writtenBeforeKill = lines(output.resolve("documents.jsonl")).size();
    assertThat(writtenBeforeKill).as("the first run was killed part-way").isBetween(1, DOCUMENTS - 1);

    Process second = startRun(pipeline, output);
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();

    List<String> ids = new ArrayList<>();
    for (String line : lines(output.resolve("documents.jsonl"))) {
      JsonNode node = JSON.readTree(line);
      ids.add(node.get("id").asText());
    }
    Set<String> unique = new HashSet<>(ids);
    assertThat(ids).as("no document written twice").hasSameSizeAs(unique);
    assertThat(unique).as("no document lost").hasSize(DOCUMENTS);
  }

  private Process startRun(Path pipeline, Path output) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Annalist.class.getName(), "run", pipeline.toString(), "--output", output.toString(), "--threads", "2",
        "--no-progress");
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("run-" + System.nanoTime() + ".log").toFile());
    return builder.start();
  }

  private static void waitForSomeOutput(Path file, Process process) throws InterruptedException, IOException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && process.isAlive()) {
      if (Files.exists(file) && lines(file).size() >= 20) {
        return;
      }
      Thread.sleep(50);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file)
        ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList()
        : List.of();
  }
}
