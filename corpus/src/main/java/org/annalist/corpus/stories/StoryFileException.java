package org.annalist.corpus.stories;

import java.nio.file.Path;

/**
 * A gold or prediction file for {@code annalist eval stories} that cannot be read as such: the file,
 * the line (1-based; 0 for the file as a whole), what was expected there and how to fix it.
 * The command line turns it into exit code 2.
 */
public final class StoryFileException extends Exception {

  private final Path file;
  private final int line;

  public StoryFileException(Path file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }
}
