package org.annalist.quotes.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.quotes.text.Token;

/** Cue verbs and phrases, matched on tokens (longest form first). */
public final class CueLexicon {

  /** What a cue can introduce. */
  public enum Kind {
    /** Direct quotes and reported speech. */
    SPEECH,
    /** Reported speech or thought only, with a clause after it. */
    THOUGHT,
    /** An intention or position given as a to-infinitive: wants to, declined to. */
    INTENT,
    /** Direct quotes only: a sign reads "...", the crowd chanted "...". */
    QUOTING,
    /** "according to X". */
    SOURCE
  }

  /** A cue found at a token index: how many tokens it covers, its lemma and kind. */
  public record Match(int start, int length, String lemma, Kind kind) {
    public int end() {
      return start + length;
    }
  }

  private record Form(String[] words, String lemma, Kind kind) {}

  private final Map<String, List<Form>> byFirstWord;

  private CueLexicon(Map<String, List<Form>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  static CueLexicon parse(List<String> lines) {
    Map<String, List<Form>> map = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\|");
      if (parts.length != 3) {
        throw new IllegalArgumentException("bad cue line: " + line);
      }
      String lemma = parts[0].strip();
      Kind kind = Kind.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT));
      for (String form : parts[2].split(",")) {
        String[] words = form.strip().split("\\s+");
        map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Form(words, lemma, kind));
      }
    }
    map.values().forEach(list -> list.sort(Comparator.comparingInt((Form f) -> -f.words().length)));
    return new CueLexicon(map);
  }

  /** The longest cue starting at token index {@code i}, or null. */
  public Match match(List<Token> tokens, int i, int limit) {
    List<Form> forms = byFirstWord.get(tokens.get(i).lower());
    if (forms == null) {
      return null;
    }
    for (Form form : forms) {
      if (i + form.words().length > limit) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < form.words().length && all; k++) {
        all = tokens.get(i + k).lower().equals(form.words()[k]);
      }
      if (all) {
        return new Match(i, form.words().length, form.lemma(), form.kind());
      }
    }
    return null;
  }
}
