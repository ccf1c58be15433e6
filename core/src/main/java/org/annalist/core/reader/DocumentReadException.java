package org.annalist.core.reader;

import java.io.IOException;

/**
 * Thrown by a collection reader's {@code getNext} when one document cannot be read (corrupt,
 * encrypted, empty). The runner records the document as failed and goes on with the next one.
 */
public class DocumentReadException extends IOException {

  private final String documentId;

  public DocumentReadException(String documentId, String reason, Throwable cause) {
    super(reason, cause);
    this.documentId = documentId;
  }

  public DocumentReadException(String documentId, String reason) {
    this(documentId, reason, null);
  }

  public String documentId() {
    return documentId;
  }
}
