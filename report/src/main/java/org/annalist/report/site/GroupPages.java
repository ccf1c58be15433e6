package org.annalist.report.site;

import static org.annalist.report.site.SiteBuilder.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.report.model.CorpusGroups;
import org.annalist.report.model.CorpusGroups.Group;

/**
 * The pages of the corpus stage's groups: {@code stories.html} and a page per story (its documents,
 * places, speakers, quotes reported in several of its documents and people), {@code people.html} and
 * a page per person (name variants, roles over time, quotes with their documents and dates, stories).
 * Written only for the kinds the run's database has; each page links only to pages the site has.
 */
final class GroupPages {

  /** At most this many quote groups and people are listed on a story page, and quotes on a person page. */
  static final int MAX_STORY_QUOTES = 100;
  static final int MAX_STORY_PEOPLE = 100;
  static final int MAX_PERSON_QUOTES = 500;
  /** At most this many sources (the earliest) are listed under a quote of a story page. */
  static final int MAX_QUOTE_SOURCES = 10;
  /** At most this many copies are listed on a document page (10,000 copies of one text must not make 10⁸ links). */
  static final int MAX_DOCUMENT_COPIES = 20;
  private static final int CHUNK = 256;

  private final CorpusIndex index;
  private final CorpusGroups groups;
  private final Templates templates;
  private final Path folder;
  private final String title;
  private final Map<String, CorpusIndex.DocEntry> docs = new HashMap<>();
  private final Map<String, Group> personByName = new HashMap<>();

  GroupPages(CorpusIndex index, CorpusGroups groups, Templates templates, Path folder, String title) {
    this.index = index;
    this.groups = groups;
    this.templates = templates;
    this.folder = folder;
    this.title = title;
    for (CorpusIndex.DocEntry doc : index.docs) {
      docs.put(doc.id(), doc);
    }
    for (Group person : groups.of(CorpusGroups.PEOPLE)) {
      personByName.putIfAbsent(nameKey(person.label()), person);
      for (Object variant : list(person.details().get("variants"))) {
        personByName.putIfAbsent(nameKey(String.valueOf(variant)), person);
      }
    }
  }

  static String storyPage(String id) {
    return DocumentFiles.storyPage(id);
  }

  static String personPage(String id) {
    return DocumentFiles.personPage(id);
  }

  /** The index pages and, in chunks for the writer threads, one page per story and per person. */
  List<Runnable> pages() {
    List<Runnable> pages = new ArrayList<>();
    if (groups.has(CorpusGroups.STORIES)) {
      pages.add(this::writeStoryIndex);
      chunks(groups.of(CorpusGroups.STORIES), pages, this::writeStory);
    }
    if (groups.has(CorpusGroups.PEOPLE)) {
      pages.add(this::writePeopleIndex);
      chunks(groups.of(CorpusGroups.PEOPLE), pages, this::writePerson);
    }
    return pages;
  }

  private static void chunks(List<Group> all, List<Runnable> pages, java.util.function.Consumer<Group> writer) {
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Group> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      pages.add(() -> part.forEach(writer));
    }
  }

  void writeStoryIndex() {
    List<Group> stories = new ArrayList<>(groups.of(CorpusGroups.STORIES));
    stories.sort(Comparator.comparingInt((Group g) -> -g.documents().size())
        .thenComparing(g -> string(g.details().get("from")), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Group::id));
    List<Map<String, Object>> rows = new ArrayList<>(stories.size());
    for (Group story : stories) {
      rows.add(TableCells.row(TableCells.cell(story.label(), storyPage(story.id())),
          TableCells.cell(string(story.details().get("from"))), TableCells.cell(string(story.details().get("to"))),
          TableCells.num(story.documents().size()),
          TableCells.cell(joined(story.details().get("places"), "name", 3)),
          TableCells.cell(joined(story.details().get("speakers"), "name", 3))));
    }
    templates.write(templates.table, map("root", "", "reportTitle", title, "pageTitle", "Stories",
        "subtitle", stories.size() + " stories (documents about one event, grouped by the corpus stage)",
        "columns", List.of(TableCells.col("story"), TableCells.col("from"), TableCells.col("to"),
            TableCells.numCol("documents"), TableCells.col("main places"), TableCells.col("speakers")),
        "rows", rows, "empty", rows.isEmpty()), folder.resolve("stories.html"));
  }

  void writePeopleIndex() {
    List<Group> people = new ArrayList<>(groups.of(CorpusGroups.PEOPLE));
    people.sort(Comparator.comparingInt((Group g) -> -list(g.details().get("quotes")).size())
        .thenComparingInt(g -> -g.documents().size()).thenComparing(Group::label));
    List<Map<String, Object>> rows = new ArrayList<>(people.size());
    for (Group person : people) {
      rows.add(TableCells.row(TableCells.cell(person.label(), personPage(person.id())),
          TableCells.cell(String.join("; ", strings(person.details().get("variants"), 4))),
          TableCells.cell(joined(person.details().get("roles"), "role", 3)),
          TableCells.num(list(person.details().get("quotes")).size()), TableCells.num(person.documents().size()),
          TableCells.num(storiesOf(person.documents()).size())));
    }
    templates.write(templates.table, map("root", "", "reportTitle", title, "pageTitle", "People",
        "subtitle", people.size() + " people (one person under all the names the documents give)",
        "columns", List.of(TableCells.col("person"), TableCells.col("names"), TableCells.col("roles"),
            TableCells.numCol("quotes"), TableCells.numCol("documents"), TableCells.numCol("stories")),
        "rows", rows, "empty", rows.isEmpty()), folder.resolve("people.html"));
  }

  private void writeStory(Group story) {
    templates.write(templates.story, storyScope(story), folder.resolve(storyPage(story.id())));
  }

  private void writePerson(Group person) {
    templates.write(templates.person, personScope(person), folder.resolve(personPage(person.id())));
  }

  Map<String, Object> storyScope(Group story) {
    Map<String, Double> similarity = new HashMap<>();
    for (Map<String, Object> member : story.members()) {
      if (member.get("document") instanceof String d && member.get("similarity") instanceof Number n) {
        similarity.put(d, n.doubleValue());
      }
    }
    List<Map<String, Object>> documents = new ArrayList<>();
    for (String id : story.documents()) {
      Map<String, Object> item = documentLink(id);
      Double s = similarity.get(id);
      item.put("note", (item.get("published") == null ? "undated" : item.get("published"))
          + (s == null || s >= 1.0 ? "" : String.format(Locale.ROOT, " · similarity %.2f", s)));
      documents.add(item);
    }
    List<Map<String, Object>> places = new ArrayList<>();
    for (Object o : list(story.details().get("places"))) {
      Map<?, ?> place = (Map<?, ?>) o;
      CorpusIndex.PlaceStats stats = place.get("geonamesId") == null ? null
          : index.places.get("geonames:" + place.get("geonamesId"));
      places.add(map("name", string(place.get("name")), "href", stats == null ? null : "../" + CorpusPages.placePage(stats),
          "geonamesId", place.get("geonamesId"), "country", place.get("countryCode"), "documents", place.get("documents")));
    }
    List<Map<String, Object>> speakers = new ArrayList<>();
    for (Object o : list(story.details().get("speakers"))) {
      Map<?, ?> speaker = (Map<?, ?>) o;
      String name = string(speaker.get("name"));
      Group person = name == null ? null : personByName.get(nameKey(name));
      CorpusIndex.SpeakerStats stats = name == null ? null : index.speakers.get(name);
      speakers.add(map("name", name, "quotes", speaker.get("quotes"),
          "personHref", person == null ? null : "../" + personPage(person.id()),
          "speakerHref", stats == null ? null : "../" + CorpusPages.speakerPage(stats)));
    }
    List<Map<String, Object>> eventDates = new ArrayList<>();
    for (Object o : list(story.details().get("eventDates"))) {
      Map<?, ?> date = (Map<?, ?>) o;
      eventDates.add(map("date", string(date.get("date")), "mentions", date.get("mentions")));
    }
    // quotes reported in several documents, of which at least one is in this story (groups keyed by id:
    // a group's own hash would walk all its documents)
    Map<String, Group> quoteGroups = new LinkedHashMap<>();
    Map<String, Group> peopleById = new LinkedHashMap<>();
    Map<String, Integer> peopleDocuments = new HashMap<>();
    for (String id : story.documents()) {
      for (Group quote : groups.ofDocument(id, CorpusGroups.QUOTES)) {
        quoteGroups.putIfAbsent(quote.id(), quote);
      }
      for (Group person : groups.ofDocument(id, CorpusGroups.PEOPLE)) {
        peopleById.putIfAbsent(person.id(), person);
        peopleDocuments.merge(person.id(), 1, Integer::sum);
      }
    }
    List<Group> quoteList = new ArrayList<>(quoteGroups.values());
    quoteList.sort(Comparator.comparingInt((Group g) -> -g.documents().size()).thenComparing(Group::id));
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Group quote : quoteList.subList(0, Math.min(MAX_STORY_QUOTES, quoteList.size()))) {
      List<Map<String, Object>> sources = new ArrayList<>();
      for (String id : quote.documents().subList(0, Math.min(MAX_QUOTE_SOURCES, quote.documents().size()))) {
        sources.add(documentLink(id));
      }
      String speaker = string(quote.details().get("speaker"));
      Group person = speaker == null ? null : personByName.get(nameKey(speaker));
      quotes.add(map("text", quote.label(), "speaker", speaker,
          "personHref", person == null ? null : "../" + personPage(person.id()), "sources", sources,
          "count", quote.documents().size(),
          "moreSources", quote.documents().size() > MAX_QUOTE_SOURCES ? quote.documents().size() - MAX_QUOTE_SOURCES : null));
    }
    List<Group> peopleList = new ArrayList<>(peopleById.values());
    peopleList.sort(Comparator.comparingInt((Group g) -> -peopleDocuments.get(g.id())).thenComparing(Group::label));
    List<Map<String, Object>> peopleItems = new ArrayList<>();
    for (Group person : peopleList.subList(0, Math.min(MAX_STORY_PEOPLE, peopleList.size()))) {
      peopleItems.add(map("name", person.label(), "href", "../" + personPage(person.id()),
          "documents", peopleDocuments.get(person.id())));
    }
    String from = string(story.details().get("from"));
    String to = string(story.details().get("to"));
    String span = from == null ? "undated" : from.equals(to) || to == null ? from : from + " – " + to;
    return map("root", "../", "reportTitle", title, "pageTitle", story.label(), "id", story.id(),
        "subtitle", span + " · " + story.documents().size() + " documents",
        "from", from, "to", to, "documents", documents, "places", places, "speakers", speakers,
        "eventDateList", eventDates.isEmpty() ? null : map("items", eventDates), "quotes", quotes,
        "quotesMore", quoteList.size() > MAX_STORY_QUOTES ? quoteList.size() - MAX_STORY_QUOTES : null,
        "people", peopleItems,
        "peopleMore", peopleList.size() > MAX_STORY_PEOPLE ? peopleList.size() - MAX_STORY_PEOPLE : null);
  }

  Map<String, Object> personScope(Group person) {
    List<Map<String, Object>> roles = new ArrayList<>();
    for (Object o : list(person.details().get("roles"))) {
      Map<?, ?> role = (Map<?, ?>) o;
      roles.add(map("role", string(role.get("role")), "first", string(role.get("first")),
          "last", string(role.get("last")), "documents", role.get("documents")));
    }
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Object o : list(person.details().get("quotes"))) {
      Map<?, ?> quote = (Map<?, ?>) o;
      Map<String, Object> item = documentLink(string(quote.get("document")));
      item.put("text", string(quote.get("content")));
      quotes.add(item);
    }
    quotes.sort(Comparator.comparing((Map<String, Object> q) -> (String) q.get("published"),
        Comparator.nullsLast(Comparator.naturalOrder())));
    int quoteCount = quotes.size();
    List<Map<String, Object>> documents = new ArrayList<>();
    for (String id : person.documents()) {
      documents.add(documentLink(id));
    }
    List<Map<String, Object>> stories = new ArrayList<>();
    for (Group story : storiesOf(person.documents())) {
      String from = string(story.details().get("from"));
      String to = string(story.details().get("to"));
      stories.add(map("label", story.label(), "href", "../" + storyPage(story.id()),
          "note", (from == null ? "undated" : from.equals(to) || to == null ? from : from + " – " + to)
              + " · " + story.documents().size() + " documents"));
    }
    return map("root", "../", "reportTitle", title, "pageTitle", person.label(), "id", person.id(),
        "subtitle", person.documents().size() + " documents · " + quoteCount + " quotes · " + stories.size() + " stories",
        "variants", strings(person.details().get("variants"), Integer.MAX_VALUE), "roles", roles,
        "quotes", quotes.subList(0, Math.min(MAX_PERSON_QUOTES, quoteCount)),
        "quotesMore", quoteCount > MAX_PERSON_QUOTES ? quoteCount - MAX_PERSON_QUOTES : null,
        "stories", stories, "documents", documents);
  }

  /** The stories of some documents, in order of first appearance. */
  private List<Group> storiesOf(List<String> documents) {
    Map<String, Group> stories = new LinkedHashMap<>();
    for (String id : documents) {
      for (Group story : groups.ofDocument(id, CorpusGroups.STORIES)) {
        stories.putIfAbsent(story.id(), story);
      }
    }
    return new ArrayList<>(stories.values());
  }

  /** A document's title, publication date and page (no link when the report has no page for it). */
  private Map<String, Object> documentLink(String id) {
    CorpusIndex.DocEntry doc = id == null ? null : docs.get(id);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("label", doc == null ? id : doc.label());
    item.put("href", doc == null ? null : "../" + doc.file());
    item.put("published", doc == null ? null : CorpusIndex.day(doc.published()));
    item.put("id", id);
    return item;
  }

  /** The group links of one document's page: its stories, people and copies. */
  static Map<String, Object> documentScope(CorpusGroups groups, String documentId) {
    if (groups == null || groups.isEmpty()) {
      return null;
    }
    List<Map<String, Object>> stories = new ArrayList<>();
    for (Group story : groups.ofDocument(documentId, CorpusGroups.STORIES)) {
      stories.add(map("label", story.label(), "href", "../" + storyPage(story.id()),
          "note", story.documents().size() + " documents"));
    }
    List<Map<String, Object>> people = new ArrayList<>();
    for (Group person : groups.ofDocument(documentId, CorpusGroups.PEOPLE)) {
      people.add(map("label", person.label(), "href", "../" + personPage(person.id())));
    }
    List<Map<String, Object>> copies = new ArrayList<>();
    int moreCopies = 0;
    for (Group copy : groups.ofDocument(documentId, CorpusGroups.DUPLICATES)) {
      for (Map<String, Object> member : copy.members()) {
        if (member.get("document") instanceof String other && !other.equals(documentId)) {
          if (copies.size() >= MAX_DOCUMENT_COPIES) {
            moreCopies++; // the canonical copy comes first, so it is always listed
            continue;
          }
          Object similarity = member.get("similarity");
          copies.add(map("label", other, "href", "../" + DocumentFiles.documentPage(other),
              "note", (Boolean.TRUE.equals(member.get("exact")) ? "exact copy" : similarity instanceof Number n
                  ? String.format(Locale.ROOT, "similarity %.2f to the canonical copy", n.doubleValue()) : "copy")
                  + (other.equals(copy.details().get("canonical")) ? " · canonical" : "")));
        }
      }
    }
    int repeated = groups.ofDocument(documentId, CorpusGroups.QUOTES).size();
    return map("hasStories", groups.has(CorpusGroups.STORIES), "stories", stories,
        "hasPeople", groups.has(CorpusGroups.PEOPLE), "people", people,
        "copyList", copies.isEmpty() ? null : map("items", copies, "more", moreCopies == 0 ? null : moreCopies),
        "repeatedQuotes", repeated == 0 ? null : repeated);
  }

  private static String nameKey(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  private static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static List<String> strings(Object value, int max) {
    List<String> out = new ArrayList<>();
    for (Object o : list(value)) {
      if (out.size() >= max) {
        break;
      }
      out.add(String.valueOf(o));
    }
    return out;
  }

  /** The first {@code max} values of one key in a list of maps, joined. */
  private static String joined(Object listOfMaps, String key, int max) {
    List<String> values = new ArrayList<>();
    for (Object o : list(listOfMaps)) {
      if (values.size() >= max) {
        break;
      }
      if (o instanceof Map<?, ?> m && m.get(key) != null) {
        values.add(String.valueOf(m.get(key)));
      }
    }
    return String.join("; ", values);
  }
}
