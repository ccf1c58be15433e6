package org.annalist.core.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The raw predictions of an {@code annalist eval} run ({@code --predictions FILE}): one JSON
 * object per document and line, so that anyone can re-score them with other code. A
 * {@code null} path writes nothing.
 */
public final class PredictionsFile implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedWriter out;

  private PredictionsFile(BufferedWriter out) {
    this.out = out;
  }

  /** Opens (creating or truncating) the file; {@code null} gives a writer that discards. */
  public static PredictionsFile open(Path file) throws IOException {
    if (file == null) {
      return new PredictionsFile(null);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new PredictionsFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /** Writes one document's predictions as one line. */
  public void write(Map<String, Object> document) {
    if (out == null) {
      return;
    }
    try {
      out.write(JSON.writeValueAsString(document));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }
}
