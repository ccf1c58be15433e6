package org.annalist.corpus;

/** The corpus stage cannot start: the database is missing, unreadable or not an Annalist one. */
public class CorpusInputException extends RuntimeException {

  public CorpusInputException(String message) {
    super(message);
  }
}
