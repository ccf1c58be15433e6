package org.annalist.report.model;

import java.util.List;
import java.util.Map;

/**
 * What the run itself recorded beside its documents.
 *
 * @param failures the documents that failed, with the component and the reason ({@code failures.jsonl})
 * @param summary the run's {@code run-summary.json}, or null when there is none
 * @param summaryNote why there is no summary (shown on the overview), or null when there is one
 * @param origin what the report was built from (shown on the overview)
 */
public record RunRecord(List<Failure> failures, Summary summary, String summaryNote, String origin) {

  /** One failed document. */
  public record Failure(String documentId, String component, String message) {}

  /** The figures of {@code run-summary.json} the overview shows. */
  public record Summary(long read, long succeeded, long failed, long skipped, Map<String, Long> failuresByReason,
      double wallTimeSeconds, double documentsPerSecond, Double laterHalfDocumentsPerSecond,
      Map<String, ComponentTime> timePerComponent, String finished, String annalistVersion, boolean stoppedEarly,
      String stopReason) {

    public Summary {
      failuresByReason = failuresByReason == null ? Map.of() : failuresByReason;
      timePerComponent = timePerComponent == null ? Map.of() : timePerComponent;
    }
  }

  /** Time spent in one component over the run. */
  public record ComponentTime(double milliseconds, double millisecondsPerDocument) {}

  public RunRecord {
    failures = failures == null ? List.of() : failures;
  }

  /** A record without a run summary, saying why. */
  public static RunRecord withoutSummary(List<Failure> failures, String why, String origin) {
    return new RunRecord(failures, null, why, origin);
  }
}
