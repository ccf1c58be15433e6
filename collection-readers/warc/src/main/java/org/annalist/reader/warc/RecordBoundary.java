package org.annalist.reader.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where a record could start at or after a byte position, to go on after a corrupt record
 * or to start reading in the middle of a large file: the next gzip member header in a per-record
 * gzipped archive, the next {@code WARC/1.} at the start of a line in an uncompressed one. A
 * candidate is only a guess until a record header parses there.
 */
final class RecordBoundary {

  private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};

  private RecordBoundary() {}

  /** True when the file starts with a gzip header. */
  static boolean isGzip(SeekableByteChannel channel) throws IOException {
    channel.position(0);
    ByteBuffer head = ByteBuffer.allocate(2);
    while (head.hasRemaining() && channel.read(head) > 0) {
      // fill
    }
    return head.position() == 2 && head.get(0) == GZIP[0] && head.get(1) == GZIP[1];
  }

  /** The first candidate position at or after {@code from}, or -1 when there is none. */
  static long next(SeekableByteChannel channel, long from, boolean gzip) throws IOException {
    byte[] pattern = gzip ? GZIP : WARC;
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long base = Math.max(0, from);
    int overlap = pattern.length;
    while (true) {
      channel.position(base);
      buffer.clear();
      int n;
      while (buffer.hasRemaining() && (n = channel.read(buffer)) > 0) {
        // fill the window
      }
      int filled = buffer.position();
      if (filled < pattern.length) {
        return -1;
      }
      byte[] window = buffer.array();
      for (int i = 0; i + pattern.length <= filled; i++) {
        if (matches(window, i, pattern) && (gzip || base + i == 0 || (i > 0 && window[i - 1] == '\n') || i == 0)) {
          if (!gzip && i == 0 && base > 0 && !newlineBefore(channel, base)) {
            continue;
          }
          return base + i;
        }
      }
      if (filled < window.length) {
        return -1;
      }
      base += filled - overlap;
    }
  }

  private static boolean newlineBefore(SeekableByteChannel channel, long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    channel.position(position - 1);
    return channel.read(one) == 1 && one.get(0) == '\n';
  }

  private static boolean matches(byte[] window, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (window[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}
