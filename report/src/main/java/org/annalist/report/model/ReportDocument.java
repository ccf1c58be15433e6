package org.annalist.report.model;

import java.util.List;

/**
 * A processed document as the report shows it, whatever it was read from.
 *
 * @param text the text shown: the whole document text when {@code furnitureShown}, else the clean text
 * @param furnitureShown true when the text includes the page furniture (marked by {@link Mention#FURNITURE} spans)
 */
public record ReportDocument(
    String id,
    String source,
    String contentType,
    String title,
    String author,
    String published,
    String publishedSource,
    String language,
    String text,
    boolean furnitureShown,
    List<Mention> mentions) {

  public ReportDocument {
    text = text == null ? "" : text;
    mentions = mentions == null ? List.of() : mentions;
  }

  public List<Mention> mentions(String type) {
    return mentions.stream().filter(m -> m.type().equals(type)).toList();
  }
}
