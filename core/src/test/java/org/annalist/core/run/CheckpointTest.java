package org.annalist.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are recorded as completed only after the consumers confirmed them at a checkpoint. */
class CheckpointTest {

  @TempDir
  Path output;

  private AssembledPipeline pipeline(String texts, int count, String consumerParams) {
    String yaml = """
        reader: { component: test-texts, params: { texts: [%s], count: %d } }
        consumers:
          - component: test-batched
            params: { targetLocation: "%s" %s }
        """.formatted(texts, count, output.toString().replace("\\", "/"), consumerParams);
    var spec = new PipelineLoader(Map.of()).parse("test.yaml", yaml);
    return PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
  }

  private RunOptions options(int threads, int checkpointEvery) {
    return RunOptions.defaults(output).withThreads(threads).withCheckpoints(checkpointEvery, Duration.ofMinutes(5));
  }

  private List<String> lines(String name) throws IOException {
    Path file = output.resolve(name);
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  private List<String> ledgerIds() throws IOException {
    return lines(BatchRunner.RUN_DIRECTORY + "/" + CompletionLedger.FILE_NAME).stream()
        .map(line -> line.substring(0, line.indexOf('\t'))).toList();
  }

  @Test
  void documentsAreConfirmedInBatchesAndNeverRecordedBeforeTheirConsumerWroteThem() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("a, b, c", 10, ""), options(1, 3)).run();
    assertThat(summary.succeeded()).isEqualTo(10);
    assertThat(lines("batches.txt")).containsExactly("3", "3", "3", "1");
    assertThat(lines("ids.txt")).hasSize(10).doesNotHaveDuplicates();
    assertThat(ledgerIds()).containsExactlyInAnyOrderElementsOf(lines("ids.txt"));
    assertThat(lines("early.txt")).isEmpty();
  }

  @Test
  void aWaitingWorkerConfirmsItsBatchAfterTheInterval() throws IOException {
    RunOptions options = RunOptions.defaults(output).withThreads(2).withCheckpoints(1000, Duration.ofMillis(50));
    RunSummary summary = new BatchRunner(pipeline("a, b, c", 40, ""), options).run();
    assertThat(summary.succeeded()).isEqualTo(40);
    assertThat(ledgerIds()).hasSize(40).doesNotHaveDuplicates();
    assertThat(lines("early.txt")).isEmpty();
  }

  @Test
  void documentsAConsumerCouldNotStoreFailAloneAndRunAgain() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("a, LOSE me, c, d", 0, ", loseWhenContains: LOSE"),
        options(1, 2)).run();
    assertThat(summary.succeeded()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(ledgerIds()).containsExactlyInAnyOrder("doc-0", "doc-2", "doc-3");
    assertThat(Files.readString(output.resolve(FailureLog.FILE_NAME)))
        .contains("\"id\":\"doc-1\"", "\"component\":\"test-batched\"", "processed but not stored",
            "the disk refused 1 document(s)");

    RunSummary again = new BatchRunner(pipeline("a, LOSE me, c, d", 0, ", loseWhenContains: LOSE"),
        options(1, 2)).run();
    assertThat(again.skipped()).isEqualTo(3);
    assertThat(again.failed()).isEqualTo(1);
  }

  @Test
  void aBatchThatFailsAsAWholeFailsEachOfItsDocuments() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("a, b, BAD, c, d, e", 0, ", failBatchWhenContains: BAD"),
        options(1, 3)).run();
    assertThat(summary.succeeded()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(3);
    assertThat(ledgerIds()).containsExactlyInAnyOrder("doc-3", "doc-4", "doc-5");
    assertThat(Files.readString(output.resolve(FailureLog.FILE_NAME)))
        .contains("doc-0", "doc-1", "doc-2", "the batch could not be written");
  }
}
