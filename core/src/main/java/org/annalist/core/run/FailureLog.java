package org.annalist.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Failed documents of a run, one JSON object per line in {@code failures.jsonl}. */
public final class FailureLog implements AutoCloseable {

  public static final String FILE_NAME = "failures.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One failed document. */
  public record Failure(String documentId, String component, String message, Instant at) {}

  private final Path file;
  private final BufferedWriter writer;
  private final List<Failure> failures = new ArrayList<>();

  private FailureLog(Path file, BufferedWriter writer) {
    this.file = file;
    this.writer = writer;
  }

  /** Starts a new failure list for this run (the previous run's list is replaced). */
  public static FailureLog create(Path runDirectory) throws IOException {
    Files.createDirectories(runDirectory);
    Path file = runDirectory.resolve(FILE_NAME);
    return new FailureLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
  }

  public Path file() {
    return file;
  }

  public synchronized void record(String documentId, String component, String message) {
    Failure failure = new Failure(documentId, component, message, Instant.now());
    failures.add(failure);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", documentId);
    line.put("component", component);
    line.put("message", message);
    line.put("at", failure.at().toString());
    try {
      writer.write(JSON.writeValueAsString(line));
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record a failure in " + file, e);
    }
  }

  /**
   * How many documents failed for each kind of reason: the component and the reason up to its
   * first colon (the part that does not name the document), most frequent first.
   */
  public synchronized Map<String, Long> reasonCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Failure failure : failures) {
      String kind = kindOf(failure.message() == null ? "" : failure.message());
      if (kind.length() > 120) {
        kind = kind.substring(0, 120) + "...";
      }
      counts.merge(failure.component() + ": " + kind, 1L, Long::sum);
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** "cannot parse application/pdf: ..." gives "cannot parse application/pdf"; for exception chains, the innermost message. */
  private static String kindOf(String message) {
    String head = upToColon(message);
    if (head.contains(" <- ") || head.endsWith("Exception") || head.endsWith("Error")) {
      String last = message.substring(message.lastIndexOf(" <- ") < 0 ? 0 : message.lastIndexOf(" <- ") + 4);
      String name = upToColon(last);
      if ((name.endsWith("Exception") || name.endsWith("Error")) && last.length() > name.length() + 2) {
        last = last.substring(name.length() + 2);
      }
      head = upToColon(last);
    }
    return head;
  }

  private static String upToColon(String text) {
    int colon = text.indexOf(": ");
    return colon > 0 ? text.substring(0, colon) : text;
  }

  public synchronized List<Failure> failures() {
    return List.copyOf(failures);
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
