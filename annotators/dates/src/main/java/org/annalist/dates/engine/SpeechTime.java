package org.annalist.dates.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * "This morning" inside a quotation is the morning of the day the words were spoken, not of the
 * day the story was published: a Friday story quoting Wednesday's statement ("Coalition forces were
 * targeted this morning") means Wednesday morning. The day of the statement is taken to be the
 * story's lead day: the first day the text names relative to the document date ("on Wednesday"),
 * when it lies in the week before it. Outside quotations, or without such a day, the document date stays.
 */
final class SpeechTime {

  private SpeechTime() {}

  static void apply(CharSequence text, List<TimexMention> mentions, LocalDate documentDate) {
    if (documentDate == null) {
      return;
    }
    LocalDate lead = null;
    for (TimexMention mention : mentions) {
      LocalDate day = mention.anchorSource() == null ? null : day(mention.value());
      if (day != null) {
        lead = day;
        break;
      }
    }
    if (lead == null || !lead.isBefore(documentDate) || lead.isBefore(documentDate.minusDays(6))) {
      return;
    }
    String leadValue = lead.toString();
    for (int k = 0; k < mentions.size(); k++) {
      TimexMention mention = mentions.get(k);
      String value = mention.value();
      if (!"this-part-of-day".equals(mention.rule()) || value == null || !value.startsWith(documentDate.toString())
          || !insideQuotation(text, mention.begin())) {
        continue;
      }
      mentions.set(k, new TimexMention(mention.begin(), mention.end(), mention.type(),
          leadValue + value.substring(10), mention.mod(), leadValue, "CONTEXT", mention.quant(), mention.freq(),
          "quoted-part-of-day"));
    }
  }

  private static LocalDate day(String value) {
    if (value == null || value.length() != 10 || value.charAt(4) != '-') {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** True when the paragraph up to offset has opened a quotation it has not closed. */
  static boolean insideQuotation(CharSequence text, int offset) {
    int straight = 0;
    int open = 0;
    for (int i = offset - 1; i >= 0 && offset - i < 5_000; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (c == '"') {
        straight++;
      } else if (c == '\u201C') {
        open++;
      } else if (c == '\u201D') {
        open--;
      }
    }
    return open > 0 || straight % 2 == 1;
  }
}
