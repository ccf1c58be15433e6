package org.annalist.reader.tika;

import org.annalist.core.plugin.ComponentParameters;
import org.annalist.type.BlockQuote;
import org.annalist.type.Caption;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.Heading;
import org.annalist.type.Link;
import org.annalist.type.ListItem;
import org.annalist.type.Paragraph;
import org.annalist.type.Table;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/** Writes a parsed document into a CAS: text, metadata, structure and the raw-HTML view. */
final class CasFiller {

  private CasFiller() {}

  static void fill(JCas jcas, ParsedDocument doc) throws CASException {
    String text = doc.text();
    jcas.setDocumentText(text);
    if (doc.language() != null) {
      jcas.setDocumentLanguage(doc.language());
    }
    DocumentMetadata metadata = new DocumentMetadata(jcas, 0, text.length());
    metadata.setDocumentId(doc.id());
    metadata.setSourceUri(doc.sourceUri());
    metadata.setContentType(doc.contentType());
    metadata.setTitle(doc.title());
    metadata.setAuthor(doc.author());
    metadata.setLanguage(doc.language());
    metadata.setChecksum(doc.checksum());
    metadata.setSizeBytes(doc.sizeBytes());
    if (doc.publishedDate() != null) {
      metadata.setPublishedDate(doc.publishedDate().value());
      metadata.setPublishedDateSource(doc.publishedDate().source());
    }
    metadata.addToIndexes();
    for (StructureSpan span : doc.structure()) {
      annotation(jcas, span).addToIndexes();
    }
    if (doc.rawHtml() != null) {
      JCas html = jcas.createView(ComponentParameters.HTML_VIEW);
      html.setSofaDataString(doc.rawHtml(), "text/html");
    }
  }

  private static Annotation annotation(JCas jcas, StructureSpan span) {
    int begin = span.begin();
    int end = span.end();
    return switch (span.kind()) {
      case HEADING -> {
        Heading heading = new Heading(jcas, begin, end);
        heading.setLevel(span.level());
        yield heading;
      }
      case PARAGRAPH -> new Paragraph(jcas, begin, end);
      case LIST_ITEM -> new ListItem(jcas, begin, end);
      case CAPTION -> new Caption(jcas, begin, end);
      case BLOCK_QUOTE -> new BlockQuote(jcas, begin, end);
      case TABLE -> new Table(jcas, begin, end);
      case LINK -> {
        Link link = new Link(jcas, begin, end);
        link.setHref(span.href());
        yield link;
      }
    };
  }
}
