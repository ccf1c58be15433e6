package org.annalist.consumer.sql.query;

/** A place name given to --within-km that the database cannot locate. */
public class UnknownPlaceException extends Exception {

  public UnknownPlaceException(String message) {
    super(message);
  }
}
