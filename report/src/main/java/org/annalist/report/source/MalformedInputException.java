package org.annalist.report.source;

import java.io.IOException;

/** The run's output cannot be read as Annalist output: the message names the file, the line and what was expected. */
public class MalformedInputException extends IOException {

  public MalformedInputException(String message) {
    super(message);
  }

  public MalformedInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
