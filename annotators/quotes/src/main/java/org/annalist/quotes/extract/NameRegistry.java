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
  private final Map<String, Gender> genderBySurname = new HashMap<>();
  private final Map<String, PersonName> parsed = new HashMap<>();

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
    if (name.parts().size() < 2) {
      return;
    }
    occurrences.add(new Occurrence(begin, name));
    String key = name.key();
    int size = surface.split("\\s+").length;
    if (!fullestByKey.containsKey(key) || size > partsByKey.get(key)) {
      fullestByKey.put(key, surface.replaceAll("[,\\s]+$", ""));
      partsByKey.put(key, size);
    }
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
  private Occurrence nearest(String word, int position, boolean bySurname) {
    Occurrence before = null;
    Occurrence after = null;
    for (Occurrence occurrence : occurrences) {
      String part = bySurname ? occurrence.name().last() : occurrence.name().first();
      if (!part.equals(word)) {
        continue;
      }
      if (occurrence.begin() <= position) {
        if (before == null || occurrence.begin() >= before.begin()) {
          before = occurrence;
        }
      } else if (after == null || occurrence.begin() < after.begin()) {
        after = occurrence;
      }
    }
    return before != null ? before : after;
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
    for (int i = subjects.size() - 1; i >= 0; i--) {
      Occurrence occurrence = subjects.get(i);
      if (occurrence.begin() >= position) {
        continue;
      }
      if (occurrence.begin() < floor) {
        return null;
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
    Occurrence best = null;
    for (Occurrence occurrence : occurrences) {
      if (occurrence.begin() < position && occurrence.begin() >= floor
          && (best == null || occurrence.begin() > best.begin())) {
        best = occurrence;
      }
    }
    return best == null ? null : fullestByKey.get(best.name().key());
  }
}
