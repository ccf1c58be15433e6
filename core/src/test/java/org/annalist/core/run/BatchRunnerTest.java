package org.annalist.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

  @TempDir
  Path output;

  private AssembledPipeline pipeline(String texts, int count, String annotatorParams) {
    return pipeline(texts, count, annotatorParams, null);
  }

  private AssembledPipeline pipeline(String texts, int count, String annotatorParams, Path textFile) {
    String file = textFile == null ? "" : ", textFile: \"" + textFile.toString().replace("\\", "/") + "\"";
    String yaml = """
        reader: { component: test-texts, params: { texts: [%s], count: %d%s } }
        annotators:
          - component: test-fail
            params: { %s }
        consumers:
          - component: test-ids
            params: { targetLocation: "%s" }
        """.formatted(texts, count, file, annotatorParams, output.toString().replace("\\", "/"));
    var spec = new PipelineLoader(Map.of()).parse("test.yaml", yaml);
    return PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
  }

  private List<String> recordedIds() throws IOException {
    Path file = output.resolve("ids.txt");
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  private RunOptions options(int threads) {
    return RunOptions.defaults(output).withThreads(threads);
  }

  @Test
  void everyDocumentIsProcessedExactlyOnceAcrossThreads() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("a, b, c", 200, ""), options(3)).run();
    assertThat(summary.succeeded()).isEqualTo(200);
    assertThat(summary.exitCode()).isZero();
    assertThat(recordedIds()).hasSize(200).doesNotHaveDuplicates();
    assertThat(summary.nanosByComponent()).containsKeys("test-fail", "test-ids");
  }

  @Test
  void theSummaryGivesTheLaterHalfsThroughput() throws IOException {
    // 400 documents of at least 5 ms each on one thread: sampled every 200 ms, at most 200 per second
    RunSummary summary = new BatchRunner(pipeline("a", 400, "sleepWhenContains: a, sleepMillis: 5"), options(1)).run();
    assertThat(summary.succeeded()).isEqualTo(400);
    assertThat(summary.laterHalfDocumentsPerSecond()).isPresent();
    assertThat(summary.laterHalfDocumentsPerSecond().getAsDouble()).isPositive().isLessThanOrEqualTo(200.0);
    assertThat(summary.format()).contains("later half of the documents: ");
  }

  @Test
  void aFailingDocumentIsRecordedAndTheOthersAreWritten() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("ok, BOOM, fine", 0, "failWhenContains: BOOM"), options(2)).run();
    assertThat(summary.succeeded()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(recordedIds()).containsExactlyInAnyOrder("doc-0", "doc-2");
    String failures = Files.readString(output.resolve(FailureLog.FILE_NAME));
    assertThat(failures).contains("\"id\":\"doc-1\"", "\"component\":\"test-fail\"", "found the marker BOOM");
  }

  @Test
  void anUnreadableDocumentIsRecordedAndTheRunGoesOn() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("a, '<unreadable>', b", 0, ""), options(1)).run();
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(recordedIds()).containsExactlyInAnyOrder("doc-0", "doc-2");
    assertThat(Files.readString(output.resolve(FailureLog.FILE_NAME))).contains("doc-1", "unreadable");
  }

  @Test
  void aDocumentThatTakesTooLongTimesOutAndTheRunGoesOn() throws IOException {
    RunOptions options = options(1).withTimeout(Duration.ofMillis(500));
    RunSummary summary = new BatchRunner(pipeline("a, SLOW, b, c", 0, "sleepWhenContains: SLOW, sleepMillis: 4000"), options).run();
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.succeeded()).isEqualTo(3);
    assertThat(recordedIds()).containsExactlyInAnyOrder("doc-0", "doc-2", "doc-3");
    // doc-0 went through the worker that got stuck, which never reached a checkpoint: it runs again on resume
    Path ledger = output.resolve(BatchRunner.RUN_DIRECTORY).resolve(CompletionLedger.FILE_NAME);
    assertThat(Files.readString(ledger)).contains("doc-2\t", "doc-3\t").doesNotContain("doc-0\t", "doc-1\t");
    assertThat(Files.readString(output.resolve(FailureLog.FILE_NAME))).contains("doc-1", "timed out");
  }

  @Test
  void aComponentFailingAtTheEndOfTheRunIsReportedWithExitCode1() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("a, b", 0, "failAtEnd: true"), options(1)).run();
    assertThat(summary.succeeded()).isEqualTo(2);
    assertThat(summary.endOfRunErrors()).isEqualTo(1);
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(summary.format()).contains("1 component(s) failed when the run ended")
        .doesNotContain("--fail-fast");
    assertThat(Files.readString(output.resolve(FailureLog.FILE_NAME))).contains("(end of run)", "could not flush");
  }

  @Test
  void failFastStopsAtTheFirstFailure() throws IOException {
    RunOptions options = options(1).withFailFast(true);
    RunSummary summary = new BatchRunner(pipeline("a, BOOM, b", 50, "failWhenContains: BOOM"), options).run();
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.succeeded()).isLessThan(49);
    assertThat(summary.exitCode()).isEqualTo(1);
  }

  @Test
  void aRerunSkipsCompletedDocumentsAndForceRedoesThem() throws IOException {
    new BatchRunner(pipeline("a, b, c, d", 0, ""), options(2)).run();
    RunSummary again = new BatchRunner(pipeline("a, b, c, d", 0, ""), options(2)).run();
    assertThat(again.skipped()).isEqualTo(4);
    assertThat(again.succeeded()).isZero();
    assertThat(recordedIds()).hasSize(4);
    RunSummary forced = new BatchRunner(pipeline("a, b, c, d", 0, ""), options(2).withResume(false)).run();
    assertThat(forced.succeeded()).isEqualTo(4);
  }

  @Test
  void anInterruptedRunResumesWithoutLosingOrRepeatingDocuments() throws IOException {
    // a first run completes some documents and then dies, leaving a torn ledger line behind
    new BatchRunner(pipeline("a, b, c", 0, ""), options(1)).run();
    Path ledger = output.resolve(BatchRunner.RUN_DIRECTORY).resolve(CompletionLedger.FILE_NAME);
    List<String> lines = new ArrayList<>(Files.readAllLines(ledger));
    String torn = lines.remove(lines.size() - 1).substring(0, 20);
    Files.writeString(ledger, String.join("\n", lines) + "\n" + torn);
    List<String> before = recordedIds();
    Files.writeString(output.resolve("ids.txt"), String.join("\n", before.subList(0, 2)) + "\n");

    RunSummary resumed = new BatchRunner(pipeline("a, b, c", 0, ""), options(1)).run();
    assertThat(resumed.skipped()).isEqualTo(2);
    assertThat(resumed.succeeded()).isEqualTo(1);
    assertThat(recordedIds()).containsExactlyInAnyOrder("doc-0", "doc-1", "doc-2");
  }

  @Test
  void changedContentIsProcessedAgain() throws IOException {
    // the documents come from a file: changing the reader's parameters instead would be another pipeline
    Path texts = Files.writeString(output.resolveSibling(output.getFileName() + "-texts.txt"), "a\nb\n");
    new BatchRunner(pipeline("", 0, "", texts), options(1)).run();
    Files.writeString(texts, "a\nB\n");
    RunSummary changed = new BatchRunner(pipeline("", 0, "", texts), options(1)).run();
    assertThat(changed.skipped()).isEqualTo(1);
    assertThat(changed.succeeded()).isEqualTo(1);
  }
}
