package org.annalist.reader.tika;

import java.io.Closeable;
import java.io.IOException;

/** Walks the file entries of one open archive, one at a time. */
interface ArchiveCursor extends Closeable {

  /**
   * One file entry: its bytes, or a problem (encrypted, too large) when they cannot be read.
   *
   * @param path the entry's path inside the archive, forward slashes, no leading slash
   */
  record Entry(String path, byte[] bytes, String problem) {}

  /** The next file entry, or null when there are no more. */
  Entry next() throws IOException;

  static String cleanEntryPath(String name) {
    String path = name.replace('\\', '/');
    while (path.startsWith("./") || path.startsWith("/")) {
      path = path.startsWith("./") ? path.substring(2) : path.substring(1);
    }
    return path;
  }

  static String tooLarge(long maxBytes) {
    return "larger than maxDocumentBytes (" + maxBytes + " bytes)";
  }
}
