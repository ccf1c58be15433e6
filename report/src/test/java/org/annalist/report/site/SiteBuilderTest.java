package org.annalist.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;
import org.annalist.report.model.RunRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

  private static final String HOSTILE = "<script>alert(1)</script> &amp; \"x\" 'y' </script><img src=x onerror=alert(2)>";

  @TempDir
  Path folder;

  private static RunRecord run(RunRecord.Failure... failures) {
    return RunRecord.withoutSummary(List.of(failures), "a test run", "test");
  }

  private static Document parse(Path file) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  /** Every script element of a page is one of the report's own. */
  private static void assertOnlyOwnScripts(Document page) {
    for (Element script : page.select("script")) {
      assertThat(script.hasAttr("src") || script.attr("type").equals("application/json"))
          .as("unexpected script %s", script).isTrue();
      assertThat(script.attr("src")).doesNotContain("//");
    }
    assertThat(page.select("img, [onerror]")).isEmpty();
  }

  private Path documentPage(String id) {
    return folder.resolve(DocumentFiles.documentPage(id));
  }

  @Test
  void hostileTitlesSpeakersAndQuotesAreEscapedOnEveryPage() throws IOException {
    String text = "He said \"" + HOSTILE + "\" in Erbil.";
    int q = text.indexOf(HOSTILE);
    List<Mention> mentions = List.of(
        new Mention(Mention.QUOTE, q, q + HOSTILE.length(), HOSTILE, HOSTILE, Map.of("speaker", HOSTILE, "cue", HOSTILE)),
        new Mention(Mention.PLACE, text.indexOf("Erbil"), text.indexOf("Erbil") + 5, "Erbil", "geonames:95446",
            new LinkedHashMap<>(Map.of("name", HOSTILE, "geonamesId", "95446", "lat", "36.19", "lon", "44.01"))),
        new Mention(Mention.DATE, 0, 2, "He", HOSTILE, Map.of()));
    ReportDocument doc = new ReportDocument(HOSTILE, HOSTILE, "text/html", HOSTILE, HOSTILE, "2024-04-04", HOSTILE,
        "en", text, false, mentions);
    try (SiteBuilder site = new SiteBuilder(folder, HOSTILE, 2)) {
      site.submit(doc);
      site.finish(run(new RunRecord.Failure(HOSTILE, HOSTILE, HOSTILE)));
    }
    List<Path> pages;
    try (Stream<Path> files = Files.walk(folder)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
    for (Path page : pages) {
      assertOnlyOwnScripts(parse(page));
    }
    Document page = parse(documentPage(HOSTILE));
    assertThat(page.selectFirst("h1").text()).isEqualTo(HOSTILE.replaceAll("\\s+", " "));
    assertThat(page.selectFirst("[data-annalist-type=quote]").attr("data-value")).isEqualTo(HOSTILE);
    assertThat(page.selectFirst("#text").text()).isEqualTo(text.replaceAll("\\s+", " "));
    Document overview = parse(folder.resolve("index.html"));
    assertThat(overview.select("#failures td").eachText()).contains(HOSTILE.replaceAll("\\s+", " "));
    String data = overview.selectFirst("#report-data").data();
    assertThat(data).doesNotContain("</script>").doesNotContain("<");
    assertThat(Files.readString(folder.resolve("speakers.html"), StandardCharsets.UTF_8)).doesNotContain("<script>alert");
  }

  @Test
  void aRunWithoutDocumentsGivesAnOverviewThatSaysSo() throws IOException {
    try (SiteBuilder site = new SiteBuilder(folder, "Empty", 2)) {
      site.finish(run());
    }
    Document overview = parse(folder.resolve("index.html"));
    assertThat(overview.selectFirst("#count-documents").text()).isEqualTo("0");
    assertThat(overview.selectFirst("#no-documents")).isNotNull();
    assertThat(parse(folder.resolve("places.html")).select("tbody tr")).isEmpty();
    assertThat(folder.resolve("assets/d3.min.js")).isNotEmptyFile();
    assertThat(Files.readString(folder.resolve("assets/world-110m.js")).startsWith("window.ANNALIST_WORLD =")).isTrue();
  }

  @Test
  void aRunWithOnlyFailuresListsEveryReason() throws IOException {
    try (SiteBuilder site = new SiteBuilder(folder, "Failures", 1)) {
      site.finish(run(new RunRecord.Failure("a.pdf", "tika", "encrypted PDF"),
          new RunRecord.Failure("b.html", "geolocation", "timed out after 120 s")));
    }
    Document overview = parse(folder.resolve("index.html"));
    assertThat(overview.selectFirst("#count-failed").text()).isEqualTo("2");
    assertThat(overview.selectFirst("#count-read").text()).isEqualTo("2");
    assertThat(overview.select("#failures tbody tr")).hasSize(2);
    assertThat(overview.selectFirst("#failures").text()).contains("encrypted PDF", "timed out after 120 s");
    assertThat(overview.selectFirst("#no-documents").text()).contains("every document failed");
  }

  @Test
  void aRunSummaryWithFailuresGivesItsCountsReasonsTimesAndThroughput() throws IOException {
    Map<String, Long> reasons = new LinkedHashMap<>();
    reasons.put("encrypted PDF", 3L);
    reasons.put(HOSTILE, 1L);
    Map<String, RunRecord.ComponentTime> times = new LinkedHashMap<>();
    times.put("geolocation", new RunRecord.ComponentTime(7500.0, 2.5));
    times.put("dates", new RunRecord.ComponentTime(2500.0, 0.833));
    RunRecord.Summary summary = new RunRecord.Summary(3004, 3000, 4, 120, reasons, 61.4, 49.04, 51.5, times,
        "2026-12-07T20:00:00Z", "0.1.0", true, "out of disk space");
    try (SiteBuilder site = new SiteBuilder(folder, "Summary", 1)) {
      site.finish(new RunRecord(List.of(new RunRecord.Failure("a.pdf", "tika", "encrypted PDF")), summary, null, "test"));
    }
    Document overview = parse(folder.resolve("index.html"));
    assertThat(overview.selectFirst("#count-read").text()).isEqualTo("3004");
    assertThat(overview.selectFirst("#count-failed").text()).isEqualTo("4");
    assertThat(overview.selectFirst("#count-skipped").text()).isEqualTo("120");
    assertThat(overview.selectFirst("#count-rate").text()).isEqualTo("49.04");
    assertThat(overview.selectFirst("#run-summary").text()).contains("61.4 s wall time", "3000 documents succeeded",
        "51.50 documents/s in its later half", "stopped early: out of disk space", "Annalist 0.1.0");
    assertThat(overview.select("#failures-by-reason li")).extracting(Element::text)
        .containsExactly("3 encrypted PDF", "1 " + HOSTILE);
    assertThat(overview.select("#component-times tbody tr")).extracting(Element::text)
        .containsExactly("geolocation 7.5 2.50 75.0", "dates 2.5 0.83 25.0");
    assertThat(overview.select("#run-summary-note")).isEmpty();
    assertOnlyOwnScripts(overview);
  }

  @Test
  void documentsWithoutPlacesOrDatesRightToLeftAndCjkText() throws IOException {
    String arabic = "قال المتحدث إن الفيضانات ضربت أربيل يوم الأربعاء.";
    String chinese = "北京时间2024年4月3日，埃尔比勒发生洪水。";
    int erbil = arabic.indexOf("أربيل");
    ReportDocument rtl = new ReportDocument("ar.txt", null, "text/plain", "فيضانات أربيل", null, null, null, "ar",
        arabic, false, List.of(new Mention(Mention.PLACE, erbil, erbil + 5, "أربيل", "geonames:95446",
            Map.of("name", "Erbil", "geonamesId", "95446", "lat", "36.19", "lon", "44.01"))));
    ReportDocument cjk = new ReportDocument("zh.txt", null, "text/plain", "洪水", null, "2024-04-04", "date-line", "zh",
        chinese, false, List.of(new Mention(Mention.DATE, 4, 14, "2024年4月3日", "2024-04-03", Map.of())));
    ReportDocument bare = new ReportDocument("bare.txt", null, null, null, null, null, null, null, "Nothing here.",
        false, List.of());
    try (SiteBuilder site = new SiteBuilder(folder, "Scripts", 2)) {
      site.submit(rtl);
      site.submit(cjk);
      site.submit(bare);
      site.finish(run());
    }
    Document rtlPage = parse(documentPage("ar.txt"));
    assertThat(rtlPage.selectFirst("#text").attr("dir")).isEqualTo("auto");
    assertThat(rtlPage.selectFirst("#text").attr("lang")).isEqualTo("ar");
    assertThat(rtlPage.selectFirst("[data-annalist-type=place]").text()).isEqualTo("أربيل");
    Document cjkPage = parse(documentPage("zh.txt"));
    assertThat(cjkPage.selectFirst("[data-annalist-type=date]").attr("data-value")).isEqualTo("2024-04-03");
    assertThat(cjkPage.selectFirst("#text").text()).isEqualTo(chinese);
    Document barePage = parse(documentPage("bare.txt"));
    assertThat(barePage.selectFirst("h1").text()).isEqualTo("bare.txt");
    assertThat(barePage.select("[data-annalist-type]")).isEmpty();
    assertThat(barePage.selectFirst("#published").text()).isEqualTo("unknown");
    Document overview = parse(folder.resolve("index.html"));
    assertThat(overview.select("#missing-dates li").eachText()).containsExactlyInAnyOrder("فيضانات أربيل", "bare.txt");
    assertThat(overview.select("#text-dates li a").eachText()).containsExactly("洪水");
  }

  @Test
  void aTenMegabyteDocumentGivesACompletePage() throws IOException {
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    String sentence = "Floods hit Erbil on Wednesday, officials said. ";
    while (text.length() < 10 * 1024 * 1024) {
      int at = text.length();
      text.append(sentence);
      if (mentions.size() < 20_000) {
        mentions.add(new Mention(Mention.PLACE, at + 11, at + 16, "Erbil", "geonames:95446",
            Map.of("name", "Erbil", "geonamesId", "95446", "lat", "36.19", "lon", "44.01")));
      }
    }
    ReportDocument big = new ReportDocument("big.txt", null, "text/plain", "Big", null, "2024-04-04", "meta:date", "en",
        text.toString(), false, mentions);
    try (SiteBuilder site = new SiteBuilder(folder, "Big", 1)) {
      site.submit(big);
      site.finish(run());
    }
    Document page = parse(documentPage("big.txt"));
    assertThat(page.selectFirst("#text").wholeText()).hasSize(text.length());
    assertThat(page.select("[data-annalist-type=place]")).hasSize(20_000);
    assertThat(page.select("#places li")).hasSize(1);
  }
}
