package org.annalist.reader.tika;

import java.nio.file.Path;

/**
 * A file to read and the document id it gets: its path relative to the source location, with
 * forward slashes. {@code problem} is set instead when the file or folder cannot be read (a
 * folder that cannot be listed, for example): it becomes a failed document with that reason.
 */
record SourceFile(Path path, String id, String problem) {

  SourceFile(Path path, String id) {
    this(path, id, null);
  }
}
