package org.annalist.reader.warc;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A web archive file wherever it lies (local disk, a Hadoop file system): its id (the prefix of
 * its records' document ids) and a way to open it at any byte position.
 */
public interface ArchiveFile {

  /** Document ids of its records are {@code id@offset}. */
  String id();

  /** Opens the file for reading; the channel starts at position 0. */
  SeekableByteChannel open() throws IOException;

  /** A file on a local (or mounted) file system. */
  static ArchiveFile local(Path path, String id) {
    return new ArchiveFile() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public SeekableByteChannel open() throws IOException {
        return Files.newByteChannel(path);
      }
    };
  }
}
