package org.annalist.corpus.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.corpus.quotes.Words;

/**
 * A person's name reduced to what identifies it across documents: the given name and the surname,
 * without titles ("Maj. Gen.", "President"), middle initials or suffixes ("Jr.", "III").
 * {@code given} is null for a bare surname ("Kirby").
 */
public record PersonName(String given, String surname) {

  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "father",
      "gen", "general", "maj", "major", "lt", "lieutenant", "col", "colonel", "capt", "captain", "cmdr",
      "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "pvt", "brig", "brigadier", "marshal",
      "sen", "senator", "rep", "representative", "gov", "governor", "pres", "president", "vice", "prime",
      "minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "sheikh", "ayatollah",
      "judge", "justice", "mayor", "chief", "spokesman", "spokeswoman", "spokesperson", "the");
  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "phd", "md");

  /** The name of a mention or canonical name, or null when nothing name-like is left. */
  public static PersonName parse(String name) {
    if (name == null) {
      return null;
    }
    String text = name;
    int comma = text.indexOf(',');
    if (comma > 0) {
      // "John W. Brennan, Jr." keeps the name; "Kirby, the spokesman" drops the apposition
      text = text.substring(0, comma);
    }
    List<String> words = new ArrayList<>(Words.of(trailingCapitalised(text)));
    words.removeIf(word -> word.length() == 1 || word.chars().allMatch(Character::isDigit));
    while (!words.isEmpty() && TITLES.contains(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return null;
    }
    int last = words.size() - 1;
    String surname = words.get(last);
    int givenEnd = last;
    if (last >= 1 && PARTICLES.contains(words.get(last - 1))) {
      // "Abu Mahdi al-Muhandis", "al-Muhandis": the particle belongs to the surname
      surname = words.get(last - 1) + " " + surname;
      givenEnd = last - 1;
    }
    return new PersonName(givenEnd >= 1 ? words.get(givenEnd - 1) : null, surname);
  }

  /** "Pentagon press secretary John Kirby" -> "John Kirby": the last run of capitalised words (and particles). */
  private static String trailingCapitalised(String text) {
    String[] tokens = text.strip().split("\\s+");
    int start = tokens.length;
    while (start > 0) {
      String token = tokens[start - 1];
      boolean capitalised = !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
      String lower = token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      boolean particle = PARTICLES.contains(lower) || lower.startsWith("al") && token.contains("-");
      if (!capitalised && !particle) {
        break;
      }
      start--;
    }
    // no capitalised word at the end: "a coalition official" names nobody
    return start == tokens.length ? "" : String.join(" ", Arrays.copyOfRange(tokens, start, tokens.length));
  }

  public boolean bare() {
    return given == null;
  }

  /** "given surname", or the surname alone. */
  public String key() {
    return given == null ? surname : given + " " + surname;
  }

  /** Two names can be one person: the same surname and, when both have one, the same given name. */
  public boolean compatible(PersonName other) {
    return other != null && surname.equals(other.surname)
        && (given == null || other.given == null || given.equals(other.given));
  }

  /** Whether two raw names (speakers, say) can be one person; unknown names are compatible with anything. */
  public static boolean compatible(String a, String b) {
    PersonName x = parse(a);
    PersonName y = parse(b);
    return x == null || y == null || x.compatible(y);
  }
}
