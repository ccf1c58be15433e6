package org.annalist.reader.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Archive and compression formats recognised by file name: archives are expanded into one
 * document per entry; a single compressed file is decompressed into one document.
 */
enum PackedFormat {
  ZIP(true, ".zip"),
  TAR(true, ".tar"),
  TAR_GZ(true, ".tar.gz", ".tgz"),
  TAR_BZ2(true, ".tar.bz2", ".tbz2", ".tbz"),
  GZIP(false, ".gz"),
  BZIP2(false, ".bz2");

  private final boolean archive;
  private final String[] suffixes;

  PackedFormat(boolean archive, String... suffixes) {
    this.archive = archive;
    this.suffixes = suffixes;
  }

  boolean isArchive() {
    return archive;
  }

  /** The format a file name indicates, or null for an ordinary file. Longest suffix wins. */
  static PackedFormat of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (PackedFormat format : values()) {
      for (String suffix : format.suffixes) {
        if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
          return format;
        }
      }
    }
    return null;
  }

  /** The name without the compression suffix ({@code page.html.gz -> page.html}). */
  String stripSuffix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : suffixes) {
      if (lower.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** Wraps a raw stream in the decompressor of a compressed single file or compressed tar. */
  InputStream decompress(InputStream raw) throws IOException {
    return switch (this) {
      case GZIP, TAR_GZ -> GzipCompressorInputStream.builder()
          .setInputStream(raw).setDecompressConcatenated(true).get();
      case BZIP2, TAR_BZ2 -> new BZip2CompressorInputStream(raw, true);
      default -> raw;
    };
  }
}
