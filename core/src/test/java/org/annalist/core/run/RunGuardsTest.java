package org.annalist.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps a batch run from reusing stale results or sharing its output folder. */
class RunGuardsTest {

  @TempDir Path temp;

  private AssembledPipeline pipeline(Path output, String annotatorParams) {
    String yaml = """
        reader: { component: test-texts, params: { texts: [a, b, BOOM, c] } }
        annotators:
          - component: test-fail
            params: { %s }
        consumers:
          - component: test-ids
            params: { targetLocation: "%s" }
        """.formatted(annotatorParams, output.toString().replace("\\", "/"));
    var spec = new PipelineLoader(Map.of()).parse("test.yaml", yaml);
    return PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
  }

  @Test
  void aResumeWithChangedParametersStopsBeforeReadingAndSaysWhatChanged() throws IOException {
    Path output = temp.resolve("out");
    new BatchRunner(pipeline(output, "failWhenContains: BOOM, ratio: 1.0"), RunOptions.defaults(output)).run();
    long recorded = Files.readAllLines(output.resolve("ids.txt")).size();

    assertThatThrownBy(() -> new BatchRunner(pipeline(output, "failWhenContains: BOOM, ratio: 0.5"),
        RunOptions.defaults(output)).run())
        .isInstanceOf(RunRefusedException.class)
        .hasMessageContaining("test-fail.ratio: 1.0 -> 0.5")
        .hasMessageContaining("--force")
        .hasMessageContaining("--output");
    assertThat(Files.readAllLines(output.resolve("ids.txt"))).hasSize((int) recorded);

    RunSummary same = new BatchRunner(pipeline(output, "failWhenContains: BOOM, ratio: 1.0"),
        RunOptions.defaults(output)).run();
    assertThat(same.skipped()).isEqualTo(3);
    RunSummary forced = new BatchRunner(pipeline(output, "failWhenContains: BOOM, ratio: 0.5"),
        RunOptions.defaults(output).withResume(false)).run();
    assertThat(forced.succeeded()).isEqualTo(3);
    RunSummary resumed = new BatchRunner(pipeline(output, "failWhenContains: BOOM, ratio: 0.5"),
        RunOptions.defaults(output)).run();
    assertThat(resumed.skipped()).isEqualTo(3);
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedNamingTheFirst() throws IOException {
    Path output = temp.resolve("out");
    try (RunLock held = RunLock.acquire(output, output.resolve(BatchRunner.RUN_DIRECTORY))) {
      assertThatThrownBy(() -> new BatchRunner(pipeline(output, ""), RunOptions.defaults(output)).run())
          .isInstanceOf(RunRefusedException.class)
          .hasMessageContaining("another run is using this output folder")
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("on host ")
          .hasMessageContaining("started 20");
      assertThat(output.resolve("ids.txt")).doesNotExist();
    }
  }

  @Test
  void theLockOfARunThatDiedIsTakenOverAndRemovedAtTheEnd() throws IOException {
    Path output = temp.resolve("out");
    Path lock = output.resolve(BatchRunner.RUN_DIRECTORY).resolve(RunLock.FILE_NAME);
    Files.createDirectories(lock.getParent());
    // what a killed run leaves: the file, without the operating system's lock
    Files.writeString(lock, "{\"pid\":999999,\"host\":\"elsewhere\",\"started\":\"2026-01-01T00:00:00Z\"}");

    RunSummary summary = new BatchRunner(pipeline(output, ""), RunOptions.defaults(output)).run();

    assertThat(summary.succeeded()).isEqualTo(4);
    assertThat(lock).doesNotExist();
  }

  @Test
  void everyRunWritesItsSummaryFile() throws IOException {
    Path output = temp.resolve("out");
    new BatchRunner(pipeline(output, "failWhenContains: BOOM"), RunOptions.defaults(output)).run();

    JsonNode summary = new ObjectMapper().readTree(output.resolve(RunSummaryFile.FILE_NAME).toFile());
    assertThat(summary.at("/documents/succeeded").asLong()).isEqualTo(3);
    assertThat(summary.at("/documents/failed").asLong()).isEqualTo(1);
    assertThat(summary.at("/exitCode").asInt()).isEqualTo(1);
    assertThat(summary.path("failuresByReason").fieldNames()).toIterable()
        .containsExactly("test-fail: found the marker BOOM");
    assertThat(summary.path("timePerComponent").fieldNames()).toIterable()
        .containsExactly("reader", "test-fail", "test-ids");
    assertThat(summary.path("pipelineFingerprint").asText()).hasSize(64);
    assertThat(summary.path("componentVersions").path("test-fail").asText()).contains("FailingAnnotator");
  }

  @Test
  void limitAndDryRun() throws IOException {
    Path output = temp.resolve("out");
    RunSummary dry = new BatchRunner(pipeline(output, ""), RunOptions.defaults(output).withDryRun(true)).run();
    assertThat(dry.read()).isEqualTo(4);
    assertThat(output).doesNotExist();

    RunSummary limited = new BatchRunner(pipeline(output, ""), RunOptions.defaults(output).withLimit(2)).run();
    assertThat(limited.read()).isEqualTo(2);
    assertThat(Files.readAllLines(output.resolve("ids.txt"))).containsExactlyInAnyOrder("doc-0", "doc-1");

    RunSummary dryAgain = new BatchRunner(pipeline(output, ""), RunOptions.defaults(output).withDryRun(true)).run();
    assertThat(dryAgain.read()).isEqualTo(2);
    assertThat(dryAgain.skipped()).isEqualTo(2);
  }

  @Test
  void aRunThatCannotStartLeavesNothingBehind() throws IOException {
    Path output = temp.resolve("out");
    AssembledPipeline pipeline = pipeline(output, "failAtStart: true");

    assertThatThrownBy(() -> new BatchRunner(pipeline, RunOptions.defaults(output).withThreads(2)).run())
        .isInstanceOf(PipelineConfigurationException.class)
        .hasMessageContaining("could not start");
    assertThat(output).doesNotExist();
  }

  static long files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).count();
    }
  }
}
