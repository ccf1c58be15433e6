package org.annalist.quotes.extract;

/** A half-open character span [begin, end) of the document text. */
public record Span(int begin, int end) {

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public int length() {
    return end - begin;
  }
}
