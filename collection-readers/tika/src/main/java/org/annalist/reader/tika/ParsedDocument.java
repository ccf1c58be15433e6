package org.annalist.reader.tika;

import java.util.List;

/**
 * Everything the reader puts into a CAS for one document.
 *
 * @param rawHtml the decoded HTML source for HTML documents, else null
 * @param publishedDate null when no date was found
 */
record ParsedDocument(
    String id,
    String sourceUri,
    String contentType,
    String text,
    List<StructureSpan> structure,
    String title,
    String author,
    String language,
    PublishedDate publishedDate,
    String checksum,
    long sizeBytes,
    String rawHtml) implements java.io.Serializable {

  ParsedDocument withPublishedDate(PublishedDate date) {
    return new ParsedDocument(id, sourceUri, contentType, text, structure, title, author, language, date, checksum,
        sizeBytes, rawHtml);
  }
}
