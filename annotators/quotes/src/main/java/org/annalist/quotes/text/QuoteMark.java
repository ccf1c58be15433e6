package org.annalist.quotes.text;

/**
 * A quotation mark: its family (marks of one family pair up) and the direction its glyph and
 * surroundings suggest.
 */
public record QuoteMark(Family family, Direction direction) {

  /** Marks that pair with each other. */
  public enum Family {
    DOUBLE,
    SINGLE,
    GUILLEMET
  }

  /** OPEN or CLOSE when glyph or context decides it; EITHER for a straight mark between words. */
  public enum Direction {
    OPEN,
    CLOSE,
    EITHER
  }

  public boolean canOpen() {
    return direction != Direction.CLOSE;
  }

  public boolean canClose() {
    return direction != Direction.OPEN;
  }
}
