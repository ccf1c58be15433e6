package org.annalist.corpus.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusDocument.PersonMention;
import org.annalist.corpus.CorpusDocument.PlaceMention;
import org.annalist.corpus.CorpusDocument.TimeMention;
import org.annalist.corpus.people.PersonMentions;
import org.annalist.corpus.people.PersonName;
import org.annalist.corpus.quotes.Words;

/**
 * What a document says about which event it reports: its content words (title words count twice;
 * function and reporting words dropped; plurals folded), its places (GeoNames ids), the people it
 * names, and its date (the publication date, else the day its time expressions name most often).
 */
final class DocumentFeatures {

  static final String PLACE = "g:";
  static final String PERSON = "p:";
  private static final Set<String> STOPWORDS = loadStopwords();

  private DocumentFeatures() {}

  /** Feature name -> count; empty for a document with no words, places or people. */
  static Map<String, Integer> counts(CorpusDocument document) {
    Map<String, Integer> counts = new HashMap<>();
    addWords(counts, document.title(), 2);
    addWords(counts, document.mainText(), 1);
    for (PlaceMention place : document.places() == null ? List.<PlaceMention>of() : document.places()) {
      if (place.geonamesId() != null) {
        counts.merge(PLACE + place.geonamesId(), 1, Integer::sum);
      }
    }
    for (PersonMention person : document.persons() == null ? List.<PersonMention>of() : document.persons()) {
      String personName = PersonMentions.personName(person, document.mainText());
      PersonName name = personName == null ? null : PersonName.parse(personName);
      if (name != null && !name.bare()) {
        counts.merge(PERSON + name.key(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static void addWords(Map<String, Integer> counts, String text, int weight) {
    for (String word : Words.of(text)) {
      if (word.length() < 3 || hasDigit(word) || STOPWORDS.contains(word)) {
        continue;
      }
      String folded = fold(word);
      if (!STOPWORDS.contains(folded)) {
        counts.merge(folded, weight, Integer::sum);
      }
    }
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Folds the regular English plural: attacks -> attack, militias -> militia, casualties -> casualty. */
  static String fold(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** The document's publication day as an epoch day, or null. */
  static Long day(CorpusDocument document) {
    return epochDay(document.published());
  }

  /** The days the document's time expressions name exactly (event dates), as epoch days. */
  static Set<Long> namedDays(CorpusDocument document) {
    Set<Long> days = new HashSet<>();
    for (TimeMention time : document.times() == null ? List.<TimeMention>of() : document.times()) {
      Long day = namedDay(time);
      if (day != null) {
        days.add(day);
      }
    }
    return days;
  }

  /** The day a time expression names exactly (its interval is one day), or null. */
  static Long namedDay(TimeMention time) {
    if (time.begin() == null || !time.begin().equals(time.end())) {
      return null;
    }
    return epochDay(time.begin());
  }

  static Long epochDay(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Set<String> loadStopwords() {
    Set<String> words = new HashSet<>();
    try (InputStream in = DocumentFeatures.class.getResourceAsStream("stopwords-en.txt")) {
      if (in == null) {
        throw new IllegalStateException("stopwords-en.txt is missing from the annalist-corpus jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          for (String word : line.trim().split("\\s+")) {
            if (!word.isEmpty()) {
              words.add(word);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
