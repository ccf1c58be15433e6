package org.annalist.corpus;

import java.util.ArrayList;
import java.util.List;
import org.annalist.corpus.CorpusDocument.PersonMention;
import org.annalist.corpus.CorpusDocument.PlaceMention;
import org.annalist.corpus.CorpusDocument.QuoteMention;
import org.annalist.corpus.CorpusDocument.TimeMention;

/** Builds CorpusDocuments for tests, a field at a time. */
public final class Docs {

  private final String id;
  private String title;
  private String published;
  private String text = "";
  private final List<TimeMention> times = new ArrayList<>();
  private final List<PlaceMention> places = new ArrayList<>();
  private final List<PersonMention> persons = new ArrayList<>();
  private final List<QuoteMention> quotes = new ArrayList<>();

  private Docs(String id) {
    this.id = id;
  }

  public static Docs doc(String id) {
    return new Docs(id);
  }

  public Docs title(String value) {
    title = value;
    return this;
  }

  public Docs published(String value) {
    published = value;
    return this;
  }

  public Docs text(String value) {
    text = value;
    return this;
  }

  public Docs day(String isoDay) {
    times.add(new TimeMention(isoDay, isoDay, isoDay, isoDay));
    return this;
  }

  public Docs place(String name, long geonamesId) {
    places.add(new PlaceMention(name, geonamesId, "IQ", 33.0, 44.0));
    return this;
  }

  public Docs person(String text, String canonical, String role) {
    persons.add(new PersonMention(text, canonical, role, 0, text.length()));
    return this;
  }

  /** A mention with the quotes annotator's entity kind (PERSON, ORGANIZATION, PRONOUN, ...). */
  public Docs person(String text, String canonical, String role, String entityKind) {
    persons.add(new PersonMention(text, canonical, role, entityKind, 0, text.length()));
    return this;
  }

  public Docs quote(String content, String speaker) {
    return quote(content, speaker, null);
  }

  public Docs quote(String content, String speaker, String role) {
    quotes.add(new QuoteMention(quotes.size(), content, true, speaker, speaker, role, 0, content.length()));
    return this;
  }

  /** The values of one key in a list of maps (a group's details), for assertions. */
  public static List<Object> field(Object listOfMaps, String key) {
    List<Object> values = new ArrayList<>();
    for (Object item : (List<?>) listOfMaps) {
      values.add(((java.util.Map<?, ?>) item).get(key));
    }
    return values;
  }

  public CorpusDocument build() {
    return new CorpusDocument(id, title, published, text, List.copyOf(times), List.copyOf(places),
        List.copyOf(persons), List.copyOf(quotes));
  }
}
