package org.annalist.reader.tika;

import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.SourceItem.RawDocument;

/** Turns one document's bytes into what the reader puts into a CAS: in this JVM or in a child JVM. */
interface DocumentParsing extends AutoCloseable {

  ParsedDocument parse(RawDocument doc, String checksum) throws DocumentReadException;

  @Override
  default void close() {}
}
