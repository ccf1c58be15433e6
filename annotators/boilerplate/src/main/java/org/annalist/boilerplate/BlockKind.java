package org.annalist.boilerplate;

/** The structural role of a block, as far as the markup (or the text layout) tells it. */
public enum BlockKind {
  TITLE,
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  QUOTE,
  PREFORMATTED,
  TABLE_CELL,
  CAPTION,
  OTHER
}
