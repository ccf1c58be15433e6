package org.annalist.geo.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.NameKey;

/**
 * Linguistic knowledge on top of the gazetteer: English aliases and abbreviations of places
 * (U.S., UK, Calif.), demonyms and adjectives (Iraqi, Kurdish), and the word lists that tell
 * place names from ordinary words and person names. Bound to one gazetteer, whose entries the
 * alias targets are resolved to.
 */
public final class PlaceLexicon {

  /** How a lexicon name may be used. */
  public enum Kind { ALIAS, QUALIFIER_ONLY, DEMONYM }

  /** A lexicon name with the gazetteer entries it points at (several: context decides). */
  public record Entry(Kind kind, int[] places) {}

  private static final String BASE = "/org/annalist/geo/lexicon/";

  private final Map<String, Entry> entries = new HashMap<>();
  private final Set<String> commonWords = WordList.words(BASE + "common-words.txt");
  private final Set<String> personTitles = WordList.words(BASE + "person-titles.txt");
  private final Set<String> firstNames = WordList.words(BASE + "first-names.txt");
  private final Set<String> reportingVerbs = WordList.words(BASE + "reporting-verbs.txt");
  private final int maxWords;

  public PlaceLexicon(Gazetteer gazetteer) {
    load(gazetteer, WordList.lines(BASE + "place-aliases.tsv"), Kind.ALIAS);
    load(gazetteer, WordList.lines("/org/annalist/geo/gazetteer/default-demonyms.tsv"), Kind.DEMONYM);
    load(gazetteer, WordList.lines(BASE + "demonyms.tsv"), Kind.DEMONYM);
    int longest = 1;
    for (String key : entries.keySet()) {
      longest = Math.max(longest, key.split(" ").length);
    }
    maxWords = longest;
  }

  private void load(Gazetteer gazetteer, List<String> lines, Kind kind) {
    for (String line : lines) {
      String[] columns = line.split("\t");
      if (columns.length < 2) {
        continue;
      }
      Kind entryKind = columns.length > 2 && columns[2].strip().equals("q") ? Kind.QUALIFIER_ONLY : kind;
      List<Integer> places = new ArrayList<>();
      for (String target : columns[1].strip().split(" (?=[CAR]:)")) {
        int place = resolveTarget(gazetteer, target.strip());
        if (place >= 0) {
          places.add(place);
        }
      }
      if (!places.isEmpty()) {
        entries.put(NameKey.of(columns[0].strip()),
            new Entry(entryKind, places.stream().mapToInt(Integer::intValue).toArray()));
      }
    }
  }

  /** C:US, A:Texas|US or R:Western Asia to a gazetteer entry, or -1. */
  static int resolveTarget(Gazetteer gazetteer, String target) {
    if (target.length() < 3 || target.charAt(1) != ':') {
      return -1;
    }
    String value = target.substring(2);
    switch (target.charAt(0)) {
      case 'C':
        return gazetteer.countryEntry(value);
      case 'A': {
        int bar = value.lastIndexOf('|');
        if (bar < 0) {
          return -1;
        }
        String cc = value.substring(bar + 1);
        for (int e : gazetteer.lookup(NameKey.of(value.substring(0, bar)))) {
          if (gazetteer.isAdmin1(e) && gazetteer.countryCode(e).equals(cc)) {
            return e;
          }
        }
        return -1;
      }
      case 'R':
        for (int e : gazetteer.lookup(NameKey.of(value))) {
          if (gazetteer.featureClass(e) == 'L') {
            return e;
          }
        }
        return -1;
      default:
        return -1;
    }
  }

  /** The lexicon entry for a name key, or null. */
  public Entry get(String key) {
    return entries.get(key);
  }

  /**
   * True for the plural of a demonym, a noun for a people ("Americans", "Kurds", "South Koreans"):
   * the key ends in "s" and without it is a demonym too.
   */
  public boolean isPeopleNoun(String key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.kind() != Kind.DEMONYM || key.length() < 4 || !key.endsWith("s")
        || key.endsWith("ss")) {
      return false;
    }
    Entry singular = entries.get(key.substring(0, key.length() - 1));
    return singular != null && singular.kind() == Kind.DEMONYM;
  }

  public int maxWords() {
    return maxWords;
  }

  public boolean isCommonWord(String lowerWord) {
    return commonWords.contains(lowerWord);
  }

  public boolean isPersonTitle(String lowerWord) {
    return personTitles.contains(lowerWord);
  }

  public boolean isFirstName(String lowerWord) {
    return firstNames.contains(lowerWord);
  }

  public boolean isReportingVerb(String lowerWord) {
    return reportingVerbs.contains(lowerWord);
  }
}
