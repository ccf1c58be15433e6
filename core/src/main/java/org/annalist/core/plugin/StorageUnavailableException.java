package org.annalist.core.plugin;

/**
 * Thrown (anywhere in the cause chain of what a consumer throws) when the consumer's storage is
 * gone and waiting for it did not bring it back, for example a database unreachable for longer
 * than the consumer waits. The runner stops the run cleanly: reading stops, the documents the
 * consumer could not store are recorded as failed, and a resumed run processes them and the
 * documents never read. The run exits with code 1.
 */
public class StorageUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The first {@code StorageUnavailableException} in the cause chain of {@code e}, or null. */
  public static StorageUnavailableException findIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StorageUnavailableException found) {
        return found;
      }
    }
    return null;
  }
}
