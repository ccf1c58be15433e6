package org.annalist.geo.recognize;

import org.annalist.geo.lexicon.PlaceLexicon;

/** A toponym found in the text, with its candidate gazetteer entries and its resolution. */
public final class Mention {

  public final int begin;
  public final int end;
  public final String surface;
  public final String key;
  public final int[] candidates;
  /** Null when the name comes from the gazetteer itself. */
  public final PlaceLexicon.Kind lexiconKind;
  public final boolean sentenceInitial;
  public final boolean beforeReportingVerb;
  public final boolean followedByWord;
  public final int words;
  /** Written in capitals only (headline, dateline). */
  public boolean allCaps;
  /**
   * Followed by "County" or "Parish" that the gazetteer does not hold as part of the name: the
   * text means a county, and a town of the name stands for it only inside the right division.
   */
  public boolean namesCounty;
  /**
   * Right after a locative preposition or verb ("in Jordan", "visited Jordan"): a place, even
   * when the same word is part of a person's name elsewhere in the text ("Michael Jordan").
   */
  public boolean afterLocative;
  /**
   * Right before a verb of speech that only people use ("Sandberg said", "Miranda tweeted"):
   * unless a country, a capital or a large city stands for its government, a person.
   */
  public boolean beforeSpeechVerb;
  /**
   * A noun for a people ("Americans", "Kurds"): evidence for the document's countries and focus,
   * but people, not a place, so it is not written as a Place ({@link #writtenAsPlace()}).
   */
  public boolean namesPeople;

  /**
   * Set for a named street, building or natural feature that the gazetteer does not hold ("Dunnock
   * Close", "Lake Travis"): its kind. Such a mention is resolved to the place it lies in.
   */
  public LocalFeature feature;

  public Usage usage = Usage.LITERAL;
  /** Index of the mention that qualifies this one ("Paris, Texas"), or -1. */
  public int qualifiedBy = -1;
  public boolean qualifier;
  public int resolved = -1;
  public double confidence;

  public Mention(int begin, int end, String surface, String key, int[] candidates,
      PlaceLexicon.Kind lexiconKind, boolean sentenceInitial, boolean beforeReportingVerb,
      boolean followedByWord, int words) {
    this.begin = begin;
    this.end = end;
    this.surface = surface;
    this.key = key;
    this.candidates = candidates;
    this.lexiconKind = lexiconKind;
    this.sentenceInitial = sentenceInitial;
    this.beforeReportingVerb = beforeReportingVerb;
    this.followedByWord = followedByWord;
    this.words = words;
  }

  /** Whether the annotator writes this mention as a Place (and the evaluation scores it). */
  public boolean writtenAsPlace() {
    return !namesPeople;
  }

  public boolean isDemonym() {
    return lexiconKind == PlaceLexicon.Kind.DEMONYM;
  }

  @Override
  public String toString() {
    return surface + "[" + begin + "," + end + ")";
  }
}
