package org.annalist.consumer.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON Lines file shared by every consumer instance (one per worker thread) that names it.
 * Instances {@link #acquire} it and {@link #release} it; the file is opened by the first and
 * closed by the last. Each line is written with one {@code write} call under a lock, straight to
 * the operating system (no user-space buffer), so a killed process leaves at worst one partial
 * last line.
 *
 * <p>Restart safety: on opening, a partial last line is cut off and the ids already in the file
 * are loaded. A document written again (a resumed run re-processing it, or a changed file) is
 * appended and <em>replaces</em> the earlier line: the file is compacted, keeping the last line of
 * every id, when it is closed and, should a run have been killed before that, when it is opened
 * next. {@code startFresh} empties the file instead. Only one process may write a file at a time
 * (an exclusive file lock is taken).
 */
final class SharedJsonlFile {

  private static final Logger LOG = LoggerFactory.getLogger(SharedJsonlFile.class);
  private static final JsonFactory JSON = new JsonFactory();
  private static final Map<Path, SharedJsonlFile> OPEN = new HashMap<>();

  private final Path path;
  private final Path lockFile;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final FileChannel channel;
  private final Set<String> ids;
  private final boolean createdHere;
  private int users;
  private boolean duplicates;
  private long written;

  private SharedJsonlFile(Path path, boolean startFresh) throws IOException {
    this.path = path;
    Files.createDirectories(path.getParent());
    this.lockFile = path.resolveSibling(path.getFileName() + ".lock");
    this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      this.lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      lockChannel.close();
      throw new IOException(path + " is already open for writing in this process", e);
    }
    if (lock == null) {
      lockChannel.close();
      throw new IOException(path + " is being written by another process (" + lockFile + " is locked)");
    }
    try {
      if (startFresh) {
        Files.deleteIfExists(path);
      }
      this.createdHere = !Files.exists(path);
      this.ids = createdHere ? new HashSet<>() : recover(path);
      this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      releaseLock();
      throw e;
    }
    LOG.debug("{}: {} documents already present", path, ids.size());
  }

  /** Opens (or joins) the shared file. {@code startFresh} empties it when it is first opened. */
  static SharedJsonlFile acquire(Path path, boolean startFresh) throws IOException {
    Path key = path.toAbsolutePath().normalize();
    synchronized (OPEN) {
      SharedJsonlFile file = OPEN.get(key);
      if (file == null) {
        file = new SharedJsonlFile(key, startFresh);
        OPEN.put(key, file);
      }
      file.users++;
      return file;
    }
  }

  /** Leaves the shared file; the last user compacts (if needed) and closes it. */
  void release() throws IOException {
    synchronized (OPEN) {
      if (--users > 0) {
        return;
      }
      OPEN.remove(path);
    }
    closeAndCompact();
  }

  /** Appends one record; {@code line} must be one line of JSON without the newline. */
  void append(String id, String line) throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      written++;
      if (!ids.add(id)) {
        duplicates = true;
      }
    }
  }

  synchronized long writtenCount() {
    return written;
  }

  private synchronized void closeAndCompact() throws IOException {
    try {
      try {
        channel.force(true);
      } finally {
        channel.close();
      }
      if (duplicates) {
        compact(path);
      }
      if (createdHere && written == 0) {
        // a run that wrote nothing (one that could not start) leaves no empty file behind
        Files.deleteIfExists(path);
      }
    } finally {
      releaseLock();
    }
  }

  private void releaseLock() throws IOException {
    try {
      lock.release();
    } finally {
      lockChannel.close();
      Files.deleteIfExists(lockFile);
    }
  }

  /**
   * Cuts a partial last line, removes earlier lines of ids that occur more than once and lines
   * without an id, and returns the ids in the file.
   */
  static Set<String> recover(Path path) throws IOException {
    try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = file.size();
      long end = endOfLastCompleteLine(file, size);
      if (end < size) {
        LOG.warn("{}: cutting a partial last line of {} bytes left by an interrupted run", path, size - end);
        file.truncate(end);
      }
    }
    List<String> lineIds = readAllLineIds(path);
    Set<String> ids = new HashSet<>();
    boolean clean = true;
    for (String id : lineIds) {
      clean &= id != null && ids.add(id);
    }
    if (!clean) {
      compact(path);
    }
    return ids;
  }

  private static long endOfLastCompleteLine(FileChannel file, long size) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(65536);
    long end = size;
    while (end > 0) {
      long start = Math.max(0, end - chunk.capacity());
      chunk.clear().limit((int) (end - start));
      while (chunk.hasRemaining() && file.read(chunk, start + chunk.position()) > 0) {
        // fill the chunk
      }
      for (int i = chunk.position() - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          return start + i + 1;
        }
      }
      end = start;
    }
    return 0;
  }

  /** The value of the line's top-level {@code id} field, read without parsing the whole line. */
  static String idOf(String line) {
    if (line.isBlank()) {
      return null;
    }
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("id")) {
          return parser.getValueAsString();
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Rewrites the file atomically, keeping only the last line of each id, in file order. */
  static void compact(Path path) throws IOException {
    List<String> ids = readAllLineIds(path);
    Map<String, Integer> lastLine = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) != null) {
        lastLine.put(ids.get(i), i);
      }
    }
    int[] dropped = {0};
    AtomicFiles.write(path, (OutputStream out) -> {
      try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String line;
        for (int i = 0; (line = lines.readLine()) != null; i++) {
          String id = i < ids.size() ? ids.get(i) : null;
          if (id != null && lastLine.get(id) == i) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
          } else {
            dropped[0]++;
          }
        }
      }
    });
    LOG.info("{}: replaced {} earlier or unreadable lines, {} documents", path, dropped[0], lastLine.size());
  }

  /** The id of every line (null for lines without one), in file order. */
  private static List<String> readAllLineIds(Path path) throws IOException {
    List<String> ids = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        ids.add(idOf(line));
      }
    }
    return ids;
  }
}
