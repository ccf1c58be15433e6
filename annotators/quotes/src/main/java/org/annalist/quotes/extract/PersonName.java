package org.annalist.quotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person name reduced to its comparable parts: titles, middle initials and suffixes removed, so
 * that "Maj. Gen. John W. Brennan, Jr." and "Major General John Brennan Jr" share the key
 * "john brennan".
 */
public record PersonName(String surface, List<String> parts) {

  public static PersonName parse(String surface, Lexicons lexicons) {
    List<String> parts = new ArrayList<>();
    for (String raw : Words.SPACES_OR_COMMAS.split(surface)) {
      String word = Words.stripPossessive(raw);
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.isEmpty() || Words.NAME_SUFFIXES.contains(lower) || lexicons.isTitle(lower)) {
        continue;
      }
      boolean initial = lower.length() <= 2 && lower.endsWith(".") || lower.length() == 1;
      if (initial) {
        continue;
      }
      parts.add(lower.replace('’', '\''));
    }
    return new PersonName(surface, parts);
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  public String first() {
    return parts.get(0);
  }

  public String last() {
    return parts.get(parts.size() - 1);
  }

  /** "john brennan" for full names, "brennan" for a surname alone. */
  public String key() {
    return parts.size() == 1 ? last() : first() + " " + last();
  }
}
