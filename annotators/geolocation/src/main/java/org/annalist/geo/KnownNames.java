package org.annalist.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.type.Organisation;
import org.annalist.type.Person;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * The person and organisation names an earlier annotator put in the CAS (the shared person layer).
 * A person's name is never a place; a place inside an organisation's name is a separate, marked
 * reading (usage EMBEDDED). A name taken for a person only because a speech verb or an apposition
 * follows it ("Abu Dhabi said") does not hide a place name that covers exactly the same words.
 */
public final class KnownNames {

  /** Evidence that does not outweigh a place name covering the same words. */
  private static final Set<String> WEAK_EVIDENCE = Set.of("CUE", "APPOSITION");

  private record Name(int begin, int end, boolean weak) {}

  private final List<Name> persons = new ArrayList<>();
  private final List<int[]> organisations = new ArrayList<>();

  public static final KnownNames NONE = new KnownNames();

  /** Adds a person's name; {@code weak} when only a speech verb or an apposition made it one. */
  public KnownNames person(int begin, int end, boolean weak) {
    persons.add(new Name(begin, end, weak));
    return this;
  }

  public KnownNames organisation(int begin, int end) {
    organisations.add(new int[] {begin, end});
    return this;
  }

  /** The Person and Organisation annotations of the CAS. */
  public static KnownNames of(JCas jcas) {
    KnownNames names = new KnownNames();
    for (Person person : JCasUtil.select(jcas, Person.class)) {
      names.person(person.getBegin(), person.getEnd(), WEAK_EVIDENCE.contains(person.getEvidence()));
    }
    for (Organisation organisation : JCasUtil.select(jcas, Organisation.class)) {
      names.organisation(organisation.getBegin(), organisation.getEnd());
    }
    return names;
  }

  /** True when [begin, end) is (part of) a person's name. */
  public boolean isPerson(int begin, int end) {
    return isPerson(begin, end, null);
  }

  /**
   * True when [begin, end) of the text is (part of) a person's name. A name taken for a person only
   * by a speech verb or an apposition and led by an acronym of three or more capitals is a
   * broadcaster's or a firm's ("told CTV Edmonton", "said NBC Chicago"), not a person's.
   */
  public boolean isPerson(int begin, int end, CharSequence text) {
    for (Name p : persons) {
      if (p.begin < end && begin < p.end && !(p.weak && p.begin == begin && p.end == end)
          && !(p.weak && text != null && begin > p.begin && ledByAcronym(text, p.begin, begin))) {
        return true;
      }
    }
    return false;
  }

  /** Only an all-capitals word of three or more letters and spaces stand in text[from, to). */
  private static boolean ledByAcronym(CharSequence text, int from, int to) {
    int letters = 0;
    int i = from;
    while (i < to && Character.isUpperCase(text.charAt(i))) {
      letters++;
      i++;
    }
    if (letters < 3) {
      return false;
    }
    for (; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * The first and last words (folded keys) of the persons' names of two or more words that an
   * earlier annotator found on its own evidence (a title, a first name): "Barry" and "Smith" of
   * "Barry Smith", "Wang" of "Wang Quanzhang". Within one document such a word alone refers to the
   * person ("Barry said", "Wang has since been charged").
   */
  public java.util.Set<String> personWords(CharSequence text) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Name p : persons) {
      if (p.weak || p.end > text.length()) {
        continue;
      }
      String name = text.subSequence(p.begin, p.end).toString().strip();
      int firstSpace = name.indexOf(' ');
      int lastSpace = name.lastIndexOf(' ');
      if (firstSpace < 0) {
        continue;
      }
      words.add(org.annalist.geo.gazetteer.NameKey.of(name.substring(0, firstSpace)));
      words.add(org.annalist.geo.gazetteer.NameKey.of(name.substring(lastSpace + 1)));
    }
    return words;
  }

  /** True when a person's name overlaps [begin, end) and reaches outside it. */
  public boolean isPersonBeyond(int begin, int end) {
    for (Name p : persons) {
      if (p.begin < end && begin < p.end && (p.begin < begin || p.end > end)) {
        return true;
      }
    }
    return false;
  }

  /** True when [begin, end) lies inside an organisation's name and is not the whole of it. */
  public boolean insideOrganisation(int begin, int end) {
    for (int[] o : organisations) {
      if (o[0] <= begin && end <= o[1] && (o[0] != begin || o[1] != end)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return persons.isEmpty() && organisations.isEmpty();
  }
}
