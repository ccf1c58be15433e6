package org.annalist.reader.tika;

/** What the source yields for one document: its bytes, or the reason it cannot be read. */
sealed interface SourceItem permits SourceItem.RawDocument, SourceItem.Unreadable {

  String id();

  /**
   * A document's raw bytes (decompressed when the file was a single gzip/bzip2 file).
   *
   * @param resourceName file name used for format detection (without a .gz suffix)
   */
  record RawDocument(String id, String sourceUri, String resourceName, byte[] bytes)
      implements SourceItem {}

  /** A document (or archive) that cannot be read, with a reason for the failures file. */
  record Unreadable(String id, String reason, Throwable cause) implements SourceItem {}
}
