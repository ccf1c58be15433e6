package org.annalist.linguistic.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The checks both linguistic eval commands make on their arguments; null after an error was printed. */
final class EvalInput {

  private EvalInput() {}

  static List<ConlluDocument> read(Path file, Path predictions, PrintStream err) {
    if (file == null || !Files.isRegularFile(file)) {
      err.println("not a readable file: " + file + " (expected a CoNLL-U file such as en_ewt-ud-dev.conllu)");
      return null;
    }
    if (predictions != null && (Files.isDirectory(predictions)
        || predictions.toAbsolutePath().getParent() != null && !Files.isDirectory(predictions.toAbsolutePath().getParent()))) {
      err.println("cannot write predictions to " + predictions + ": its folder does not exist or it is a folder");
      return null;
    }
    try {
      return ConlluReader.read(file);
    } catch (ConlluFormatException e) {
      err.println("not CoNLL-U: " + e.getMessage());
      return null;
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + e.getMessage());
      return null;
    }
  }
}
