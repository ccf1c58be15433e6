package org.annalist.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.report.model.CorpusGroups;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;
import org.annalist.report.model.RunRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story and person pages and the document pages' links to them, from groups shaped as the corpus stage stores them. */
class GroupPagesTest {

  private static final String HOSTILE = "<script>alert(1)</script> & \"x\"";

  @TempDir
  Path folder;

  private static ReportDocument doc(String id, String title, String published, String speaker, String quote) {
    String text = title + ". " + speaker + " said \"" + quote + "\" in Erbil.";
    int q = text.indexOf(quote);
    int place = text.indexOf("Erbil");
    List<Mention> mentions = List.of(
        new Mention(Mention.QUOTE, q, q + quote.length(), quote, speaker, Map.of("speaker", speaker)),
        new Mention(Mention.PLACE, place, place + 5, "Erbil", "geonames:95446",
            new LinkedHashMap<>(Map.of("name", "Erbil", "geonamesId", "95446", "lat", "36.19", "lon", "44.01"))));
    return new ReportDocument(id, null, "text/plain", title, null, published, "meta:test", "en", text, false, mentions);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    return SiteBuilder.map(keysAndValues);
  }

  /** Two documents of one flood story (copies of each other) and one of another story, with their people and a shared quote. */
  private static CorpusGroups groups() {
    CorpusGroups groups = CorpusGroups.none();
    groups.add(CorpusGroups.STORIES, new CorpusGroups.Group(CorpusGroups.STORIES, "stories-flood", "Flash flood in Erbil",
        List.of("a", "b", "missing"),
        List.of(map("document", "a", "similarity", 1.0), map("document", "b", "similarity", 0.62),
            map("document", "missing", "similarity", 0.4)),
        map("from", "2024-04-04", "to", "2024-04-05",
            "places", List.of(map("name", "Erbil", "geonamesId", 95446, "countryCode", "IQ", "documents", 2)),
            "speakers", List.of(map("name", "Dilshad Omar", "quotes", 2), map("name", HOSTILE, "quotes", 1)),
            "eventDates", List.of(map("date", "2024-04-04", "mentions", 3)))));
    groups.add(CorpusGroups.STORIES, new CorpusGroups.Group(CorpusGroups.STORIES, "stories-summit", HOSTILE,
        List.of("c"), List.of(map("document", "c", "similarity", 1.0)),
        map("from", "2023-06-22", "to", "2023-06-22", "places", List.of(), "speakers", List.of())));
    groups.add(CorpusGroups.PEOPLE, new CorpusGroups.Group(CorpusGroups.PEOPLE, "people-omar", "Dilshad Omar",
        List.of("a", "b", "c"), List.of(),
        map("name", "Dilshad Omar", "variants", List.of("Dilshad Omar", "Omar", "civil defence director Dilshad Omar"),
            "roles", List.of(map("role", "civil defence director", "first", "2023-06-22", "last", "2024-04-05", "documents", 3)),
            "quotes", List.of(map("document", "b", "ord", 0, "content", "The water rose in minutes"),
                map("document", "a", "ord", 0, "content", "The water rose in minutes"),
                map("document", "c", "ord", 0, "content", "We need a warning system")))));
    groups.add(CorpusGroups.QUOTES, new CorpusGroups.Group(CorpusGroups.QUOTES, "quotes-water", "The water rose in minutes",
        List.of("a", "b"), List.of(map("document", "a", "ord", 0), map("document", "b", "ord", 0)),
        map("speaker", "Dilshad Omar", "text", "The water rose in minutes")));
    groups.add(CorpusGroups.DUPLICATES, new CorpusGroups.Group(CorpusGroups.DUPLICATES, "duplicates-ab", "Flash flood",
        List.of("a", "b"), List.of(map("document", "a", "exact", true, "similarity", 1.0),
            map("document", "b", "exact", false, "similarity", 0.41)),
        map("canonical", "a")));
    return groups;
  }

  private void build(CorpusGroups groups) throws IOException {
    try (SiteBuilder site = new SiteBuilder(folder, "Groups", 2, groups)) {
      site.submit(doc("a", "Flash flood in Erbil", "2024-04-04", "Dilshad Omar", "The water rose in minutes"));
      site.submit(doc("b", "Erbil flood kills two", "2024-04-05", "Dilshad Omar", "The water rose in minutes"));
      site.submit(doc("c", HOSTILE, "2023-06-22", "Dilshad Omar", "We need a warning system"));
      site.finish(RunRecord.withoutSummary(List.of(), "a test run", "test"));
    }
  }

  private Document page(String file) throws IOException {
    return Jsoup.parse(folder.resolve(file).toFile(), "UTF-8");
  }

  @Test
  void aStoryPageListsItsDocumentsPlacesSpeakersQuotesAndPeople() throws IOException {
    build(groups());
    Document story = page(GroupPages.storyPage("stories-flood"));

    assertThat(story.selectFirst("h1").attr("data-value")).isEqualTo("stories-flood");
    assertThat(story.select("#story-documents li").eachText())
        .containsExactly("Flash flood in Erbil 2024-04-04", "Erbil flood kills two 2024-04-05 · similarity 0.62",
            "missing undated · similarity 0.40");
    assertThat(story.select("#story-documents a").eachAttr("href"))
        .containsExactly("../" + DocumentFiles.documentPage("a"), "../" + DocumentFiles.documentPage("b"));
    assertThat(story.select("#story-places li").text()).contains("Erbil", "GeoNames 95446", "in 2 documents");
    assertThat(story.selectFirst("#story-places a").attr("href")).startsWith("../places/");
    assertThat(story.select("#story-speakers li").eachText().get(0)).startsWith("Dilshad Omar 2 quotes");
    assertThat(story.selectFirst("#story-speakers a").attr("href")).isEqualTo("../" + GroupPages.personPage("people-omar"));
    assertThat(story.select("#story-speakers li").get(1).text()).contains(HOSTILE);
    assertThat(story.select("#story-quotes blockquote").eachText()).containsExactly("The water rose in minutes");
    assertThat(story.select("#story-quotes li").text()).contains("in 2 documents");
    assertThat(story.select("#story-people li").eachText()).containsExactly("Dilshad Omar in 2 documents");
    assertThat(story.select("#story-days li").text()).contains("2024-04-04");
    assertThat(story.select("header nav a").eachText()).contains("Stories", "People");
  }

  @Test
  void aPersonPageListsNamesRolesQuotesByDateAndStories() throws IOException {
    build(groups());
    Document person = page(GroupPages.personPage("people-omar"));

    assertThat(person.selectFirst("h1").text()).isEqualTo("Dilshad Omar");
    assertThat(person.select("#person-variants li").eachText())
        .containsExactly("Dilshad Omar", "Omar", "civil defence director Dilshad Omar");
    assertThat(person.select("#person-roles tbody td").eachText())
        .containsExactly("civil defence director", "2023-06-22", "2024-04-05", "3");
    assertThat(person.select("#person-quotes li").eachAttr("data-document")).containsExactly("c", "a", "b");
    assertThat(person.select("#person-quotes li").get(0).text()).contains("We need a warning system", "2023-06-22");
    assertThat(person.select("#person-stories a").eachAttr("href"))
        .containsExactly("../" + GroupPages.storyPage("stories-flood"), "../" + GroupPages.storyPage("stories-summit"));
    assertThat(person.select("#person-stories a").get(1).text()).isEqualTo(HOSTILE);
  }

  @Test
  void documentPagesLinkToTheirStoryPeopleAndCopies() throws IOException {
    build(groups());
    Document a = page(DocumentFiles.documentPage("a"));

    assertThat(a.select("#doc-stories a").eachAttr("href")).containsExactly("../" + GroupPages.storyPage("stories-flood"));
    assertThat(a.select("#doc-people a").eachText()).containsExactly("Dilshad Omar");
    assertThat(a.select("#doc-copies li").eachText()).containsExactly("b similarity 0.41 to the canonical copy");
    assertThat(page(DocumentFiles.documentPage("b")).select("#doc-copies li").eachText())
        .containsExactly("a exact copy · canonical");
    assertThat(a.select("#corpus-links").text()).contains("1 of its quotes are reported in other documents too");
  }

  @Test
  void theIndexesListEveryStoryAndPersonWithTheirFigures() throws IOException {
    build(groups());
    Document stories = page("stories.html");
    assertThat(stories.select("tbody tr")).hasSize(2);
    assertThat(stories.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("Flash flood in Erbil", "2024-04-04", "2024-04-05", "3", "Erbil", "Dilshad Omar; " + HOSTILE);
    Document people = page("people.html");
    assertThat(people.select("tbody tr td").eachText()).containsExactly("Dilshad Omar",
        "Dilshad Omar; Omar; civil defence director Dilshad Omar", "civil defence director", "3", "3", "2");
    assertThat(Files.readString(folder.resolve("stories.html"))).doesNotContain("<script>alert");
    assertThat(Files.readString(folder.resolve(GroupPages.storyPage("stories-summit")))).doesNotContain("<script>alert");
  }

  @Test
  void everyLinkOfASiteWithGroupsLeadsToAPageOfTheSite() throws IOException {
    build(groups());
    assertThat(brokenLinks()).isEmpty();
  }

  @Test
  void withoutGroupsTheSiteHasNoStoryOrPersonPagesAndNoLinkToThem() throws IOException {
    build(CorpusGroups.none());
    assertThat(folder.resolve("stories.html")).doesNotExist();
    assertThat(folder.resolve("people.html")).doesNotExist();
    Document a = page(DocumentFiles.documentPage("a"));
    assertThat(a.select("header nav a").eachText()).doesNotContain("Stories", "People");
    assertThat(a.select("#corpus-links")).isEmpty();
    assertThat(brokenLinks()).isEmpty();
  }

  @Test
  void aStepThatRanAndFoundNothingStillGetsItsEmptyIndex() throws IOException {
    CorpusGroups groups = CorpusGroups.none();
    groups.add(CorpusGroups.PEOPLE, null);
    build(groups);
    assertThat(page("people.html").select("tbody tr")).isEmpty();
    assertThat(folder.resolve("stories.html")).doesNotExist();
    assertThat(page(DocumentFiles.documentPage("a")).select("#corpus-links").text()).contains("Names no person");
  }

  @Test
  void aPersonWithMoreQuotesThanAPageHoldsIsCutWithACount() throws IOException {
    CorpusGroups groups = CorpusGroups.none();
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (int i = 0; i < GroupPages.MAX_PERSON_QUOTES + 7; i++) {
      quotes.add(map("document", "a", "ord", i, "content", "quote " + i));
    }
    groups.add(CorpusGroups.PEOPLE, new CorpusGroups.Group(CorpusGroups.PEOPLE, "people-many", "Many Quotes",
        List.of("a"), List.of(), map("variants", List.of("Many Quotes"), "roles", List.of(), "quotes", quotes)));
    build(groups);
    Document person = page(GroupPages.personPage("people-many"));
    assertThat(person.select("#person-quotes li")).hasSize(GroupPages.MAX_PERSON_QUOTES);
    assertThat(person.text()).contains("… 7 more");
  }

  /** Many copies of one text (a wire story in 30 outlets): every page stays bounded. */
  @Test
  void copiesAndSourcesOfARepeatedQuoteAreListedUpToABound() throws IOException {
    int n = 30;
    List<String> ids = new ArrayList<>();
    List<Map<String, Object>> copyMembers = new ArrayList<>();
    List<Map<String, Object>> storyMembers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format("wire-%02d", i);
      ids.add(id);
      copyMembers.add(map("document", id, "exact", i > 0, "similarity", 1.0));
      storyMembers.add(map("document", id, "similarity", 1.0));
    }
    CorpusGroups groups = CorpusGroups.none();
    groups.add(CorpusGroups.DUPLICATES, new CorpusGroups.Group(CorpusGroups.DUPLICATES, "duplicates-wire", "Wire",
        ids, copyMembers, map("canonical", "wire-00")));
    groups.add(CorpusGroups.STORIES, new CorpusGroups.Group(CorpusGroups.STORIES, "stories-wire", "Wire story", ids,
        storyMembers, map("from", "2024-04-04", "to", "2024-04-04")));
    groups.add(CorpusGroups.QUOTES, new CorpusGroups.Group(CorpusGroups.QUOTES, "quotes-wire", "The water rose in minutes",
        ids, List.of(), map("speaker", "Dilshad Omar")));
    try (SiteBuilder site = new SiteBuilder(folder, "Wire", 2, groups)) {
      for (String id : ids) {
        site.submit(doc(id, "Flood " + id, "2024-04-04", "Dilshad Omar", "The water rose in minutes"));
      }
      site.finish(RunRecord.withoutSummary(List.of(), "a test run", "test"));
    }

    Document last = page(DocumentFiles.documentPage("wire-29"));
    assertThat(last.select("#doc-copies li")).hasSize(GroupPages.MAX_DOCUMENT_COPIES);
    assertThat(last.select("#doc-copies li").get(0).text()).contains("wire-00", "canonical");
    assertThat(last.select("#corpus-links").text()).contains("… " + (n - 1 - GroupPages.MAX_DOCUMENT_COPIES) + " more copies");
    Document story = page(GroupPages.storyPage("stories-wire"));
    assertThat(story.select("#story-documents li")).hasSize(n);
    assertThat(story.select("#story-quotes li a")).hasSize(GroupPages.MAX_QUOTE_SOURCES);
    assertThat(story.select("#story-quotes li").text()).contains("in 30 documents", "… 20 more");
    assertThat(brokenLinks()).isEmpty();
  }

  /** Relative links of every page that lead to no file of the site. */
  private List<String> brokenLinks() throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(folder)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    for (Path file : pages) {
      Document page = Jsoup.parse(file.toFile(), "UTF-8");
      for (Element link : page.select("a[href], script[src], link[href]")) {
        String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://")) {
          continue;
        }
        String path = URLDecoder.decode(href.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file.getParent().resolve(path).normalize())) {
          broken.add(folder.relativize(file) + " -> " + href);
        }
      }
    }
    return broken;
  }
}
