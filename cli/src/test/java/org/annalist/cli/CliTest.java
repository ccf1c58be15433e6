package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir
  Path dir;

  private Path pipeline(String yaml) throws IOException {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private Path testPipeline() throws IOException {
    return pipeline("""
        name: test
        reader:
          component: test-texts
          params:
            texts: [first, second BOOM, third]
        annotators:
          - component: test-fail
            params:
              failWhenContains: BOOM
        consumers:
          - component: test-ids
            params:
              targetLocation: unused
        """);
  }

  @Test
  void versionAndHelp() {
    assertThat(CliRunner.run("--version").out()).startsWith("annalist ");
    CliRunner.Result help = CliRunner.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("run", "validate", "components", "eval");
    assertThat(CliRunner.run("run", "--help").out()).contains("--threads", "--set", "--force", "--fail-fast");
  }

  @Test
  void validateAcceptsAGoodPipeline() throws IOException {
    CliRunner.Result result = CliRunner.run("validate", testPipeline().toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("valid pipeline 'test'", "annotator:  test-fail");
  }

  @Test
  void validateReportsFileAndLineWithExitCode2() throws IOException {
    Path file = pipeline("""
        reader: test-texts
        annotators:
          - component: test-fail
            params:
              failWhenContain: x
        """);
    CliRunner.Result result = CliRunner.run("validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(file + ":5: annotator 'test-fail' has no parameter 'failWhenContain'"
        + " (did you mean 'failWhenContains'?)");
  }

  @Test
  void missingPipelineFileIsAConfigurationError() {
    CliRunner.Result result = CliRunner.run("run", dir.resolve("nope.yaml").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nope.yaml: pipeline file not found");
  }

  @Test
  void runIsolatesAFailingDocumentAndExitsWith1() throws IOException {
    Path output = dir.resolve("out");
    CliRunner.Result result = CliRunner.run("run", testPipeline().toString(), "--output", output.toString(),
        "--threads", "2", "--no-progress");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("3 read, 2 succeeded, 1 failed, 0 skipped", "time per component");
    assertThat(Files.readAllLines(output.resolve("ids.txt"))).containsExactlyInAnyOrder("doc-0", "doc-2");
    assertThat(Files.readString(output.resolve("failures.jsonl"))).contains("doc-1", "test-fail");
  }

  @Test
  void setOverridesAndRerunsSkipCompletedDocuments() throws IOException {
    Path output = dir.resolve("out");
    String[] args = {"run", testPipeline().toString(), "--output", output.toString(), "--no-progress",
        "--set", "annotators.test-fail.failWhenContains=NOTHING"};
    assertThat(CliRunner.run(args).exitCode()).isZero();
    CliRunner.Result again = CliRunner.run(args);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 succeeded, 0 failed, 3 skipped");
  }

  @Test
  void badSetIsAConfigurationError() throws IOException {
    CliRunner.Result result = CliRunner.run("run", testPipeline().toString(), "--set", "annotators.nope.x=1");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--set: 'annotators.nope.x': no step named 'nope'");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRunner.Result result = CliRunner.run("run", "--thread", "2", "x.yaml");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--thread");
  }

  @Test
  void componentsListsParametersWithTypesAndDefaults() {
    CliRunner.Result result = CliRunner.run("components");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("test-fail", "sleepMillis (integer, default 0): How long to sleep.");
    assertThat(CliRunner.run("components", "--json", "--kind", "READER").out()).contains("\"name\" : \"test-texts\"");
  }
}
