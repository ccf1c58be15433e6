package org.annalist.corpus.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.corpus.CorpusDocument.PersonMention;

/**
 * Which stored person mentions name a person. The quotes annotator writes every speaker it finds as a
 * person mention with a kind; only {@code PERSON} mentions (and pronouns and descriptions that it
 * resolved to a person's name) name one, and even a {@code PERSON} mention must have the shape of a
 * proper name:
 * <ul>
 *   <li>not an organisation's shape: no connecting word between capitalised words ("Ministry of
 *       Electricity", "Observatory for Human Rights");</li>
 *   <li>not the head of a common-noun phrase: the mention does not go on in lower case after the name
 *       ("Residents of the villages below the dam");</li>
 *   <li>a one-word name is not an acronym ("IRGC") and is not a word the document also writes in lower
 *       case, itself or its singular ("Residents" where the text says "residents" or "resident").</li>
 * </ul>
 * Mentions of unknown kind (older databases, other annotators) are judged by their shape alone.
 */
public final class PersonMentions {

  /** Kinds that never name a person. */
  private static final Set<String> NOT_PEOPLE = Set.of("ORGANIZATION", "GROUP", "DOCUMENT");
  /** Kinds that refer to a person only through the name they were resolved to. */
  private static final Set<String> REFERENCES = Set.of("PRONOUN", "DESCRIPTION");
  /** Words that join the parts of an organisation's name. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "on", "at", "to", "in", "the");

  private PersonMentions() {}

  /** The name a mention gives a person, or null when it names no person. */
  public static String personName(PersonMention mention, String documentText) {
    String kind = mention.entityKind() == null ? null : mention.entityKind().toUpperCase(Locale.ROOT);
    if (kind != null && NOT_PEOPLE.contains(kind)) {
      return null;
    }
    boolean reference = kind != null && REFERENCES.contains(kind);
    String name = mention.canonicalName() != null && !mention.canonicalName().isBlank()
        ? mention.canonicalName().strip() : reference ? null : mention.text();
    if (name == null || !hasNameShape(name)) {
      return null;
    }
    if (!reference && continuesAsCommonNoun(mention.text(), name)) {
      return null;
    }
    PersonName parsed = PersonName.parse(name);
    if (parsed == null) {
      return null;
    }
    if (parsed.bare() && isCommonWord(bareWord(name), documentText)) {
      return null;
    }
    return name;
  }

  /** A pronoun or a description: it refers to a person only through the name it was resolved to. */
  public static boolean isReference(PersonMention mention) {
    return mention.entityKind() != null && REFERENCES.contains(mention.entityKind().toUpperCase(Locale.ROOT));
  }

  /** Whether the mention's own text is a name variant (a pronoun or a description is not). */
  public static boolean textIsName(PersonMention mention) {
    String kind = mention.entityKind() == null ? null : mention.entityKind().toUpperCase(Locale.ROOT);
    return mention.text() != null && !mention.text().isBlank() && (kind == null || !REFERENCES.contains(kind))
        && PersonName.parse(mention.text()) != null && hasNameShape(mention.text());
  }

  /** The name's last capitalised run, read word by word: no connector between capitalised words before it. */
  static boolean hasNameShape(String name) {
    String text = name;
    int comma = text.indexOf(',');
    if (comma > 0) {
      text = text.substring(0, comma);
    }
    String[] tokens = text.strip().split("\\s+");
    for (int i = 1; i + 1 < tokens.length; i++) {
      String word = tokens[i].toLowerCase(Locale.ROOT);
      if (CONNECTORS.contains(word) && capitalised(tokens[i - 1]) && capitalised(tokens[i + 1])) {
        return false;
      }
    }
    return true;
  }

  /** "Residents of the villages": the mention goes on in lower case right after the name. */
  static boolean continuesAsCommonNoun(String mentionText, String name) {
    if (mentionText == null) {
      return false;
    }
    int at = mentionText.indexOf(name);
    if (at < 0) {
      return false;
    }
    String rest = mentionText.substring(at + name.length()).stripLeading();
    return !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0));
  }

  private static String bareWord(String name) {
    String text = name;
    int comma = text.indexOf(',');
    if (comma > 0) {
      text = text.substring(0, comma);
    }
    String[] tokens = text.strip().split("\\s+");
    return tokens[tokens.length - 1].replaceAll("[^\\p{L}\\p{N}'’-]", "");
  }

  /** An acronym, or a word the document writes in lower case (itself or, for a plural, its singular). */
  static boolean isCommonWord(String word, String documentText) {
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      return true;
    }
    if (documentText == null || documentText.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (occursInLowerCase(lower, documentText)) {
      return true;
    }
    for (String singular : singulars(lower)) {
      if (occursInLowerCase(singular, documentText)) {
        return true;
      }
    }
    return false;
  }

  /** What a word would be in the singular if it were a regular English plural ("residents", "witnesses", "parties"). */
  private static List<String> singulars(String lower) {
    List<String> forms = new ArrayList<>();
    if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
      forms.add(lower.substring(0, lower.length() - 1));
      if (lower.endsWith("es")) {
        forms.add(lower.substring(0, lower.length() - 2));
      }
      if (lower.endsWith("ies")) {
        forms.add(lower.substring(0, lower.length() - 3) + "y");
      }
    }
    return forms;
  }

  private static boolean occursInLowerCase(String lowerWord, String text) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lowerWord) + "(?![\\p{L}\\p{N}])").matcher(text).find();
  }

  private static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }
}
