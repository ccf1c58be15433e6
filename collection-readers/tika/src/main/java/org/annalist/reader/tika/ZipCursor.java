package org.annalist.reader.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Entries of a zip file (read through its central directory, so any zip writer's output works). */
final class ZipCursor implements ArchiveCursor {

  private final ZipFile zip;
  private final Enumeration<ZipArchiveEntry> entries;
  private final long maxBytes;

  private ZipCursor(ZipFile zip, long maxBytes) {
    this.zip = zip;
    this.entries = zip.getEntries();
    this.maxBytes = maxBytes;
  }

  static ZipCursor open(Path file, long maxBytes) throws IOException {
    return new ZipCursor(ZipFile.builder().setPath(file).get(), maxBytes);
  }

  static ZipCursor open(byte[] bytes, long maxBytes) throws IOException {
    return new ZipCursor(
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get(),
        maxBytes);
  }

  @Override
  public Entry next() throws IOException {
    while (entries.hasMoreElements()) {
      ZipArchiveEntry entry = entries.nextElement();
      if (entry.isDirectory() || entry.isUnixSymlink()) {
        continue;
      }
      String path = ArchiveCursor.cleanEntryPath(entry.getName());
      if (!zip.canReadEntryData(entry)) {
        String why = entry.getGeneralPurposeBit().usesEncryption()
            ? "encrypted archive entry (password protected)"
            : "unsupported compression method in archive entry";
        return new Entry(path, null, why);
      }
      if (entry.getSize() > maxBytes) {
        return new Entry(path, null, ArchiveCursor.tooLarge(maxBytes));
      }
      try (InputStream in = zip.getInputStream(entry)) {
        byte[] bytes = BoundedRead.readAtMost(in, maxBytes);
        return new Entry(path, bytes, bytes == null ? ArchiveCursor.tooLarge(maxBytes) : null);
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
