package org.annalist.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * What one partition did, sent back to the driver.
 *
 * @param partition partition number
 * @param assigned documents (files or records) given to the partition
 * @param read documents its reader produced
 * @param succeeded documents every component finished
 * @param failed documents recorded in its failure log
 * @param skipped documents an earlier run completed
 * @param wallNanos time the partition took, engine start-up included
 * @param nanosByComponent time per component
 * @param failureLog the partition's {@code failures.jsonl}, or null when nothing ran
 * @param endOfRunErrors components that failed when the partition's run ended
 */
public record PartitionOutcome(
    int partition,
    long assigned,
    long read,
    long succeeded,
    long failed,
    long skipped,
    long wallNanos,
    LinkedHashMap<String, Long> nanosByComponent,
    String failureLog,
    int endOfRunErrors) implements Serializable {

  static PartitionOutcome empty(int partition) {
    return new PartitionOutcome(partition, 0, 0, 0, 0, 0, 0, new LinkedHashMap<>(), null, 0);
  }
}
