package org.annalist.quotes.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the extractor reads, loaded once per JVM from readable resource files in
 * {@code org/annalist/quotes/}. Immutable and safe to share across threads.
 */
public final class Lexicons {

  private static final Lexicons DEFAULT = load();

  private final CueLexicon cues;
  private final Set<String> titles;
  private final Set<String> honorifics;
  private final Set<String> personNouns;
  private final Set<String> organisationWords;
  private final Set<String> documentNouns;
  private final Set<String> femaleNames;
  private final Set<String> maleNames;

  private Lexicons(CueLexicon cues, Set<String> titles, Set<String> honorifics, Set<String> personNouns,
      Set<String> organisationWords, Set<String> documentNouns, Set<String> femaleNames, Set<String> maleNames) {
    this.cues = cues;
    this.titles = titles;
    this.honorifics = honorifics;
    this.personNouns = personNouns;
    this.organisationWords = organisationWords;
    this.documentNouns = documentNouns;
    this.femaleNames = femaleNames;
    this.maleNames = maleNames;
  }

  public static Lexicons standard() {
    return DEFAULT;
  }

  private static Lexicons load() {
    Set<String> titles = new HashSet<>();
    Set<String> honorifics = new HashSet<>();
    for (String line : lines("titles.txt")) {
      if (line.startsWith("!")) {
        honorifics.add(line.substring(1));
        titles.add(line.substring(1));
      } else {
        titles.add(line);
      }
    }
    return new Lexicons(CueLexicon.parse(lines("cues.txt")), Set.copyOf(titles), Set.copyOf(honorifics),
        Set.copyOf(lines("person-nouns.txt")), Set.copyOf(lines("organisation-words.txt")),
        Set.copyOf(lines("document-nouns.txt")), words("female-names.txt"), words("male-names.txt"));
  }

  private static Set<String> words(String resource) {
    Set<String> words = new HashSet<>();
    for (String line : lines(resource)) {
      words.addAll(java.util.Arrays.asList(line.split("\\s+")));
    }
    return Set.copyOf(words);
  }

  static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Lexicons.class.getResourceAsStream("/org/annalist/quotes/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  public CueLexicon cues() {
    return cues;
  }

  public boolean isTitle(String lower) {
    return titles.contains(lower);
  }

  public boolean isHonorific(String lower) {
    return honorifics.contains(lower);
  }

  public boolean isPersonNoun(String lower) {
    return personNouns.contains(lower);
  }

  public boolean isOrganisationWord(String lower) {
    return organisationWords.contains(lower);
  }

  /** Gender suggested by a name's honorific or first name ("Mrs. Clinton", "Donna Brazile"). */
  public Gender genderOf(String name) {
    int i = 0;
    int n = name.length();
    while (i < n) {
      while (i < n && isSeparator(name.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(name.charAt(i))) {
        i++;
      }
      if (i > start) {
        Gender gender = genderOfWord(name.substring(start, i).toLowerCase(Locale.ROOT));
        if (gender != null) {
          return gender;
        }
      }
    }
    return Gender.UNKNOWN;
  }

  /** A comma or the white space of the regular expression {@code \s}. */
  private static boolean isSeparator(char c) {
    return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The gender a word of a name tells, or null when it tells none. */
  private Gender genderOfWord(String word) {
    if (Words.MALE_HONORIFICS.contains(word)) {
      return Gender.MALE;
    }
    if (Words.FEMALE_HONORIFICS.contains(word)) {
      return Gender.FEMALE;
    }
    if (femaleNames.contains(word)) {
      return maleNames.contains(word) ? Gender.UNKNOWN : Gender.FEMALE;
    }
    if (maleNames.contains(word)) {
      return Gender.MALE;
    }
    return null;
  }

  public boolean isDocumentNoun(String lower) {
    return documentNouns.contains(lower);
  }
}
