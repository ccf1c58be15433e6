package org.annalist.boilerplate;

import java.util.List;

/**
 * What the extractor made of a page: its metadata and every block in reading order, each marked
 * as content or furniture.
 */
public record Article(PageMetadata metadata, List<Block> blocks) {

  public Article {
    metadata = metadata == null ? PageMetadata.EMPTY : metadata;
    blocks = List.copyOf(blocks);
  }

  public String title() {
    return metadata.title();
  }

  public String author() {
    return metadata.author();
  }

  public String date() {
    return metadata.date();
  }

  public List<Block> contentBlocks() {
    return blocks.stream().filter(Block::content).toList();
  }

  /** The article text: the content blocks joined by blank lines. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      if (block.content()) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(block.text());
      }
    }
    return text.toString();
  }
}
