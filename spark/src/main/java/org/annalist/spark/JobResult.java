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
 * @param wallTime time from the first Spark job to the last result
 */
public record JobResult(String output, List<PartitionOutcome> partitions, Duration wallTime) {

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

  public int exitCode() {
    return summary().exitCode();
  }
}
