package org.annalist.core.plugin;

import java.util.List;

/**
 * Thrown (as the cause of an {@code AnalysisEngineProcessException}) by a consumer's
 * {@code batchProcessComplete} or {@code collectionProcessComplete} when some documents it accepted
 * in {@code process} could not be made durable, for example because a grouped commit failed. The
 * runner records exactly these documents as failed and the others of the batch as completed; any
 * other exception from those methods fails the whole batch.
 */
public class DocumentsNotStoredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> documentIds;

  public DocumentsNotStoredException(List<String> documentIds, String message, Throwable cause) {
    super(message, cause);
    this.documentIds = List.copyOf(documentIds);
  }

  /** The ids of the documents that were not stored. */
  public List<String> documentIds() {
    return documentIds;
  }

  /** The first {@code DocumentsNotStoredException} in the cause chain of {@code e}, or null. */
  public static DocumentsNotStoredException findIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DocumentsNotStoredException found) {
        return found;
      }
    }
    return null;
  }
}
