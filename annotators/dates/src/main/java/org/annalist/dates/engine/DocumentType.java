package org.annalist.dates.engine;

import java.util.Locale;

/**
 * How underspecified expressions of a document are anchored. NEWS: against the document date
 * (publication date); NARRATIVE: against the time the text has reached (the last date it
 * mentioned), deictic words ("today", "now") still against the document date; AUTO: decided per
 * document from the text ({@link DocumentTypeDecision}).
 */
public enum DocumentType {
  NEWS, NARRATIVE, AUTO;

  /** news, narrative or auto (case-insensitive); null for anything else. */
  public static DocumentType parse(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "news" -> NEWS;
      case "narrative" -> NARRATIVE;
      case "auto" -> AUTO;
      default -> null;
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
