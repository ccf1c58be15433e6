package org.annalist.reader.tika;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Entries of a (possibly compressed) tar stream, read sequentially. */
final class TarCursor implements ArchiveCursor {

  private final TarArchiveInputStream tar;
  private final long maxBytes;

  TarCursor(InputStream decompressed, long maxBytes) {
    this.tar = new TarArchiveInputStream(decompressed);
    this.maxBytes = maxBytes;
  }

  @Override
  public Entry next() throws IOException {
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      if (entry.isDirectory()) {
        continue;
      }
      String path = ArchiveCursor.cleanEntryPath(entry.getName());
      if (entry.isSymbolicLink() || entry.isLink()) {
        return new Entry(path, null, (entry.isSymbolicLink() ? "a symbolic link" : "a hard link")
            + " in the archive (to " + entry.getLinkName() + "), not a file: links in archives are not followed");
      }
      if (!entry.isFile()) {
        return new Entry(path, null, "not a regular file in the archive (a device, FIFO or other special entry)");
      }
      if (entry.getSize() > maxBytes) {
        return new Entry(path, null, ArchiveCursor.tooLarge(maxBytes));
      }
      byte[] bytes = BoundedRead.readAtMost(tar, maxBytes);
      return new Entry(path, bytes, bytes == null ? ArchiveCursor.tooLarge(maxBytes) : null);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }
}
