package org.annalist.quotes.extract;

import java.util.List;

/**
 * An outermost quotation: the token index of its first opening mark and of its closing mark, and
 * the content fragments (one per paragraph for a multi-paragraph quotation) in document offsets.
 */
public record Quotation(int openToken, int closeToken, List<Span> fragments) {

  public int begin() {
    return fragments.get(0).begin();
  }

  public int end() {
    return fragments.get(fragments.size() - 1).end();
  }
}
