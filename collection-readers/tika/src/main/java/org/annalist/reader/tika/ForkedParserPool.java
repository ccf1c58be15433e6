package org.annalist.reader.tika;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.SourceItem.RawDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses documents in a pool of child JVMs ({@code isolation: forked}), one document per child at
 * a time. A child that runs out of memory, crashes or passes the time limit fails that document
 * only and is replaced by a new child for the next one.
 */
final class ForkedParserPool implements DocumentParsing {

  private static final Logger LOG = LoggerFactory.getLogger(ForkedParserPool.class);

  private final List<String> command;
  private final String maxHeap;
  private final int timeoutSeconds;
  /** Idle slots: a running child, or null where one is to be started. */
  private final BlockingQueue<Slot> idle;
  private final List<Slot> all = new ArrayList<>();
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "annalist-forked-parse-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private static final class Slot {
    ForkedParserProcess process;
  }

  ForkedParserPool(int size, String maxHeap, int timeoutSeconds, String charset, String language,
      int maxTextChars, boolean ocr) {
    this.maxHeap = maxHeap;
    this.timeoutSeconds = timeoutSeconds;
    this.command = ForkedParserProcess.command(classPath(), maxHeap, List.of(orDash(charset), orDash(language),
        Integer.toString(maxTextChars), Boolean.toString(ocr)));
    this.idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Slot slot = new Slot();
      slot.process = startEarly();
      all.add(slot);
      idle.add(slot);
    }
  }

  @Override
  public ParsedDocument parse(RawDocument doc, String checksum) throws DocumentReadException {
    Slot slot;
    try {
      slot = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentReadException(doc.id(), "interrupted while waiting for a parser process", e);
    }
    try {
      if (slot.process == null || !slot.process.alive()) {
        slot.process = start(doc.id());
      }
      try {
        return slot.process.parse(doc, checksum, timeoutSeconds, watchdog);
      } catch (DocumentReadException e) {
        if (!slot.process.alive()) {
          LOG.warn("{}: {}; a new parser process takes its place", doc.id(), e.getMessage());
          slot.process.close();
          slot.process = startEarly();
        }
        throw e;
      }
    } finally {
      idle.add(slot);
    }
  }

  /**
   * A child started ahead of its first document, so that its JVM and Tika start while other
   * documents are parsed; null when it cannot start (the next document then says why).
   */
  private ForkedParserProcess startEarly() {
    try {
      return new ForkedParserProcess(command, maxHeap);
    } catch (IOException e) {
      LOG.debug("cannot start a parser process now: {}", e.toString());
      return null;
    }
  }

  private ForkedParserProcess start(String documentId) throws DocumentReadException {
    try {
      return new ForkedParserProcess(command, maxHeap);
    } catch (IOException e) {
      throw new DocumentReadException(documentId, "cannot start a parser process (" + command.get(0) + "): "
          + e.getMessage(), e);
    }
  }

  /**
   * This JVM's class path plus the jars of the class loaders that loaded the reader and of the
   * thread's context class loader (the plugin class loader when plugins are loaded), so that
   * parsers a plugin adds to Tika are found in the children too.
   */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    addUrls(ForkedParserPool.class.getClassLoader(), entries);
    addUrls(Thread.currentThread().getContextClassLoader(), entries);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void addUrls(ClassLoader first, Set<String> entries) {
    for (ClassLoader loader = first; loader != null; loader = loader.getParent()) {
      if (loader instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          try {
            entries.add(Path.of(url.toURI()).toString());
          } catch (URISyntaxException | RuntimeException e) {
            LOG.debug("class path entry {} left out of the parser processes: {}", url, e.toString());
          }
        }
      }
    }
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  @Override
  public void close() {
    for (Slot slot : all) {
      if (slot.process != null) {
        slot.process.close();
        slot.process = null;
      }
    }
    watchdog.shutdownNow();
  }
}
