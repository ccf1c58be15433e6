package org.annalist.dates.engine;

/** A family of related rules; returns its longest match starting at token i, or null. */
interface RuleFamily {

  Match match(Scan scan, int i);

  /** The longer of two candidate matches (the first on ties). */
  static Match longer(Match a, Match b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.end > a.end ? b : a;
  }
}
