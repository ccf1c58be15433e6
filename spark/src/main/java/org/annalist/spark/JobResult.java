package org.annalist.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.run.RunSummary;

/**
 * What a Spark run did, summed over partitions.
 *
 * @param output the output folder (a local path or a Hadoop file system URI)
 * @param partitions outcomes of each partition
 * @param wallTime time from the first Spark job to the last document's result
 * @param corpusLines what the corpus stage reports (empty without a {@code corpus:} section)
 * @param corpusError why the corpus stage failed, or null
 */
public record JobResult(String output, List<PartitionOutcome> partitions, Duration wallTime, List<String> corpusLines,
    String corpusError) {

  /** A run without a corpus stage. */
  public JobResult(String output, List<PartitionOutcome> partitions, Duration wallTime) {
    this(output, partitions, wallTime, List.of(), null);
  }

  /** The same summary as the local runner prints; time per component is summed over every task. */
  public RunSummary summary() {
    long read = 0;
    long succeeded = 0;
    long failed = 0;
    long skipped = 0;
    int endOfRunErrors = 0;
    Map<String, Long> nanos = new LinkedHashMap<>();
    for (PartitionOutcome outcome : partitions) {
      read += outcome.read();
      succeeded += outcome.succeeded();
      failed += outcome.failed();
      skipped += outcome.skipped();
      endOfRunErrors += outcome.endOfRunErrors();
      outcome.nanosByComponent().forEach((component, value) -> nanos.merge(component, value, Long::sum));
    }
    return new RunSummary(read, succeeded, failed, skipped, wallTime, nanos,
        HadoopFiles.isRemote(output) ? Path.of("part-*", org.annalist.core.run.FailureLog.FILE_NAME)
            : Path.of(output, "part-*", org.annalist.core.run.FailureLog.FILE_NAME), false,
        endOfRunErrors, java.util.OptionalDouble.empty());
  }

  /** Partitions that had documents to process. */
  public long activePartitions() {
    return partitions.stream().filter(p -> p.assigned() > 0).count();
  }

  /** The documents' exit code; at least 1 when the corpus stage failed after them. */
  public int exitCode() {
    int documents = summary().exitCode();
    return corpusError == null ? documents : Math.max(1, documents);
  }
}
