package org.annalist.reader.tika;

/**
 * A structure element found in the document, as offsets into the extracted text.
 *
 * @param level heading level 1..6, 0 for other kinds
 * @param href link target, null for other kinds
 */
record StructureSpan(Kind kind, int begin, int end, int level, String href) implements java.io.Serializable {

  enum Kind { HEADING, PARAGRAPH, LIST_ITEM, CAPTION, BLOCK_QUOTE, TABLE, LINK }

  static StructureSpan of(Kind kind, int begin, int end) {
    return new StructureSpan(kind, begin, end, 0, null);
  }
}
