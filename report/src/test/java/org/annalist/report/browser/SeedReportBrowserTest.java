package org.annalist.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.annalist.report.cli.ReportCommand;
import org.annalist.report.site.DocumentFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The report of the seed articles, opened from the file system in headless Chromium: the map's
 * markers, the timeline's bars and the document page's highlights match what the run found
 * (documents.jsonl), a marker lists its documents, and the console stays free of errors. Set
 * {@code -Dreport.screenshots=DIR} to save the screenshots shown in docs/report.md.
 */
class SeedReportBrowserTest {

  @TempDir
  static Path work;

  private static SeedRun run;
  private static ChromeDriver browser;
  private static String skipReason;

  @BeforeAll
  static void runThePipelineAndStartTheBrowser() throws Exception {
    run = new SeedRun(work.resolve("output"));
    skipReason = Chromium.missing().orElse(null);
    if (skipReason == null) {
      browser = Chromium.start(work.resolve("chromium-profile"));
    } else {
      System.err.println("SeedReportBrowserTest: browser checks skipped: " + skipReason);
    }
  }

  @AfterAll
  static void stopTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path report() {
    return run.output.resolve("report");
  }

  /** Place key as the report uses it: the GeoNames id, else the name. */
  private static String placeKey(JsonNode place) {
    return place.hasNonNull("geonamesId") ? "geonames:" + place.get("geonamesId").asText() : place.get("name").asText();
  }

  private static boolean hasCoordinates(JsonNode place) {
    return !(place.path("lat").asDouble() == 0 && place.path("lon").asDouble() == 0);
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private void open(Path page) {
    browser.get(page.toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(
        ((ChromeDriver) d).executeScript("return document.readyState")));
  }

  private void assertNoConsoleErrors() {
    List<LogEntry> severe = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
        severe.add(entry);
      }
    }
    assertThat(severe).as("browser console errors").isEmpty();
  }

  private static void screenshot(ChromeDriver browser, String name) throws Exception {
    String folder = System.getProperty("report.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    Path target = Path.of(folder).resolve(name);
    Files.createDirectories(target.getParent());
    Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theRunSucceededAndTheConsumerWroteTheSite() {
    assertThat(run.summary.failed()).as(run.summary.format()).isZero();
    assertThat(run.documents).isNotEmpty();
    assertThat(report().resolve("index.html")).isNotEmptyFile();
    assertThat(report().resolve("assets/world-110m.js")).isNotEmptyFile();
  }

  @Test
  void overviewMapAndTimelineMatchTheRunAndAMarkerListsItsDocuments() throws Exception {
    assumeTrue(skipReason == null, skipReason);
    Map<String, Set<String>> docsByPlace = new HashMap<>();
    int published = 0;
    for (JsonNode doc : run.documents.values()) {
      for (JsonNode place : list(doc.path("places"))) {
        if (hasCoordinates(place)) {
          docsByPlace.computeIfAbsent(placeKey(place), k -> new HashSet<>()).add(doc.get("id").asText());
        }
      }
      if (doc.hasNonNull("published")) {
        published++;
      }
    }
    browser.manage().window().setSize(new Dimension(1400, 1500));
    open(report().resolve("index.html"));
    assertThat(browser.findElement(By.id("count-documents")).getText()).isEqualTo(String.valueOf(run.documents.size()));
    // the consumer finishes before the runner writes run-summary.json, and says so
    assertThat(browser.findElement(By.id("count-skipped")).getText()).isEqualTo("not recorded");
    assertThat(browser.findElement(By.id("run-summary-note")).getText()).contains("after its components");
    List<WebElement> markers = browser.findElements(By.cssSelector("#map circle.marker"));
    assertThat(markers).hasSize(docsByPlace.size());
    Map<String, Integer> drawn = new HashMap<>();
    for (WebElement marker : markers) {
      drawn.put(marker.getAttribute("data-value"), Integer.parseInt(marker.getAttribute("data-documents")));
    }
    Map<String, Integer> expected = new HashMap<>();
    docsByPlace.forEach((key, docs) -> expected.put(key, docs.size()));
    assertThat(drawn).isEqualTo(expected);

    List<WebElement> bars = browser.findElements(By.cssSelector("rect.bar[data-series=published]"));
    assertThat(bars).isNotEmpty();
    int barDocuments = bars.stream().mapToInt(b -> Integer.parseInt(b.getAttribute("data-documents"))).sum();
    assertThat(barDocuments).isEqualTo(published);
    assertThat(browser.findElements(By.cssSelector("rect.bar[data-series=mentioned]"))).isNotEmpty();

    WebElement biggest = markers.stream()
        .max(Comparator.comparingInt(m -> Integer.parseInt(m.getAttribute("data-documents")))).orElseThrow();
    String key = biggest.getAttribute("data-value");
    browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", biggest);
    List<String> listed = browser.findElements(By.cssSelector("#selection li a")).stream().map(WebElement::getText).toList();
    List<String> titles = docsByPlace.get(key).stream().map(id -> {
      JsonNode doc = run.documents.get(id);
      return doc.hasNonNull("title") && !doc.get("title").asText().isBlank() ? doc.get("title").asText() : id;
    }).toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(titles);
    assertThat(browser.findElement(By.id("selection-title")).getText()).contains(biggest.getAttribute("data-name"));
    screenshot(browser, "report-overview.png");
    assertNoConsoleErrors();
  }

  @Test
  void aSeedDocumentPageHighlightsWhatTheRunFound() throws Exception {
    assumeTrue(skipReason == null, skipReason);
    JsonNode doc = run.documents.values().stream()
        .max(Comparator.comparingInt(d -> d.path("places").size() + d.path("quotes").size())).orElseThrow();
    String id = doc.get("id").asText();
    browser.manage().window().setSize(new Dimension(1400, 1200));
    open(report().resolve(documentPage(id)));
    List<String> dateValues = browser.findElements(By.cssSelector("#text [data-annalist-type=date]:not([data-continued])"))
        .stream().map(e -> e.getAttribute("data-value")).sorted().toList();
    List<String> expectedDates = list(doc.path("dates")).stream().map(d -> d.get("value").asText()).sorted().toList();
    assertThat(dateValues).isEqualTo(expectedDates);
    List<String> placeValues = browser.findElements(By.cssSelector("#text [data-annalist-type=place]:not([data-continued])"))
        .stream().map(e -> e.getAttribute("data-value")).sorted().toList();
    assertThat(placeValues).isEqualTo(list(doc.path("places")).stream().map(SeedReportBrowserTest::placeKey).sorted().toList());
    List<String> speakers = browser.findElements(By.cssSelector("#text [data-annalist-type=quote]:not([data-continued])"))
        .stream().map(e -> e.getAttribute("data-value")).toList();
    assertThat(speakers).hasSize(doc.path("quotes").size());
    int furniture = 0;
    for (JsonNode count : doc.path("boilerplate")) {
      furniture += count.asInt();
    }
    assertThat(browser.findElements(By.cssSelector("#text [data-annalist-type=furniture]:not([data-continued])")))
        .hasSize(furniture);
    long mappable = list(doc.path("places")).stream().filter(SeedReportBrowserTest::hasCoordinates)
        .map(SeedReportBrowserTest::placeKey).distinct().count();
    assertThat(browser.findElements(By.cssSelector("#docmap circle.marker"))).hasSize((int) mappable);
    if (mappable > 0) {
      WebElement place = browser.findElements(By.cssSelector("#text [data-annalist-type=place][data-marker]")).stream()
          .filter(e -> !browser.findElements(By.id("marker-" + e.getAttribute("data-marker"))).isEmpty())
          .findFirst().orElseThrow();
      browser.executeScript("arguments[0].click()", place);
      assertThat(browser.findElement(By.id("marker-" + place.getAttribute("data-marker"))).getAttribute("class"))
          .contains("active");
    }
    screenshot(browser, "report-document.png");
    assertNoConsoleErrors();
  }

  @Test
  void thePlacesPageSortsAndFilters() throws Exception {
    assumeTrue(skipReason == null, skipReason);
    Set<String> places = new HashSet<>();
    run.documents.values().forEach(doc -> list(doc.path("places")).forEach(p -> places.add(placeKey(p))));
    open(report().resolve("places.html"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#corpus-table tbody tr"));
    assertThat(rows).hasSize(places.size());
    WebElement documentsHeading = browser.findElements(By.cssSelector("#corpus-table th")).stream()
        .filter(th -> th.getText().startsWith("documents")).findFirst().orElseThrow();
    documentsHeading.click();
    documentsHeading.click();
    List<Integer> counts = browser.findElements(By.cssSelector("#corpus-table tbody tr td:last-child")).stream()
        .map(td -> Integer.parseInt(td.getText())).toList();
    assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
    String name = rows.get(0).findElement(By.cssSelector("td a")).getText();
    browser.findElement(By.cssSelector("input.filter")).sendKeys(name);
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElements(
        By.cssSelector("#corpus-table tbody tr:not([hidden])")).size() < rows.size() || rows.size() == 1);
    for (WebElement row : browser.findElements(By.cssSelector("#corpus-table tbody tr:not([hidden])"))) {
      assertThat(row.getText().toLowerCase()).contains(name.toLowerCase());
    }
    assertNoConsoleErrors();
  }

  @Test
  void theCommandBuildsTheSameOverviewFromTheDatabaseAndFromDocumentsJsonl() throws Exception {
    Path fromDb = work.resolve("from-db");
    Path fromJsonl = work.resolve("from-jsonl");
    assertThat(command(run.output.toString(), "-o", fromDb.toString())).isZero();
    assertThat(command(run.output.resolve("documents.jsonl").toString(), "-o", fromJsonl.toString())).isZero();
    for (Path site : List.of(fromDb, fromJsonl)) {
      String overview = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
      assertThat(overview).contains("id=\"count-documents\">" + run.documents.size() + "<");
      for (String id : run.documents.keySet()) {
        assertThat(site.resolve(documentPage(id))).isNotEmptyFile();
      }
    }
    // every date the run found is highlighted on the database's pages too, mapped into the clean text
    for (JsonNode doc : run.documents.values()) {
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(fromDb.resolve(documentPage(doc.get("id").asText())).toFile(), "UTF-8");
      long locatedInJsonl = list(doc.path("dates")).stream().filter(d -> d.hasNonNull("begin")).count();
      assertThat(page.select("#text [data-annalist-type=date]:not([data-continued])")).hasSize((int) locatedInJsonl);
    }
  }

  @Test
  void theCommandShowsTheFiguresOfTheRunSummaryAndNotRecordedWithoutOne() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(run.output.resolve("run-summary.json").toFile());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("count-read", summary.at("/documents/read").asText());
    expected.put("count-failed", summary.at("/documents/failed").asText());
    expected.put("count-skipped", summary.at("/documents/skipped").asText());
    expected.put("run-succeeded", summary.at("/documents/succeeded").asText());
    expected.put("count-rate", String.format(Locale.ROOT, "%.2f", summary.get("documentsPerSecond").asDouble()));
    expected.put("run-wall-seconds", String.format(Locale.ROOT, "%.1f", summary.get("wallTimeSeconds").asDouble()));
    Map<String, List<String>> expectedTimes = new LinkedHashMap<>();
    summary.get("timePerComponent").fields().forEachRemaining(c -> expectedTimes.put(c.getKey(), List.of(
        String.format(Locale.ROOT, "%.1f", c.getValue().get("milliseconds").asDouble() / 1000),
        String.format(Locale.ROOT, "%.2f", c.getValue().get("millisecondsPerDocument").asDouble()))));
    assertThat(expectedTimes).as("components timed in run-summary.json").isNotEmpty();

    Path site = work.resolve("with-summary");
    assertThat(command(run.output.toString(), "-o", site.toString())).isZero();
    org.jsoup.nodes.Document overview = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    expected.forEach((id, value) -> assertThat(overview.getElementById(id).text()).as(id).isEqualTo(value));
    Map<String, List<String>> shownTimes = new LinkedHashMap<>();
    for (org.jsoup.nodes.Element row : overview.select("#component-times tbody tr")) {
      shownTimes.put(row.child(0).text(), List.of(row.child(1).text(), row.child(2).text()));
    }
    assertThat(shownTimes).isEqualTo(expectedTimes);
    if (skipReason == null) {
      open(site.resolve("index.html"));
      expected.forEach((id, value) -> assertThat(browser.findElement(By.id(id)).getText()).as(id).isEqualTo(value));
      assertThat(browser.findElements(By.cssSelector("#component-times tbody tr"))).hasSize(expectedTimes.size());
      assertNoConsoleErrors();
    }

    // documents.jsonl alone, away from its run folder: nothing recorded, and the page says why
    Path bare = Files.createDirectories(work.resolve("bare")).resolve("documents.jsonl");
    Files.copy(run.output.resolve("documents.jsonl"), bare);
    Path bareSite = work.resolve("bare-report");
    assertThat(command(bare.toString(), "-o", bareSite.toString())).isZero();
    org.jsoup.nodes.Document bareOverview = org.jsoup.Jsoup.parse(bareSite.resolve("index.html").toFile(), "UTF-8");
    assertThat(bareOverview.getElementById("count-skipped").text()).isEqualTo("not recorded");
    assertThat(bareOverview.getElementById("count-rate").text()).isEqualTo("not recorded");
    assertThat(bareOverview.getElementById("component-times-note").text()).contains("no run-summary.json in");
    assertThat(bareOverview.select("#component-times")).isEmpty();
  }

  /**
   * What a user does after a run: {@code annalist corpus OUTPUT}, then {@code annalist report OUTPUT}.
   * The story and person pages show what the stage stored (its JSONL files), link both ways with the
   * document pages, and work in Chromium (filtering the people, following links).
   */
  @Test
  void afterTheCorpusStageTheReportHasStoryAndPersonPagesLinkedWithTheDocuments() throws Exception {
    Path copy = Files.createDirectories(work.resolve("with-corpus"));
    Files.copy(run.output.resolve("annalist.db"), copy.resolve("annalist.db"));
    CommandLine corpus = new CommandLine(new org.annalist.corpus.CorpusCommand());
    corpus.setOut(new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(corpus.execute(copy.toString())).isZero();
    assertThat(command(copy.toString())).isZero();
    Path site = copy.resolve("report");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> stories = new ArrayList<>();
    for (String line : Files.readAllLines(copy.resolve("corpus/stories.jsonl"), StandardCharsets.UTF_8)) {
      stories.add(json.readTree(line));
    }
    List<JsonNode> people = new ArrayList<>();
    for (String line : Files.readAllLines(copy.resolve("corpus/people.jsonl"), StandardCharsets.UTF_8)) {
      people.add(json.readTree(line));
    }
    assertThat(stories).as("stories of the seed run").isNotEmpty();
    assertThat(people).as("people of the seed run").isNotEmpty();

    // the indexes list every story and person; each has its page, listing its documents
    org.jsoup.nodes.Document storyIndex = org.jsoup.Jsoup.parse(site.resolve("stories.html").toFile(), "UTF-8");
    assertThat(storyIndex.select("tbody tr")).hasSize(stories.size());
    org.jsoup.nodes.Document peopleIndex = org.jsoup.Jsoup.parse(site.resolve("people.html").toFile(), "UTF-8");
    assertThat(peopleIndex.select("tbody tr")).hasSize(people.size());
    Map<String, Set<String>> storiesOfDocument = new HashMap<>();
    for (JsonNode story : stories) {
      Path page = site.resolve(DocumentFiles.storyPage(story.get("id").asText()));
      org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
      List<String> documents = texts(story.get("documents"));
      assertThat(html.select("#story-documents li").eachAttr("data-document")).containsExactlyElementsOf(documents);
      assertThat(html.select("#story-places li")).hasSize(story.at("/details/places").size());
      assertThat(html.select("#story-speakers li")).hasSize(story.at("/details/speakers").size());
      documents.forEach(d -> storiesOfDocument.computeIfAbsent(d, k -> new HashSet<>()).add(story.get("id").asText()));
    }
    // every document page links to its story and to the people it names
    for (String id : run.documents.keySet()) {
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve(documentPage(id)).toFile(), "UTF-8");
      Set<String> expected = new HashSet<>();
      for (String story : storiesOfDocument.getOrDefault(id, Set.of())) {
        expected.add("../" + DocumentFiles.storyPage(story));
      }
      assertThat(new HashSet<>(page.select("#doc-stories a").eachAttr("href"))).as(id).isEqualTo(expected);
      long named = people.stream().filter(p -> texts(p.get("documents")).contains(id)).count();
      assertThat(page.select("#doc-people a")).as(id).hasSize((int) named);
    }
    if (skipReason == null) {
      // the person quoted most: filter the people table for them, open their page, follow a quote to its document
      JsonNode person = people.stream().max(Comparator.comparingInt((JsonNode p) -> p.at("/details/quotes").size())
          .thenComparingInt(p -> p.get("documents").size())).orElseThrow();
      open(site.resolve("people.html"));
      WebElement filter = browser.findElement(By.cssSelector("input.filter"));
      filter.sendKeys(person.get("label").asText());
      List<WebElement> visible = browser.findElements(By.cssSelector("#corpus-table tbody tr")).stream()
          .filter(WebElement::isDisplayed).toList();
      assertThat(visible).isNotEmpty();
      visible.get(0).findElement(By.tagName("a")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("person-variants")).size() == 1);
      assertThat(browser.findElement(By.tagName("h1")).getAttribute("data-value")).isEqualTo(person.get("id").asText());
      assertThat(browser.findElements(By.cssSelector("#person-variants li")).stream().map(WebElement::getText).toList())
          .containsExactlyElementsOf(texts(person.at("/details/variants")));
      List<WebElement> quotes = browser.findElements(By.cssSelector("#person-quotes li"));
      assertThat(quotes).hasSize(person.at("/details/quotes").size());
      assertNoConsoleErrors();
      if (!quotes.isEmpty()) {
        String document = quotes.get(0).getAttribute("data-document");
        quotes.get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("doc-people")).size() == 1);
        assertThat(browser.getCurrentUrl()).endsWith(documentPage(document));
        assertThat(browser.findElements(By.cssSelector("#doc-people a")).stream().map(WebElement::getText).toList())
            .contains(person.get("label").asText());
        assertNoConsoleErrors();
      }
      // the largest story, reached from its index; its first document links back to it
      JsonNode story = stories.stream().max(Comparator.comparingInt(s -> s.get("documents").size())).orElseThrow();
      open(site.resolve("stories.html"));
      browser.findElement(By.linkText(story.get("label").asText())).click();
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("story-documents")).size() == 1);
      assertThat(browser.findElement(By.tagName("h1")).getAttribute("data-value")).isEqualTo(story.get("id").asText());
      screenshot(browser, "report-story.png");
      browser.findElement(By.cssSelector("#story-documents a")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("doc-stories")).size() == 1);
      browser.findElement(By.cssSelector("#doc-stories a")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("story-documents")).size() == 1);
      assertThat(browser.findElement(By.tagName("h1")).getAttribute("data-value")).isEqualTo(story.get("id").asText());
      assertNoConsoleErrors();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void theCommandRejectsAFolderWithoutRunOutput() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(command(err, work.resolve("nothing-here").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing-here does not exist");
    Files.createDirectories(work.resolve("empty-folder"));
    err.reset();
    assertThat(command(err, work.resolve("empty-folder").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("holds neither annalist.db nor documents.jsonl");
  }

  private static int command(String... args) {
    return command(new ByteArrayOutputStream(), args);
  }

  private static int command(ByteArrayOutputStream err, String... args) {
    CommandLine line = new CommandLine(new ReportCommand());
    line.setOut(new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return line.execute(args);
  }

  private static String documentPage(String id) {
    return DocumentFiles.documentPage(id);
  }
}
