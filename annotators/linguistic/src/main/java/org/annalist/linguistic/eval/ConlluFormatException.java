package org.annalist.linguistic.eval;

import java.nio.file.Path;

/** A CoNLL-U file that does not follow the format: says where and what was expected. */
public final class ConlluFormatException extends Exception {

  public ConlluFormatException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
