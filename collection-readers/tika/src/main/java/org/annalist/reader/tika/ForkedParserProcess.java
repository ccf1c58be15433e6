package org.annalist.reader.tika;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.SourceItem.RawDocument;

/**
 * One child JVM running {@link ForkedParserMain}, parsing one document at a time. A child that
 * exceeds the time limit is killed; one that dies (out of memory, crash, killed) is not reused:
 * {@link #alive()} turns false and the pool starts another.
 */
final class ForkedParserProcess implements AutoCloseable {

  /** Exit status of a JVM started with {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;
  /** How long a child may take to start its JVM and Tika, apart from the per-document limit. */
  private static final int STARTUP_SECONDS = 120;

  record Request(RawDocument document, String checksum) implements Serializable {}

  /** The parsed document, or the reason it cannot be read. */
  record Response(ParsedDocument parsed, String failure) implements Serializable {}

  private final Process process;
  private final ObjectOutputStream out;
  /** Opened at the first document: its header comes only once the child JVM has started. */
  private ObjectInputStream in;
  private final String maxHeap;
  private boolean broken;

  ForkedParserProcess(List<String> command, String maxHeap) throws IOException {
    this.maxHeap = maxHeap;
    this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    this.out = new ObjectOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    out.flush();
  }

  /** The java command line of a child: this JVM's java, the given class path and heap limit. */
  static List<String> command(String classPath, String maxHeap, List<String> mainArgs) {
    String java = ProcessHandle.current().info().command()
        .orElse(System.getProperty("java.home") + "/bin/java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
        "-Djava.awt.headless=true",
        "-cp", classPath, ForkedParserMain.class.getName()));
    command.addAll(mainArgs);
    return command;
  }

  boolean alive() {
    return !broken && process.isAlive();
  }

  /** Parses one document in the child, killing it after {@code timeoutSeconds} (0: no limit). */
  ParsedDocument parse(RawDocument doc, String checksum, int timeoutSeconds, ScheduledExecutorService watchdog)
      throws DocumentReadException {
    awaitReady(doc.id(), watchdog);
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> kill = timeoutSeconds <= 0 ? null : watchdog.schedule(() -> {
      timedOut.set(true);
      process.destroyForcibly();
    }, timeoutSeconds, TimeUnit.SECONDS);
    Response response;
    try {
      out.writeUnshared(new Request(doc, checksum));
      out.reset();
      out.flush();
      response = (Response) in.readUnshared();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      broken = true;
      if (kill != null) {
        kill.cancel(false);
      }
      // the child may still be exiting: killing it now would hide why it died
      String reason = deathReason(timedOut.get(), timeoutSeconds);
      process.destroyForcibly();
      throw new DocumentReadException(doc.id(), reason, e);
    } finally {
      if (kill != null) {
        kill.cancel(false);
      }
    }
    if (timedOut.get()) {
      broken = true; // answered just as the watchdog killed it
    }
    if (response.failure() != null) {
      throw new DocumentReadException(doc.id(), response.failure());
    }
    return response.parsed();
  }

  /** Waits for the child's stream header, which it writes once its parsers are ready. */
  private void awaitReady(String documentId, ScheduledExecutorService watchdog) throws DocumentReadException {
    if (in != null) {
      return;
    }
    ScheduledFuture<?> kill = watchdog.schedule(process::destroyForcibly, STARTUP_SECONDS, TimeUnit.SECONDS);
    try {
      in = new ObjectInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    } catch (IOException e) {
      broken = true;
      process.destroyForcibly();
      throw new DocumentReadException(documentId, "the parser process did not start within " + STARTUP_SECONDS
          + " s (" + deathReason(false, 0) + "; see its messages above)", e);
    } finally {
      kill.cancel(false);
    }
  }

  private String deathReason(boolean timedOut, int timeoutSeconds) {
    if (timedOut) {
      return "parsing timed out after " + timeoutSeconds + " s; its parser process was killed";
    }
    int status;
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "the parser process stopped answering";
      }
      status = process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while parsing";
    }
    if (status == OUT_OF_MEMORY_EXIT) {
      return "parser process ran out of memory (-Xmx" + maxHeap + ", reader parameter forkedMaxHeap)";
    }
    return status > 128
        ? "parser process crashed (killed by signal " + (status - 128) + ")"
        : "parser process crashed (exit status " + status + ")";
  }

  @Override
  public void close() {
    try {
      out.close();
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
