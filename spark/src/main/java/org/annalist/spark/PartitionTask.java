package org.annalist.spark;

import java.io.BufferedWriter;
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
import java.util.UUID;
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
    Path scratch = Files.createTempDirectory("annalist-" + JobPlan.partName(partition) + "-");
    Path idBase = plan.idBase() == null ? null : Path.of(plan.idBase());
    // the list lies beside the files when it can, so that the reader names them (and matches its
    // include/exclude globs) exactly as in a local run; else ids are rebased after reading
    boolean besideFiles = plan.format() == InputFormat.FILES && plan.listBesideInput() && idBase != null
        && Files.isWritable(idBase);
    Path input = plan.format() == InputFormat.JSONL ? scratch.resolve("partition.jsonl")
        : besideFiles ? idBase.resolve(".annalist-" + JobPlan.partName(partition) + "-" + UUID.randomUUID() + ".lst")
        : scratch.resolve("partition.lst");
    try {
      try (BufferedWriter writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
        for (Tuple2<String, String> document : documents) {
          writer.write(besideFiles ? entry(idBase, document._2()) : document._2());
          writer.write('\n');
        }
      }
      Path partDirectory = Path.of(plan.output(), JobPlan.partName(partition));
      AssembledPipeline pipeline = PartitionPipeline.assemble(plan, partition, input, !besideFiles,
          ComponentRegistry.load(Thread.currentThread().getContextClassLoader()));
      RunOptions options = new RunOptions(plan.threadsPerTask(), Duration.ofSeconds(plan.timeoutSeconds()), false,
          plan.resume(), partDirectory, 0, plan.checkpointEvery(), Duration.ofSeconds(plan.checkpointSeconds()));
      LOG.info("{}: {} documents into {}", JobPlan.partName(partition), documents.size(), partDirectory);
      RunSummary summary = new BatchRunner(pipeline, options).run();
      return List.of(new PartitionOutcome(partition, documents.size(), summary.read(), summary.succeeded(),
          summary.failed(), summary.skipped(), System.nanoTime() - begin,
          new LinkedHashMap<>(summary.nanosByComponent()), summary.failureLog().toString(),
          summary.endOfRunErrors())).iterator();
    } finally {
      Files.deleteIfExists(input);
      deleteQuietly(scratch);
    }
  }

  /** A list entry relative to the list's folder, as the local runner's ids are. */
  private static String entry(Path base, String file) {
    Path path = Path.of(file);
    return path.startsWith(base) ? base.relativize(path).toString() : file;
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
