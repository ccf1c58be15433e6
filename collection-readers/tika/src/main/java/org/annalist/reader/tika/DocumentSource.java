package org.annalist.reader.tika;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.annalist.reader.tika.SourceItem.RawDocument;
import org.annalist.reader.tika.SourceItem.Unreadable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns source files into documents: plain files as they are, single gzip/bzip2 files
 * decompressed, and the file entries of zip/tar/tar.gz/tar.bz2 archives (nested up to three
 * levels) as separate documents with ids like {@code archive.zip!/path/in/archive.html}.
 *
 * <p>Globs: {@code excludes} are checked against files, archives and archive entries (both the
 * path inside the archive and the full id); {@code includes} decide which documents are read, an
 * archive itself is always opened unless excluded. A compressed file also matches under its name
 * without the compression suffix. Archives stay open between calls and are read lazily.
 */
final class DocumentSource implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentSource.class);
  private static final int MAX_NESTING = 3;

  private record OpenArchive(String id, String uri, ArchiveCursor cursor, int depth) {}

  private final Iterator<SourceFile> files;
  private final GlobFilter filter;
  private final long maxBytes;
  private final boolean extractArchives;
  private final Deque<OpenArchive> open = new ArrayDeque<>();

  DocumentSource(Iterator<SourceFile> files, GlobFilter filter, long maxBytes, boolean extractArchives) {
    this.files = files;
    this.filter = filter;
    this.maxBytes = maxBytes;
    this.extractArchives = extractArchives;
  }

  /** The next document or unreadable item, or null when the source is exhausted. */
  SourceItem next() {
    while (true) {
      if (!open.isEmpty()) {
        OpenArchive archive = open.peek();
        ArchiveCursor.Entry entry;
        try {
          entry = archive.cursor().next();
        } catch (IOException | RuntimeException e) {
          closeInnermost();
          return new Unreadable(archive.id(), "corrupt archive: " + describe(e), e);
        }
        if (entry == null) {
          closeInnermost();
          continue;
        }
        SourceItem item = fromEntry(archive, entry);
        if (item != null) {
          return item;
        }
        continue;
      }
      if (!files.hasNext()) {
        return null;
      }
      SourceItem item = fromFile(files.next());
      if (item != null) {
        return item;
      }
    }
  }

  private SourceItem fromFile(SourceFile file) {
    String id = file.id();
    if (file.problem() != null) {
      return new Unreadable(id, file.problem(), null);
    }
    String name = file.path().getFileName().toString();
    String uri = file.path().toUri().toString();
    if (filter.isExcluded(id)) {
      return null;
    }
    PackedFormat packed = PackedFormat.of(name);
    if (packed != null && packed.isArchive() && extractArchives) {
      try {
        ArchiveCursor cursor = packed == PackedFormat.ZIP
            ? ZipCursor.open(file.path(), maxBytes)
            : new TarCursor(packed.decompress(
                new BufferedInputStream(Files.newInputStream(file.path()), 65536)), maxBytes);
        open.push(new OpenArchive(id, uri, cursor, 0));
      } catch (IOException | RuntimeException e) {
        return new Unreadable(id, "cannot open archive: " + describe(e), e);
      }
      return null;
    }
    if (packed != null && !packed.isArchive()) {
      if (!filter.accepts(id, packed.stripSuffix(id))) {
        return null;
      }
      try (InputStream in = packed.decompress(
          new BufferedInputStream(Files.newInputStream(file.path()), 65536))) {
        byte[] bytes = BoundedRead.readAtMost(in, maxBytes);
        if (bytes == null) {
          return new Unreadable(id, "decompressed size is " + ArchiveCursor.tooLarge(maxBytes), null);
        }
        return new RawDocument(id, uri, packed.stripSuffix(name), bytes);
      } catch (IOException | RuntimeException e) {
        return new Unreadable(id, "corrupt compressed file: " + describe(e), e);
      }
    }
    if (!filter.isIncluded(id)) {
      return null;
    }
    try {
      long size = Files.size(file.path());
      if (size > maxBytes) {
        return new Unreadable(id, "file of " + size + " bytes is " + ArchiveCursor.tooLarge(maxBytes), null);
      }
      return new RawDocument(id, uri, name, Files.readAllBytes(file.path()));
    } catch (IOException e) {
      return new Unreadable(id, "cannot read file: " + describe(e), e);
    }
  }

  private SourceItem fromEntry(OpenArchive archive, ArchiveCursor.Entry entry) {
    String path = entry.path();
    String id = archive.id() + "!/" + path;
    String uri = archive.uri() + "!/" + path;
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (filter.isExcluded(path, id)) {
      return null;
    }
    PackedFormat packed = PackedFormat.of(name);
    if (packed != null && packed.isArchive() && extractArchives && archive.depth() + 1 < MAX_NESTING) {
      if (entry.problem() != null) {
        return new Unreadable(id, entry.problem(), null);
      }
      try {
        ArchiveCursor cursor = packed == PackedFormat.ZIP
            ? ZipCursor.open(entry.bytes(), maxBytes)
            : new TarCursor(packed.decompress(new ByteArrayInputStream(entry.bytes())), maxBytes);
        open.push(new OpenArchive(id, uri, cursor, archive.depth() + 1));
      } catch (IOException | RuntimeException e) {
        return new Unreadable(id, "cannot open archive: " + describe(e), e);
      }
      return null;
    }
    boolean compressed = packed != null && !packed.isArchive();
    String plainPath = compressed ? packed.stripSuffix(path) : path;
    if (!filter.isIncluded(path, id, plainPath)) {
      return null;
    }
    if (entry.problem() != null) {
      return new Unreadable(id, entry.problem(), null);
    }
    if (!compressed) {
      return new RawDocument(id, uri, name, entry.bytes());
    }
    try (InputStream in = packed.decompress(new ByteArrayInputStream(entry.bytes()))) {
      byte[] bytes = BoundedRead.readAtMost(in, maxBytes);
      if (bytes == null) {
        return new Unreadable(id, "decompressed size is " + ArchiveCursor.tooLarge(maxBytes), null);
      }
      return new RawDocument(id, uri, packed.stripSuffix(name), bytes);
    } catch (IOException | RuntimeException e) {
      return new Unreadable(id, "corrupt compressed file: " + describe(e), e);
    }
  }

  private void closeInnermost() {
    OpenArchive archive = open.pop();
    try {
      archive.cursor().close();
    } catch (IOException e) {
      LOG.debug("closing archive {}: {}", archive.id(), e.getMessage());
    }
  }

  /** What went wrong, with the operating system's reason for file errors (not just the path). */
  static String describe(Throwable e) {
    if (e instanceof FileSystemException fs) {
      String reason = fs instanceof AccessDeniedException ? "permission denied"
          : fs instanceof NoSuchFileException ? "no such file or folder"
          : fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
      return fs.getFile() == null ? reason : reason + " (" + fs.getFile() + ")";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    while (!open.isEmpty()) {
      closeInnermost();
    }
  }
}
