package org.annalist.reader.tika;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;

/**
 * Parses embedded documents (attachments, files inside Office documents) except images, which
 * hold no text without OCR. News pages inline dozens of images as {@code data:} URIs; detecting
 * and "parsing" each of them took a large part of the reader's time on HTML.
 */
final class TextOnlyEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

  TextOnlyEmbeddedExtractor(ParseContext context) {
    super(context);
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if (type != null && type.startsWith("image/")) {
      return false;
    }
    return super.shouldParseEmbedded(metadata);
  }
}
