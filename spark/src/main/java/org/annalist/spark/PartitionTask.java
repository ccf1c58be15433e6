package org.annalist.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.apache.spark.api.java.function.Function2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Runs on an executor, once per partition: writes the partition's files (or records) to a
 * scratch list, creates the pipeline's engines once and runs core's {@link BatchRunner} over
 * the list with the partition folder as its output. The batch runner brings everything the
 * local runner does: per-document failures in {@code part-NNNNN/failures.jsonl}, time-outs,
 * and the completion ledger {@code part-NNNNN/.annalist/completed.tsv} that a re-run skips.
 */
final class PartitionTask implements Function2<Integer, Iterator<Tuple2<String, String>>, Iterator<PartitionOutcome>> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PartitionTask.class);

  private final JobPlan plan;

  PartitionTask(JobPlan plan) {
    this.plan = plan;
  }

  @Override
  public Iterator<PartitionOutcome> call(Integer partition, Iterator<Tuple2<String, String>> items) throws IOException {
    List<Tuple2<String, String>> documents = new ArrayList<>();
    items.forEachRemaining(documents::add);
    if (documents.isEmpty()) {
      return List.of(PartitionOutcome.empty(partition)).iterator();
    }
    documents.sort(Comparator.comparing(Tuple2::_1));
    long begin = System.nanoTime();
    String part = JobPlan.partName(partition);
    Path scratch = Files.createTempDirectory("annalist-" + part + "-");
    // the input folder is never written to: the list lies in the scratch folder and ids are rebased
    Path input = scratch.resolve(switch (plan.format()) {
      case JSONL -> "partition.jsonl";
      case WARC -> "partition.splits";
      case FILES -> "partition.lst";
    });
    try {
      Files.write(input, documents.stream().map(Tuple2::_2).toList(), StandardCharsets.UTF_8);
      RemoteOutputs remote = RemoteOutputs.of(plan, scratch);
      Path partDirectory = remote.localOutput(plan.output()).resolve(part);
      remote.download(part);
      AssembledPipeline pipeline = PartitionPipeline.assemble(plan, partition, input, true,
          ComponentRegistry.load(Thread.currentThread().getContextClassLoader()), remote.localTargets());
      RunOptions options = new RunOptions(plan.threadsPerTask(), Duration.ofSeconds(plan.timeoutSeconds()), false,
          plan.resume(), partDirectory, 0, plan.checkpointEvery(), Duration.ofSeconds(plan.checkpointSeconds()));
      LOG.info("{}: {} {} into {}", part, documents.size(), plan.format() == InputFormat.WARC ? "archive splits"
          : "documents", plan.output() + "/" + part);
      RunSummary summary = new BatchRunner(pipeline, options).run();
      remote.upload(part);
      String failureLog = remote.isEmpty() ? summary.failureLog().toString()
          : plan.output() + "/" + part + "/" + summary.failureLog().getFileName();
      return List.of(new PartitionOutcome(partition, documents.size(), summary.read(), summary.succeeded(),
          summary.failed(), summary.skipped(), System.nanoTime() - begin,
          new LinkedHashMap<>(summary.nanosByComponent()), failureLog,
          summary.endOfRunErrors())).iterator();
    } finally {
      deleteQuietly(scratch);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot delete the scratch folder {}: {}", folder, e.getMessage());
    }
  }
}
