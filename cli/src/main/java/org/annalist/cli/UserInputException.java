package org.annalist.cli;

/** A mistake in the command's arguments or inputs; printed without a stack trace, exit code 2. */
public class UserInputException extends RuntimeException {

  public UserInputException(String message) {
    super(message);
  }
}
