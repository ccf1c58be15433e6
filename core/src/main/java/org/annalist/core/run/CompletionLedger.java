package org.annalist.core.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents a run completed, one {@code id TAB checksum} line each, appended and flushed at
 * each checkpoint, so a killed run can be resumed without losing documents (at most the last
 * unconfirmed batch is processed again). A document counts as completed only when every annotator
 * and consumer finished with it and a checkpoint confirmed its output.
 */
public final class CompletionLedger implements AutoCloseable {

  public static final String FILE_NAME = "completed.tsv";

  private final Path file;
  private final boolean fresh;
  private final Map<String, String> completed = new ConcurrentHashMap<>();
  private StringBuilder repaired;
  private BufferedWriter writer;

  private CompletionLedger(Path file, boolean fresh) {
    this.file = file;
    this.fresh = fresh;
  }

  /**
   * Reads the ledger in {@code runDirectory} ({@code fresh}: forgets earlier runs); nothing is
   * written until {@link #start}.
   */
  public static CompletionLedger open(Path runDirectory, boolean fresh) throws IOException {
    CompletionLedger ledger = new CompletionLedger(runDirectory.resolve(FILE_NAME), fresh);
    if (!fresh && Files.exists(ledger.file)) {
      ledger.load();
    }
    return ledger;
  }

  /** Opens the file for recording: emptied when fresh, else without the line a kill cut short. */
  synchronized void start() throws IOException {
    Files.createDirectories(file.getParent());
    if (fresh) {
      writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      return;
    }
    if (repaired != null) {
      // a line cut short by a kill is dropped; its document runs again
      Files.writeString(file, repaired, StandardCharsets.UTF_8);
      repaired = null;
    }
    writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private void load() throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder kept = new StringBuilder();
    boolean dropped = false;
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab > 0 && line.length() - tab - 1 == 64) {
        completed.put(unescape(line.substring(0, tab)), line.substring(tab + 1));
        kept.append(line).append('\n');
      } else {
        dropped = true;
      }
    }
    if (dropped || (Files.size(file) > 0 && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n"))) {
      repaired = kept;
    }
  }

  public boolean isCompleted(String documentId, String checksum) {
    return checksum != null && checksum.equals(completed.get(documentId));
  }

  public int size() {
    return completed.size();
  }

  /** Records several documents with one write to the file. */
  synchronized void markCompleted(List<? extends Completed> documents) {
    StringBuilder lines = new StringBuilder();
    for (Completed document : documents) {
      String checksum = document.checksum();
      if (checksum != null && checksum.length() == 64) {
        completed.put(document.documentId(), checksum);
        lines.append(escape(document.documentId())).append('\t').append(checksum).append('\n');
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    try {
      writer.write(lines.toString());
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record completion in " + file, e);
    }
  }

  /** A document to record: its id and the checksum of its content. */
  interface Completed {
    String documentId();

    String checksum();
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }

  private static String escape(String id) {
    return id.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String unescape(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '\\' && i + 1 < id.length()) {
        char next = id.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
