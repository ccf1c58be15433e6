package org.annalist.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per output folder: an exclusive operating-system lock on {@code .annalist/run.lock},
 * which names its holder (pid, host, start time). The operating system releases the lock when its
 * process dies, so a lock file left by a killed run is taken over (with a warning), while a
 * second live run is refused.
 */
final class RunLock implements AutoCloseable {

  static final String FILE_NAME = "run.lock";
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code outputDirectory}.
   *
   * @throws RunRefusedException when another run holds it
   */
  static RunLock acquire(Path outputDirectory, Path runDirectory) throws IOException {
    Files.createDirectories(runDirectory);
    Path file = runDirectory.resolve(FILE_NAME);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    String holder = describe(read(channel));
    if (lock == null) {
      channel.close();
      throw new RunRefusedException(outputDirectory, "another run is using this output folder ("
          + (holder == null ? "holder unknown" : holder) + "); wait for it to finish, or give this run "
          + "another --output");
    }
    if (holder != null) {
      LOG.warn("taking over the lock of {}: that run is no longer running (it was killed or crashed)", holder);
    }
    try {
      Map<String, Object> me = new LinkedHashMap<>();
      me.put("pid", ProcessHandle.current().pid());
      me.put("host", hostName());
      me.put("started", Instant.now().toString());
      byte[] bytes = JSON.writeValueAsBytes(me);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(bytes), 0);
      channel.force(false);
    } catch (IOException e) {
      lock.release();
      channel.close();
      throw e;
    }
    return new RunLock(file, channel, lock);
  }

  private static String read(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0 || size > 65536) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // fill
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  private static String describe(String content) {
    if (content == null || content.isBlank()) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(content);
      return "pid " + node.path("pid").asText("?") + " on host " + node.path("host").asText("?")
          + ", started " + node.path("started").asText("?");
    } catch (IOException e) {
      return "an unreadable lock file";
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "unknown" : env;
    }
  }

  /** Removes the lock file and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
