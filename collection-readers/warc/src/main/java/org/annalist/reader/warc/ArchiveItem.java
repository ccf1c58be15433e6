package org.annalist.reader.warc;

import org.annalist.reader.tika.PayloadParsing.Payload;

/** What one record of a web archive yields. */
public sealed interface ArchiveItem permits ArchiveItem.Page, ArchiveItem.Broken, ArchiveItem.Skipped {

  /** A web page (or text or PDF) to read as a document. */
  record Page(Payload payload, String checksum) implements ArchiveItem {}

  /** A record that should have been a document but cannot be read, with the reason. */
  record Broken(String id, String reason, Throwable cause) implements ArchiveItem {}

  /** A record that is no document (a request, a revisit, a 404 ...), with the kind of reason for the tally. */
  record Skipped(String id, String reason) implements ArchiveItem {}
}
