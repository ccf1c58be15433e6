package org.annalist.quotes.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.quotes.text.Token;

/**
 * The person names of one document, so that a short mention resolves to the fullest name used
 * for the same person ("Kirby" -> "John Kirby"; "Major General John Brennan Jr" and "Maj. Gen.
 * John W. Brennan, Jr." -> one person).
 */
public final class NameRegistry {

  /** A full (two or more part) person name seen at a document offset. */
  public record Occurrence(int begin, PersonName name) {}

  private final Lexicons lexicons;
  private final List<Occurrence> occurrences = new ArrayList<>();
  private final Map<String, String> fullestByKey = new HashMap<>();
  private final Map<String, Integer> partsByKey = new HashMap<>();
  private final List<Occurrence> subjects = new ArrayList<>();
  private final Map<String, List<Occurrence>> bySurname = new HashMap<>();
  private final Map<String, List<Occurrence>> byFirstName = new HashMap<>();
  private boolean sorted = true;
  private final Map<String, Gender> genderBySurname = new HashMap<>();
  private final Map<String, PersonName> parsed = new HashMap<>();
  private final java.util.Set<String> placeLike = new java.util.HashSet<>();

  private static final java.util.Set<String> PLACE_PREPOSITIONS =
      java.util.Set.of("in", "to", "from", "into", "across", "throughout", "inside", "near");

  public NameRegistry(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** Registers the capitalised name runs of a region's tokens (skipping quoted text). */
  public void scan(List<Token> tokens, boolean[] quoted, int[] sentenceStart, MentionParser parser) {
    int i = 0;
    while (i < tokens.size()) {
      if (quoted[i] || !tokens.get(i).isWord() || !tokens.get(i).isCapitalised()) {
        i++;
        continue;
      }
      if (i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lower())
          && (i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalised())) {
        placeLike.add(tokens.get(i).text());
      }
      int end = i;
      while (end < tokens.size() && !quoted[end] && tokens.get(end).isWord()
          && (tokens.get(end).isCapitalised() || Words.NAME_PARTICLES.contains(tokens.get(end).lower())
              || tokens.get(end).lower().startsWith("al-"))
          && (end == i || !tokens.get(end).newlineBefore())) {
        end++;
      }
      Mention mention = parser.classify(i, end, null);
      if (mention != null && mention.kind() == EntityKind.PERSON && (end - i >= 2 || sentenceStart[i] == i)) {
        String runText = mention.role() == null ? mention.name() : mention.role() + " " + mention.name();
        String honorific = i > 0 ? tokens.get(i).text() : "";
        noteGender(mention.name(), lexicons.genderOf(honorific + " " + runText));
        if (end - i >= 2) {
          add(tokens.get(i).begin(), mention.name());
        }
        if (sentenceStart[i] == i) {
          PersonName name = parse(mention.name());
          if (!name.isEmpty()) {
            subjects.add(new Occurrence(tokens.get(i).begin(), name));
          }
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Adds a name found at {@code begin} (from the scan or from a speaker mention). */
  public void add(int begin, String surface) {
    PersonName name = parse(surface);
    if (name.parts().size() < 2 || hasInnerPossessive(surface)) {
      return; // "Iraq's Anbar" is a place of Iraq's, not a person named Iraq
    }
    Occurrence occurrence = new Occurrence(begin, name);
    sorted &= occurrences.isEmpty() || occurrences.get(occurrences.size() - 1).begin() <= begin;
    occurrences.add(occurrence);
    bySurname.computeIfAbsent(name.last(), k -> new ArrayList<>()).add(occurrence);
    byFirstName.computeIfAbsent(name.first(), k -> new ArrayList<>()).add(occurrence);
    String key = name.key();
    int size = Words.SPACES.split(surface).length;
    if (!fullestByKey.containsKey(key) || size > partsByKey.get(key)) {
      fullestByKey.put(key, Words.TRAILING_SPACES_OR_COMMAS.matcher(surface).replaceAll(""));
      partsByKey.put(key, size);
    }
  }

  private static boolean hasInnerPossessive(String surface) {
    String[] words = Words.SPACES.split(surface.strip());
    for (int i = 0; i < words.length - 1; i++) {
      if (!Words.stripPossessive(words[i]).equals(words[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fullest name of the person a name refers to at {@code position}: a full name maps to its
   * fullest variant; a surname alone to the nearest earlier full name with that surname (else the
   * first later one); otherwise the name itself.
   */
  public String canonical(String surface, int position) {
    PersonName name = parse(surface);
    if (name.isEmpty()) {
      return surface;
    }
    if (name.parts().size() >= 2) {
      return fullestByKey.getOrDefault(name.key(), surface);
    }
    String single = name.last();
    Occurrence best = nearest(single, position, true);
    if (best == null) {
      best = nearest(single, position, false);
    }
    return best == null ? Words.stripPossessive(surface) : fullestByKey.get(best.name().key());
  }

  /** The latest occurrence before position whose surname (or first name) is {@code word}, else the first after. */
  private Occurrence nearest(String word, int position, boolean bySurnameOnly) {
    sortOnce();
    List<Occurrence> list = (bySurnameOnly ? bySurname : byFirstName).get(word);
    if (list == null) {
      return null;
    }
    int index = lastAtOrBefore(list, position);
    return index >= 0 ? list.get(index) : list.get(0);
  }

  /** Index of the last occurrence beginning at or before position in a sorted list, or -1. */
  private static int lastAtOrBefore(List<Occurrence> list, int position) {
    int lo = 0;
    int hi = list.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).begin() <= position) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private void sortOnce() {
    if (!sorted) {
      java.util.Comparator<Occurrence> order = java.util.Comparator.comparingInt(Occurrence::begin);
      occurrences.sort(order);
      bySurname.values().forEach(list -> list.sort(order));
      byFirstName.values().forEach(list -> list.sort(order));
      sorted = true;
    }
  }

  /** True when the single word was used as a place ("in Iraq", "from Tehran") somewhere in the document. */
  public boolean isPlaceLike(String word) {
    return placeLike.contains(word);
  }

  /** Records the gender a mention shows for the person with this name. */
  public void noteGender(String surface, Gender gender) {
    PersonName name = parse(surface);
    if (gender != Gender.UNKNOWN && !name.isEmpty()) {
      genderBySurname.putIfAbsent(name.last(), gender);
    }
  }

  public Gender genderOf(String surface) {
    PersonName name = parse(surface);
    if (name.isEmpty()) {
      return Gender.UNKNOWN;
    }
    Gender known = genderBySurname.get(name.last());
    return known != null ? known : lexicons.genderOf(surface);
  }

  /** The latest person name that began a sentence before {@code position} (not before {@code floor}). */
  public Occurrence lastSubjectBefore(int position, int floor, Gender gender) {
    // subjects are recorded in document order
    for (int i = lastAtOrBefore(subjects, position - 1); i >= 0; i--) {
      Occurrence occurrence = subjects.get(i);
      if (occurrence.begin() >= position) {
        continue;
      }
      if (occurrence.begin() < floor) {
        return null;
      }
      if (occurrence.name().parts().size() == 1
          && (placeLike.contains(Words.stripPossessive(occurrence.name().surface()))
              || !bySurname.containsKey(occurrence.name().last()) && !byFirstName.containsKey(occurrence.name().last()))) {
        continue; // a lone capitalised word starting a sentence is a person only when named in full somewhere
      }
      if (gender.compatible(genderOf(canonical(occurrence.name().surface(), occurrence.begin())))) {
        return occurrence;
      }
    }
    return null;
  }

  private PersonName parse(String surface) {
    return parsed.computeIfAbsent(surface, s -> PersonName.parse(s, lexicons));
  }

  /** The most recent full person name starting before {@code position} and after {@code floor}. */
  public String lastPersonBefore(int position, int floor) {
    sortOnce();
    int index = lastAtOrBefore(occurrences, position - 1);
    if (index < 0 || occurrences.get(index).begin() < floor) {
      return null;
    }
    return fullestByKey.get(occurrences.get(index).name().key());
  }
}
