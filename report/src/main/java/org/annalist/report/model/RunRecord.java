package org.annalist.report.model;

import java.util.List;
import java.util.Map;

/**
 * What the run itself recorded beside its documents.
 *
 * @param failures the documents that failed, with the component and the reason
 * @param skipped documents an earlier run had completed, or null when not recorded
 * @param nanosByComponent time per component, or an empty map when not recorded
 * @param origin what the report was built from (shown on the overview)
 */
public record RunRecord(List<Failure> failures, Long skipped, Map<String, Long> nanosByComponent, String origin) {

  /** One failed document. */
  public record Failure(String documentId, String component, String message) {}

  public RunRecord {
    failures = failures == null ? List.of() : failures;
    nanosByComponent = nanosByComponent == null ? Map.of() : nanosByComponent;
  }
}
