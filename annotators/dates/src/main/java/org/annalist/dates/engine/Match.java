package org.annalist.dates.engine;

/** What a rule found at a token position: the tokens it covers and their TIMEX3 reading. */
final class Match {

  final int first;
  int end;
  String rule;
  String type = "DATE";
  String value;
  String mod;
  String anchor;
  String anchorSource;
  String quant;
  String freq;
  /** The calendar interval denoted, when the value is one; feeds narrative anchoring. */
  TimePoint point;
  /** True when the expression names its date fully by itself (no anchor needed). */
  boolean absolute;
  /** False for expressions that never include a preceding "the" in their extent (names, numbers). */
  boolean takesDeterminer = true;
  /** False for values derived from a comparison ("a year earlier") that must not become the topic period. */
  boolean setsPeriod = true;

  Match(int first, int end, String rule) {
    this.first = first;
    this.end = end;
    this.rule = rule;
  }

  static Match of(int first, int end, String rule, String type, String value) {
    Match match = new Match(first, end, rule);
    match.type = type;
    match.value = value;
    return match;
  }

  /** The same reading starting at another token. */
  Match copy(int newFirst) {
    Match copy = new Match(newFirst, end, rule);
    copy.type = type;
    copy.value = value;
    copy.mod = mod;
    copy.anchor = anchor;
    copy.anchorSource = anchorSource;
    copy.quant = quant;
    copy.freq = freq;
    copy.point = point;
    copy.absolute = absolute;
    copy.takesDeterminer = takesDeterminer;
    copy.setsPeriod = setsPeriod;
    return copy;
  }

  Match point(TimePoint point) {
    this.point = point;
    this.value = point.value();
    return this;
  }

  Match anchored(Anchor anchor) {
    if (anchor != null) {
      this.anchor = anchor.value();
      this.anchorSource = anchor.source();
    } else {
      this.anchorSource = "UNRESOLVED";
    }
    return this;
  }

  int length() {
    return end - first;
  }
}
