package org.annalist.core.pipeline;

/**
 * A problem at a place in a pipeline file, printed as {@code file:line: message}.
 *
 * @param source the pipeline file (as the user named it) or a label such as {@code --set}
 * @param line 1-based line number, 0 when the problem concerns no particular line
 * @param message what is wrong and what was expected
 */
public record ConfigurationProblem(String source, int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
  }
}
