package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.reader.tika.ReaderRun.Doc;
import org.annalist.reader.tika.ReaderRun.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader over the project's sample documents: one of every supported kind. */
class SampleDocumentsTest {

  static final Path SAMPLES = Path.of("../../samples").toAbsolutePath().normalize();
  private static ReaderRun run;

  @BeforeAll
  static void readSamples() throws Exception {
    // as in pipelines/news.yaml: the folder's README describes the samples and is not one
    run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, SAMPLES.toString(),
        TikaCollectionReader.PARAM_EXCLUDES, new String[] {"README.md"});
  }

  @Test
  void readsEverySampleWithStableRelativeIds() {
    assertThat(run.failures).isEmpty();
    assertThat(run.ids()).containsExactly(
        "baghdad-power-cuts.eml",
        "erbil-flash-flood.html",
        "more-regional-news.zip!/regional/mosul-dam-repairs.html",
        "more-regional-news.zip!/regional/basra-heatwave.txt",
        "paris-water-summit.txt",
        "texas-reservoirs-report.pdf");
  }

  @Test
  void htmlPageHasMetadataStructureAndRawHtmlView() throws Exception {
    Doc doc = run.doc("erbil-flash-flood.html");
    byte[] raw = Files.readAllBytes(SAMPLES.resolve("erbil-flash-flood.html"));
    assertThat(doc.metadata().getContentType()).isEqualTo("text/html");
    assertThat(doc.metadata().getTitle()).isEqualTo("Flash floods sweep through Erbil, killing four");
    assertThat(doc.metadata().getAuthor()).isEqualTo("Layla Hassan");
    assertThat(doc.metadata().getPublishedDate()).isEqualTo("2024-04-04T08:30:00+03:00");
    assertThat(doc.metadata().getPublishedDateSource()).isEqualTo("meta:article:published_time");
    assertThat(doc.metadata().getLanguage()).isEqualTo("en");
    assertThat(doc.documentLanguage()).isEqualTo("en");
    assertThat(doc.metadata().getChecksum()).isEqualTo(TikaCollectionReader.sha256(raw));
    assertThat(doc.metadata().getSizeBytes()).isEqualTo(raw.length);
    assertThat(doc.metadata().getSourceUri()).endsWith("/samples/erbil-flash-flood.html");
    assertThat(doc.metadata().getBegin()).isZero();
    assertThat(doc.metadata().getEnd()).isEqualTo(doc.text().length());

    assertThat(doc.html()).isEqualTo(new String(raw, StandardCharsets.UTF_8));
    assertThat(doc.text()).doesNotContain("dataLayer").doesNotContain("| The Tigris Ledger</");
    assertThat(doc.text()).contains("Erbil’s civil defence directorate");

    Span h1 = doc.spans("Heading").get(0);
    assertThat(h1.coveredText()).isEqualTo("Flash floods sweep through Erbil, killing four");
    assertThat(h1.level()).isEqualTo(1);
    assertThat(doc.spans("Heading")).extracting(Span::coveredText, Span::level)
        .contains(org.assertj.core.groups.Tuple.tuple("Warnings ignored", 2));
    assertThat(doc.spans("Caption")).extracting(Span::coveredText)
        .containsExactly("Cars stranded on 60 Meter Street in Erbil after the storm. (Photo: Ledger staff)");
    assertThat(doc.spans("BlockQuote")).singleElement().extracting(Span::coveredText).asString()
        .startsWith("“We cannot stop the rain").endsWith("Aziz said.");
    assertThat(doc.spans("ListItem")).extracting(Span::coveredText).contains("Deaths: 4", "World");
    assertThat(doc.spans("Link")).filteredOn(s -> s.coveredText().equals("cookie policy"))
        .singleElement().extracting(Span::href).isEqualTo("/cookies");
    assertThat(doc.spans("Paragraph")).extracting(Span::coveredText)
        .anyMatch(p -> p.startsWith("ERBIL, Iraq – Flash floods") && p.endsWith("officials said."));
  }

  @Test
  void everySpanCoversItsOwnTextWithoutSurroundingWhiteSpace() {
    for (Doc doc : run.documents) {
      for (Span span : doc.structure()) {
        assertThat(span.coveredText()).as(doc.id() + " " + span).isNotBlank().isEqualTo(span.coveredText().strip());
        assertThat(doc.text().substring(span.begin(), span.end())).isEqualTo(span.coveredText());
      }
    }
  }

  @Test
  void plainTextIsKeptExactlyWithItsDateLine() throws Exception {
    Doc doc = run.doc("paris-water-summit.txt");
    String file = Files.readString(SAMPLES.resolve("paris-water-summit.txt"));
    assertThat(doc.text()).isEqualTo(file);
    assertThat(doc.html()).isNull();
    assertThat(doc.metadata().getContentType()).isEqualTo("text/plain");
    assertThat(doc.metadata().getPublishedDate()).isEqualTo("2023-06-22");
    assertThat(doc.metadata().getPublishedDateSource()).isEqualTo("date-line");
    assertThat(doc.spans("Paragraph")).extracting(Span::coveredText)
        .startsWith("date 2023-06-22", "Water ministers agree to share river data at Paris summit")
        .endsWith("The ministers will meet again in Baghdad next spring.")
        .hasSize(10);
  }

  @Test
  void pdfTextMetadataAndJoinedLines() {
    Doc doc = run.doc("texas-reservoirs-report.pdf");
    assertThat(doc.metadata().getContentType()).isEqualTo("application/pdf");
    assertThat(doc.metadata().getTitle()).isEqualTo("Texas reservoirs fall to lowest level in a decade");
    assertThat(doc.metadata().getPublishedDate()).startsWith("2024-05-09");
    assertThat(doc.metadata().getPublishedDateSource()).isEqualTo("metadata:dcterms:created");
    assertThat(doc.text()).contains("after a dry winter").contains("said Rebecca Moore, the authority's general manager");
    assertThat(doc.spans("Paragraph")).extracting(Span::coveredText)
        .contains("Farmers count the cost");
  }

  @Test
  void emailBodyOnceWithSubjectSenderAndDate() {
    Doc doc = run.doc("baghdad-power-cuts.eml");
    assertThat(doc.metadata().getContentType()).isEqualTo("message/rfc822");
    assertThat(doc.metadata().getTitle()).isEqualTo("Morning briefing: Baghdad power cuts spark protests");
    assertThat(doc.metadata().getAuthor()).contains("Newsdesk");
    assertThat(doc.metadata().getPublishedDate()).startsWith("2024-11-12");
    assertThat(doc.text()).contains("said Ali Jabbar, a shopkeeper in the Sadr City district.");
    assertThat(doc.text().split("Hundreds of people blocked roads", -1)).hasSize(2);
  }

  @Test
  void zipEntriesAreDocumentsWithTheirOwnFormat() {
    Doc html = run.doc("more-regional-news.zip!/regional/mosul-dam-repairs.html");
    assertThat(html.metadata().getSourceUri()).endsWith("more-regional-news.zip!/regional/mosul-dam-repairs.html");
    assertThat(html.html()).contains("<h1>Engineers race to finish Mosul Dam repairs before summer</h1>");
    assertThat(html.metadata().getPublishedDate()).isEqualTo("2024-02-28");
    Doc text = run.doc("more-regional-news.zip!/regional/basra-heatwave.txt");
    assertThat(text.metadata().getPublishedDate()).isEqualTo("2024-07-18");
    assertThat(text.metadata().getPublishedDateSource()).isEqualTo("date-line");
  }

  @Test
  void htmlViewNameIsTheSharedConstant() {
    assertThat(ComponentParameters.HTML_VIEW).isEqualTo("html");
    assertThat(run.documents).filteredOn(d -> d.html() != null).extracting(Doc::id)
        .containsExactly("erbil-flash-flood.html", "more-regional-news.zip!/regional/mosul-dam-repairs.html");
  }
}
