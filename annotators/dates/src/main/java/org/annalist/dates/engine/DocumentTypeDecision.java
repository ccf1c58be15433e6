package org.annalist.dates.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a document is news or a narrative from the expressions a news reading found:
 * a narrative (a history, a biography) dates its events with explicit years that lie well before
 * the document date and seldom speaks of "today", "last week" or weekdays; news does the opposite.
 */
final class DocumentTypeDecision {

  /** Rules whose expressions count from the writer's present. */
  private static final Set<String> DEICTIC_RULES = Set.of("deictic-day", "weekday", "relative-weekday",
      "relative-unit", "offset-ago", "the-weekend", "later-in-the-unit", "day-clock", "part-of-day");
  /** At least this many explicit years before a text can be a narrative. */
  static final int MIN_YEARS = 5;
  /** Years at least this far before the document date count as the narrated past. */
  static final int PAST_YEARS = 2;

  /** The evidence and the decision, for the record. */
  record Decision(DocumentType type, int explicitYears, int pastYears, int deictic) {
    String evidence() {
      return explicitYears + " explicit years, " + pastYears + " of them at least " + PAST_YEARS
          + " years before the document date, " + deictic + " deictic expressions";
    }
  }

  private DocumentTypeDecision() {}

  static Decision decide(List<TimexMention> mentions, LocalDate documentDate) {
    int years = 0;
    int past = 0;
    int deictic = 0;
    for (TimexMention mention : mentions) {
      if (mention.rule() != null && DEICTIC_RULES.contains(mention.rule()) && mention.anchorSource() != null
          && !"CONTEXT".equals(mention.anchorSource())) {
        deictic++;
        continue;
      }
      if (mention.anchorSource() != null || !"DATE".equals(mention.type())) {
        continue;
      }
      Integer year = yearOf(mention.value());
      if (year == null) {
        continue;
      }
      years++;
      if (documentDate == null || year <= documentDate.getYear() - PAST_YEARS) {
        past++;
      }
    }
    boolean narrative = years >= MIN_YEARS && past * 2 >= years && deictic * 8 <= years;
    return new Decision(narrative ? DocumentType.NARRATIVE : DocumentType.NEWS, years, past, deictic);
  }

  /** The (proleptic) year a calendar value starts with: 1942 for "1942-03", -489 for "BC0490"; else null. */
  static Integer yearOf(String value) {
    if (value == null) {
      return null;
    }
    boolean bc = value.startsWith("BC");
    int from = bc ? 2 : 0;
    if (value.length() < from + 4) {
      return null;
    }
    int year = 0;
    for (int k = from; k < from + 4; k++) {
      char c = value.charAt(k);
      if (c < '0' || c > '9') {
        return null;
      }
      year = year * 10 + (c - '0');
    }
    if (value.length() > from + 4 && value.charAt(from + 4) != '-') {
      return null;
    }
    return bc ? 1 - year : year;
  }
}
