package org.annalist.boilerplate;

/**
 * One block of a page (a paragraph, heading, list item ...) in reading order, with the verdict.
 *
 * @param text the block's text, whitespace collapsed
 * @param kind what kind of block the markup made it
 * @param content true when the block belongs to the article
 * @param reason why the block is furniture (null for content)
 * @param score how sure the extractor is of its verdict, 0..1
 */
public record Block(String text, BlockKind kind, boolean content, Reason reason, double score) {

  public static Block content(String text, BlockKind kind, double score) {
    return new Block(text, kind, true, null, score);
  }

  public static Block furniture(String text, BlockKind kind, Reason reason, double score) {
    return new Block(text, kind, false, reason, score);
  }
}
