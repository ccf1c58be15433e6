package org.annalist.quotes.extract;

/** Grammatical gender of a person as far as the text shows it (honorifics, first names, pronouns). */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** True unless the two are known and differ. */
  public boolean compatible(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  public static Gender ofPronoun(String pronoun) {
    return switch (pronoun) {
      case "he" -> MALE;
      case "she" -> FEMALE;
      default -> UNKNOWN;
    };
  }
}
