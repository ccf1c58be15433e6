package org.annalist.corpus;

import java.util.List;

/**
 * One stored document as the corpus stage sees it: what the sql consumer wrote for it.
 * {@code published} is an ISO date (yyyy-MM-dd) or null; {@code mainText} the clean text.
 */
public record CorpusDocument(String id, String title, String published, String mainText,
    List<TimeMention> times, List<PlaceMention> places, List<PersonMention> persons, List<QuoteMention> quotes) {

  /** A normalised time expression: TIMEX3 value and its interval (ISO dates, either may be null). */
  public record TimeMention(String text, String value, String begin, String end) {}

  /** A resolved place (geonamesId null when unresolved). */
  public record PlaceMention(String name, Long geonamesId, String countryCode, Double latitude, Double longitude) {}

  /**
   * A person mention with its canonical name and role (either may be null) and what it refers to:
   * {@code entityKind} is the quotes annotator's kind ({@code PERSON}, {@code ORGANIZATION},
   * {@code DESCRIPTION}, {@code PRONOUN}, {@code DOCUMENT}, {@code GROUP}), or null when unknown.
   */
  public record PersonMention(String text, String canonicalName, String role, String entityKind, int begin, int end) {

    /** A mention of unknown kind. */
    public PersonMention(String text, String canonicalName, String role, int begin, int end) {
      this(text, canonicalName, role, null, begin, end);
    }
  }

  /** A quote with its speaker mention and resolved speaker (either may be null). */
  public record QuoteMention(int ord, String content, boolean direct, String speakerMention, String speaker,
      String speakerRole, int begin, int end) {}
}
