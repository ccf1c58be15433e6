package org.annalist.quotes.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.quotes.extract.CueLexicon;
import org.annalist.quotes.extract.Gender;
import org.annalist.quotes.extract.Lexicons;
import org.annalist.quotes.extract.Span;
import org.annalist.quotes.text.Token;
import org.annalist.quotes.text.Tokenizer;

/**
 * Finds the names of people and organisations anywhere in a text, from the evidence around a
 * capitalised run of words: a title or person noun before it ("Gen. Qassim Soleimani", "resident
 * Nadia Salem"), a known first name, a speech verb after it ("Riyadh Ezzat said"), an apposition
 * (", a Baghdad resident", ", 34,"); later the surname alone ("Soleimani") is the same person. A run
 * holding an organisation word after its first word ("European Union", "Syrian Observatory for
 * Human Rights") is an organisation. Linear in the length of the text.
 */
public final class NameFinder {

  /** Why a run was taken for a person's name; the names are those of the Person evidence feature. */
  public enum Evidence { TITLE, FIRST_NAME, CUE, APPOSITION, SURNAME }

  /** A person's name: its span, the fullest form in the document, the evidence. */
  public record PersonName(Span span, String canonicalName, Evidence evidence) {}

  /** Names found in one text. */
  public record Names(List<PersonName> persons, List<Span> organisations) {}

  /** Lower-case words allowed inside an organisation's name. */
  private static final Set<String> ORGANISATION_CONNECTORS = Set.of("of", "for", "and", "on", "the", "de");

  /** Lower-case particles inside a person's name ("Abu Mahdi al-Muhandis", "Ursula von der Leyen"). */
  private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "von", "van", "der", "de", "da", "del", "la");

  /** Capitalised words that begin a place's name more often than a person's. */
  private static final Set<String> PLACE_FIRST_WORDS = Set.of("north", "south", "east", "west", "new", "san",
      "santa", "saint", "st.", "fort", "lake", "mount", "port", "upper", "lower", "greater", "central", "northern",
      "southern", "eastern", "western", "united", "saudi", "sri", "hong", "costa", "el", "los", "las", "rio");

  /** Capitalised words at the start of a sentence that are not part of the name after them. */
  private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "on", "in", "at", "but", "and", "when",
      "after", "before", "as", "by", "for", "from", "with", "while", "if", "since", "during", "under", "over",
      "meanwhile", "then", "yet", "so", "also", "later", "earlier", "last", "this", "that", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "according");

  private final Lexicons lexicons;
  private final CueLexicon cues;

  public NameFinder(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.cues = lexicons.cues();
  }

  /** The person and organisation names in text[from, to) for each region, in text order. */
  public Names find(String text, List<Span> regions) {
    List<PersonName> persons = new ArrayList<>();
    List<Span> organisations = new ArrayList<>();
    Map<String, String> fullNameBySurname = new HashMap<>();
    List<List<Token>> regionTokens = new ArrayList<>();
    for (Span region : regions) {
      List<Token> tokens = Tokenizer.tokenize(text, region.begin(), region.end());
      regionTokens.add(tokens);
      findRuns(text, tokens, persons, organisations, fullNameBySurname);
    }
    if (!fullNameBySurname.isEmpty()) {
      for (List<Token> tokens : regionTokens) {
        findSurnames(tokens, persons, organisations, fullNameBySurname);
      }
    }
    persons.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    organisations.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return new Names(persons, organisations);
  }

  private void findRuns(String text, List<Token> tokens, List<PersonName> persons, List<Span> organisations,
      Map<String, String> fullNameBySurname) {
    int i = 0;
    while (i < tokens.size()) {
      if (!startsRun(tokens.get(i)) || LEADING_WORDS.contains(tokens.get(i).lower())) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i, false);
      // connectors ("of", "for") join an organisation's name only after a name of two words or
      // an organisation word: "Syrian Observatory for Human Rights", "University of Texas"
      boolean joins = end - i >= 2 || lexicons.isOrganisationWord(tokens.get(i).lower());
      int orgEnd = joins ? runEnd(tokens, i, true) : end;
      if (isOrganisation(tokens, i, orgEnd)) {
        organisations.add(new Span(tokens.get(i).begin(), tokens.get(orgEnd - 1).end()));
        i = orgEnd;
        continue;
      }
      // a title inside the run starts the name after it: "Atlanta Mayor Kasim Reed", "Gen. Qassim Soleimani"
      int nameStart = i;
      for (int k = i; k < end; k++) {
        if (isTitle(tokens.get(k))) {
          nameStart = k + 1;
        }
      }
      boolean titled = nameStart > i || (i > 0 && isTitle(tokens.get(i - 1)));
      boolean capitalisedTitle = nameStart > i ? tokens.get(nameStart - 1).isCapitalised()
          : i > 0 && tokens.get(i - 1).isCapitalised();
      if (nameStart >= end) {
        i = end;
        continue;
      }
      Evidence evidence = evidence(tokens, nameStart, end, titled, capitalisedTitle);
      if (evidence != null) {
        Span span = new Span(tokens.get(nameStart).begin(), tokens.get(end - 1).end());
        String name = normalise(text.substring(span.begin(), span.end()));
        persons.add(new PersonName(span, name, evidence));
        if (end - nameStart >= 2 && !lexicons.isTitle(tokens.get(end - 1).lower())) {
          fullNameBySurname.putIfAbsent(surnameKey(tokens.get(end - 1)), name);
        }
      }
      i = end;
    }
  }

  private Evidence evidence(List<Token> tokens, int start, int end, boolean titled, boolean capitalisedTitle) {
    int words = end - start;
    String first = tokens.get(start).lower();
    if (PLACE_FIRST_WORDS.contains(first) || lexicons.isOrganisationWord(first)) {
      return null;
    }
    // one word after a title only when the title is written as one ("President Macron", "Mr. Hamid")
    if (titled && (words >= 2 && words <= 4 || words == 1 && capitalisedTitle && !allCaps(tokens.get(start)))) {
      return Evidence.TITLE;
    }
    if (words < 2 || words > 4) {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (lexicons.isOrganisationWord(tokens.get(k).lower())) {
        return null;
      }
    }
    if (lexicons.genderOf(tokens.get(start).text()) != Gender.UNKNOWN) {
      return Evidence.FIRST_NAME;
    }
    // "said Hamid Karim, Iraq's deputy minister": a speech verb right before the name
    if (start > 0 && !tokens.get(start).newlineBefore()) {
      CueLexicon.Match before = cues.match(tokens, start - 1, start);
      if (before != null && before.kind() == CueLexicon.Kind.SPEECH) {
        return Evidence.CUE;
      }
    }
    if (end < tokens.size()) {
      CueLexicon.Match cue = cues.match(tokens, end, tokens.size());
      if (cue != null && cue.kind() == CueLexicon.Kind.SPEECH && !tokens.get(end).newlineBefore()) {
        return Evidence.CUE;
      }
      if (tokens.get(end).is(",") && end + 1 < tokens.size()) {
        Token next = tokens.get(end + 1);
        if (next.lower().equals("who") || isNumber(next) && end + 2 < tokens.size() && tokens.get(end + 2).is(",")) {
          return Evidence.APPOSITION;
        }
        if (personNounWithin(tokens, end + 1, Math.min(tokens.size(), end + 6))) {
          return Evidence.APPOSITION; // ", a Baghdad resident", ", Iraq's deputy minister"
        }
      }
    }
    return null;
  }

  private void findSurnames(List<Token> tokens, List<PersonName> persons, List<Span> organisations,
      Map<String, String> fullNameBySurname) {
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (!startsRun(token) || LEADING_WORDS.contains(token.lower())) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i, false);
      if (end - i == 1) {
        String full = fullNameBySurname.get(surnameKey(token));
        Span span = new Span(token.begin(), token.end());
        if (full != null && !inside(span, persons) && !insideSpans(span, organisations)) {
          persons.add(new PersonName(span, full, Evidence.SURNAME));
        }
      }
      i = end;
    }
  }

  private static boolean startsRun(Token token) {
    return token.isWord() && token.isCapitalised();
  }

  /** The end (exclusive) of a capitalised run from i, on one line; organisations may hold connectors. */
  private static int runEnd(List<Token> tokens, int i, boolean organisation) {
    int end = i + 1;
    while (end < tokens.size() && !tokens.get(end).newlineBefore()) {
      Token t = tokens.get(end);
      if (t.isWord() && t.isCapitalised()) {
        end++;
      } else if (t.isWord() && end + 1 < tokens.size() && tokens.get(end + 1).isWord()
          && tokens.get(end + 1).isCapitalised() && !tokens.get(end + 1).newlineBefore()
          && (organisation ? ORGANISATION_CONNECTORS.contains(t.lower()) : NAME_PARTICLES.contains(t.lower()))) {
        end += 2;
      } else if (!organisation && t.isWord() && (t.lower().startsWith("al-") || t.lower().startsWith("el-"))
          && t.text().length() > 3) {
        end++;
      } else {
        break;
      }
    }
    // an organisation's name does not end on a connector
    while (organisation && end - 1 > i && ORGANISATION_CONNECTORS.contains(tokens.get(end - 1).lower())) {
      end--;
    }
    return end;
  }

  private boolean isOrganisation(List<Token> tokens, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    for (int k = start; k < end; k++) {
      String word = tokens.get(k).lower();
      if (k == start && !ORGANISATION_CONNECTORS.contains(tokens.get(start + 1).lower())) {
        continue; // "Army Gen. Mark Milley" is a person; "University of Texas" an organisation
      }
      if (tokens.get(k).isCapitalised() && lexicons.isOrganisationWord(word) && !lexicons.isTitle(word)) {
        return true;
      }
    }
    return false;
  }

  /** Titles that only modify the title after them ("former", "acting"), not a name. */
  private static final Set<String> TITLE_MODIFIERS = Set.of("former", "acting", "deputy", "vice", "prime", "press",
      "chief", "private", "general", "major", "father", "host", "anchor", "leader", "speaker", "justice", "chair");

  /** A title or honorific that introduces a name ("Gen.", "Mr.", "President", "coach"). */
  private boolean isTitle(Token token) {
    String lower = token.lower();
    if (lexicons.isHonorific(lower)) {
      return true;
    }
    if (!lexicons.isTitle(lower)) {
      return false;
    }
    // "General", "Major", "Speaker" are titles when written so before a name, words otherwise
    return !TITLE_MODIFIERS.contains(lower) || token.isCapitalised() && !lower.equals("former") && !lower.equals("acting");
  }

  private static boolean allCaps(Token token) {
    String text = token.text();
    for (int k = 0; k < text.length(); k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean personNounWithin(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (lexicons.isPersonNoun(t.lower()) || lexicons.isTitle(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(Token token) {
    return token.isWord() && !token.text().isEmpty() && Character.isDigit(token.text().charAt(0));
  }

  private static boolean inside(Span span, List<PersonName> persons) {
    for (PersonName p : persons) {
      if (p.span().begin() <= span.begin() && span.end() <= p.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideSpans(Span span, List<Span> spans) {
    for (Span s : spans) {
      if (s.begin() <= span.begin() && span.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** The surname without a possessive ending, lower case. */
  private static String surnameKey(Token token) {
    String lower = token.lower();
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    return lower;
  }

  private static String normalise(String name) {
    return name.replaceAll("\\s+", " ").strip();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
