package org.annalist.dates.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The words of one language that the rules use, loaded from a YAML resource
 * ({@code org/annalist/dates/<language>.yaml}). Multi-word entries are kept as lists of tokens.
 */
public final class Lexicon {

  /** A floating holiday: the nth given weekday of a month (nth = -1 for the last). */
  public record FloatingHoliday(int month, int weekday, int nth) {}

  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Integer> monthAbbreviations = new HashMap<>();
  final Set<String> ambiguousMonths;
  final Map<String, Integer> weekdays = new HashMap<>();
  final Map<String, Integer> weekdayAbbreviations = new HashMap<>();
  final Map<String, Integer> numbers = new HashMap<>();
  final Map<String, Integer> multipliers = new HashMap<>();
  final Set<String> vagueNumbers;
  final Map<String, Integer> decadeWords = new HashMap<>();
  final Map<String, Integer> ordinals = new HashMap<>();
  final Set<String> ordinalSuffixes;
  final Map<String, String> units = new HashMap<>();
  final Map<String, String> seasons = new HashMap<>();
  final Map<String, String> partsOfDay = new HashMap<>();
  final Map<String, String> deicticPartsOfDay = new HashMap<>();
  final Map<String, Integer> relativeWords = new HashMap<>();
  final Map<String, Integer> deicticDays = new HashMap<>();
  final Set<String> agoWords;
  final Set<String> laterWords;
  final Set<String> earlierWords;
  final Map<String, String> references = new HashMap<>();
  final PhraseTable<String> referencePhrases = new PhraseTable<>();
  final Map<String, String> referenceAdjectives = new HashMap<>();
  final Map<String, String> premodifiers = new HashMap<>();
  final PhraseTable<String> premodifierPhrases = new PhraseTable<>();
  final Map<String, String> frequencyWords = new HashMap<>();
  final Map<String, String> setQuantifiers = new HashMap<>();
  final Map<String, Integer> frequencyCounts = new HashMap<>();
  final PhraseTable<String> holidays = new PhraseTable<>();
  final PhraseTable<FloatingHoliday> floatingHolidays = new PhraseTable<>();
  /** Holidays a number of days from Easter Sunday ("good friday": -2). */
  final PhraseTable<Integer> easterHolidays = new PhraseTable<>();
  final Set<String> timeZones;
  final Set<String> amWords;
  final Set<String> pmWords;
  final Map<String, String> noonWords = new HashMap<>();
  final Set<String> futureMarkers;
  final Set<String> pastMarkers;
  final Set<String> notPast;
  /** Verbs of saying that attribute a clause ("..., officials said") rather than govern its tense. */
  final Set<String> reportingVerbs;
  /** Words before "to" that make "X to VERB" a scheduled future ("is to resume", "set to meet"). */
  final Set<String> scheduledBeforeTo;
  /** Participles before "for" + date that schedule it: "is set for Monday". */
  final Set<String> scheduledBeforeFor;
  /** Verbs that move an event later ("postponed until Tuesday"). */
  final Set<String> postponeVerbs;
  /** Present-tense verbs of scheduled events ("meet", "opens"): a day right after them lies ahead. */
  final Set<String> scheduledPresentVerbs;
  /** Their base forms, which count only after a plural subject ("the leaders meet Monday"). */
  final Set<String> scheduledPresentPluralVerbs;
  /** Determiners before which an -ed word is an attribute, not a past verb ("the revised plan"). */
  final Set<String> participleDeterminers;
  final Set<String> notYearFollowers;
  final Set<String> notYearPrecedents;
  /** Every word a lexicon entry starts with: only tokens among these can begin an expression. */
  final Set<String> triggerWords = new HashSet<>();
  /** Words that can follow "the" in a phrase of the lexicon ("the future", "the time being"). */
  final Set<String> wordsAfterThe = new HashSet<>();
  /** Longest multi-word phrase in any phrase table, in tokens. */
  final int longestPhrase;

  private Lexicon(Map<String, Object> yaml) {
    intMap(yaml, "months", months);
    intMap(yaml, "monthAbbreviations", monthAbbreviations);
    ambiguousMonths = words(yaml, "ambiguousMonths");
    intMap(yaml, "weekdays", weekdays);
    intMap(yaml, "weekdayAbbreviations", weekdayAbbreviations);
    intMap(yaml, "numbers", numbers);
    intMap(yaml, "multipliers", multipliers);
    vagueNumbers = words(yaml, "vagueNumbers");
    intMap(yaml, "decadeWords", decadeWords);
    intMap(yaml, "ordinals", ordinals);
    ordinalSuffixes = words(yaml, "ordinalSuffixes");
    stringMap(yaml, "units", units);
    stringMap(yaml, "seasons", seasons);
    stringMap(yaml, "partsOfDay", partsOfDay);
    stringMap(yaml, "deicticPartsOfDay", deicticPartsOfDay);
    intMap(yaml, "relativeWords", relativeWords);
    intMap(yaml, "deicticDays", deicticDays);
    agoWords = words(yaml, "agoWords");
    laterWords = words(yaml, "laterWords");
    earlierWords = words(yaml, "earlierWords");
    stringMap(yaml, "references", references);
    phraseMap(yaml, "referencePhrases", referencePhrases);
    stringMap(yaml, "referenceAdjectives", referenceAdjectives);
    stringMap(yaml, "premodifiers", premodifiers);
    phraseMap(yaml, "premodifierPhrases", premodifierPhrases);
    stringMap(yaml, "frequencyWords", frequencyWords);
    stringMap(yaml, "setQuantifiers", setQuantifiers);
    intMap(yaml, "frequencyCounts", frequencyCounts);
    phraseMap(yaml, "holidays", holidays);
    Map<String, Object> floating = section(yaml, "floatingHolidays");
    for (Map.Entry<String, Object> entry : floating.entrySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> spec = (Map<String, Object>) entry.getValue();
      floatingHolidays.put(phrase(entry.getKey()), new FloatingHoliday(
          ((Number) spec.get("month")).intValue(), ((Number) spec.get("weekday")).intValue(),
          ((Number) spec.get("nth")).intValue()));
    }
    for (Map.Entry<String, Object> entry : section(yaml, "easterHolidays").entrySet()) {
      easterHolidays.put(phrase(entry.getKey()), ((Number) entry.getValue()).intValue());
    }
    timeZones = words(yaml, "timeZones");
    amWords = words(yaml, "amWords");
    pmWords = words(yaml, "pmWords");
    stringMap(yaml, "noonWords", noonWords);
    futureMarkers = words(yaml, "futureMarkers");
    pastMarkers = words(yaml, "pastMarkers");
    notPast = words(yaml, "notPast");
    reportingVerbs = words(yaml, "reportingVerbs");
    scheduledBeforeTo = words(yaml, "scheduledBeforeTo");
    scheduledBeforeFor = words(yaml, "scheduledBeforeFor");
    postponeVerbs = words(yaml, "postponeVerbs");
    scheduledPresentVerbs = words(yaml, "scheduledPresentVerbs");
    scheduledPresentPluralVerbs = words(yaml, "scheduledPresentPluralVerbs");
    participleDeterminers = words(yaml, "participleDeterminers");
    notYearFollowers = words(yaml, "notYearFollowers");
    notYearPrecedents = words(yaml, "notYearPrecedents");
    int longest = 1;
    for (PhraseTable<?> table : List.of(referencePhrases, premodifierPhrases, holidays, floatingHolidays, easterHolidays)) {
      longest = Math.max(longest, table.longestPhrase());
    }
    longestPhrase = longest;
    for (Map<String, ?> table : List.of(months, monthAbbreviations, weekdays, weekdayAbbreviations, numbers,
        multipliers, ordinals, units, seasons, partsOfDay, deicticPartsOfDay, relativeWords, deicticDays,
        references, referenceAdjectives, premodifiers, frequencyWords, setQuantifiers, frequencyCounts, noonWords,
        decadeWords)) {
      triggerWords.addAll(table.keySet());
    }
    for (Set<String> set : List.of(vagueNumbers, earlierWords, laterWords, agoWords)) {
      triggerWords.addAll(set);
    }
    for (PhraseTable<?> table : List.of(referencePhrases, premodifierPhrases, holidays, floatingHolidays, easterHolidays)) {
      triggerWords.addAll(table.firstWords());
      wordsAfterThe.addAll(table.wordsAfter("the"));
    }
    for (String weekday : weekdays.keySet()) {
      triggerWords.add(weekday + "s");
    }
  }

  /** Loads {@code org/annalist/dates/<language>.yaml} from the class path. */
  public static Lexicon load(String language) {
    String resource = "org/annalist/dates/" + language.toLowerCase(Locale.ROOT) + ".yaml";
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no date lexicon for language '" + language + "' (" + resource + ")");
      }
      return fromYaml(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Lexicon fromYaml(InputStream in) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    Map<String, Object> root = yaml.load(in);
    return new Lexicon(root == null ? Map.of() : root);
  }

  /** The tokens of a phrase as the tokenizer would produce them, lower-cased. */
  static List<String> phrase(String text) {
    return Tokenizer.tokenize(text.toLowerCase(Locale.ROOT), 0, text.length(), 0).stream()
        .map(t -> t.lower).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> yaml, String key) {
    Object value = yaml.get(key);
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  private static void intMap(Map<String, Object> yaml, String key, Map<String, Integer> target) {
    section(yaml, key).forEach((k, v) -> {
      if (v instanceof Number n) {
        target.put(k.toLowerCase(Locale.ROOT), n.intValue());
      }
    });
  }

  private static void stringMap(Map<String, Object> yaml, String key, Map<String, String> target) {
    section(yaml, key).forEach((k, v) -> target.put(k.toLowerCase(Locale.ROOT), v == null ? null : v.toString()));
  }

  private static void phraseMap(Map<String, Object> yaml, String key, PhraseTable<String> target) {
    section(yaml, key).forEach((k, v) -> target.put(phrase(k), v == null ? null : v.toString()));
  }

  /** A list of single words; entries with apostrophes keep their letters only ("'ll" -> "ll"). */
  private static Set<String> words(Map<String, Object> yaml, String key) {
    Set<String> words = new HashSet<>();
    Object value = yaml.get(key);
    if (value instanceof List<?> list) {
      for (Object item : list) {
        String word = String.valueOf(item).toLowerCase(Locale.ROOT).trim();
        if (word.contains(" ")) {
          continue;
        }
        String letters = word.replaceAll("^'+", "").replaceAll("'.*$", "");
        words.add(letters.isEmpty() ? word : letters);
      }
    }
    return words;
  }
}
