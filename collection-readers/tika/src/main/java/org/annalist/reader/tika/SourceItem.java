package org.annalist.reader.tika;

/** What the source yields for one document: its bytes, or the reason it cannot be read. */
sealed interface SourceItem permits SourceItem.RawDocument, SourceItem.Unreadable {

  String id();

  /**
   * A document's raw bytes (decompressed when the file was a single gzip/bzip2 file).
   *
   * @param resourceName file name used for format detection (without a .gz suffix)
   * @param declaredCharset the charset its transport declared (an HTTP header), or null
   * @param fallbackDate the publication date used when the document itself gives none, or null
   */
  record RawDocument(String id, String sourceUri, String resourceName, byte[] bytes, String declaredCharset,
      PublishedDate fallbackDate) implements SourceItem, java.io.Serializable {

    RawDocument(String id, String sourceUri, String resourceName, byte[] bytes) {
      this(id, sourceUri, resourceName, bytes, null, null);
    }
  }

  /** A document (or archive) that cannot be read, with a reason for the failures file. */
  record Unreadable(String id, String reason, Throwable cause) implements SourceItem {}
}
