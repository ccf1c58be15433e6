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
  private final Map<String, String> completed = new ConcurrentHashMap<>();
  private BufferedWriter writer;

  private CompletionLedger(Path file) {
    this.file = file;
  }

  /** Opens the ledger in {@code runDirectory}; {@code fresh} forgets earlier runs. */
  public static CompletionLedger open(Path runDirectory, boolean fresh) throws IOException {
    Files.createDirectories(runDirectory);
    CompletionLedger ledger = new CompletionLedger(runDirectory.resolve(FILE_NAME));
    if (fresh) {
      Files.deleteIfExists(ledger.file);
    } else if (Files.exists(ledger.file)) {
      ledger.loadAndRepair();
    }
    ledger.writer = Files.newBufferedWriter(ledger.file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return ledger;
  }

  private void loadAndRepair() throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder kept = new StringBuilder();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab > 0 && line.length() - tab - 1 == 64) {
        completed.put(unescape(line.substring(0, tab)), line.substring(tab + 1));
        kept.append(line).append('\n');
      }
    }
    // a line cut short by a kill is dropped; its document runs again
    Files.writeString(file, kept, StandardCharsets.UTF_8);
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
