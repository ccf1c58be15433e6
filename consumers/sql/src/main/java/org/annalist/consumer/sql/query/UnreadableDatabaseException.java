package org.annalist.consumer.sql.query;

/** The database cannot be opened or is not an Annalist database this release can read. */
public class UnreadableDatabaseException extends Exception {

  public UnreadableDatabaseException(String message) {
    super(message);
  }

  public UnreadableDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
