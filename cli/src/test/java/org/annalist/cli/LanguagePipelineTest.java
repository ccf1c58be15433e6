package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped news pipeline on a German page and English pages: the language annotator decides each
 * document's language from its text, the English-only annotators skip the German page with the reason
 * recorded in run-summary.json and in the document's line, and annotate the English pages.
 */
class LanguagePipelineTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  static Path input;

  @TempDir
  static Path output;

  private static CliRunner.Result run;
  private static final Map<String, JsonNode> documents = new HashMap<>();
  private static JsonNode summary;

  @BeforeAll
  static void runTheNewsPipeline() throws Exception {
    // no lang attribute: the reader's default (en) is the hint, and the text says German
    write("hochwasser.html", null, "Hochwasser in Passau: Stadt ruft den Katastrophenfall aus",
        "<p>Passau, 3. Juni 2024. Nach tagelangem Regen ist die Donau in Passau am Montag über die Ufer getreten. "
            + "Die Stadt hat den Katastrophenfall ausgerufen, Hunderte Anwohner mussten ihre Wohnungen verlassen.</p>"
            + "<p>„Wir haben so etwas seit elf Jahren nicht mehr erlebt“, sagte Oberbürgermeister Jürgen Dupper am "
            + "Vormittag. Die Feuerwehr rechnet damit, dass der Pegel bis Mittwoch weiter steigt.</p>"
            + "<p>Auch in Regensburg und Deggendorf bereiten sich die Behörden auf steigende Wasserstände vor. "
            + "Der Deutsche Wetterdienst warnt vor weiteren Unwettern in ganz Bayern.</p>");
    write("flood.html", "en", "Floods force evacuations in Passau",
        "<p>PASSAU, Germany, June 3, 2024. The Danube burst its banks in Passau on Monday after days of heavy "
            + "rain, and the city declared a state of emergency as hundreds of residents left their homes.</p>"
            + "<p>\"We have not seen anything like this in eleven years,\" Mayor Juergen Dupper said on Monday "
            + "morning. Firefighters expect the river to keep rising until Wednesday.</p>"
            + "<p>Officials in Regensburg and Deggendorf are also preparing for rising water levels, and the "
            + "German weather service warned of more storms across Bavaria.</p>");
    // the page declares German, but its text is English: the detection overrules the hint
    write("mislabelled.html", "de", "Markets close higher in London",
        "<p>LONDON, June 3, 2024. Shares in London closed higher on Monday as investors welcomed new figures "
            + "showing that inflation in Britain had slowed for the third month in a row.</p>"
            + "<p>\"The numbers were better than anyone expected,\" said Sarah Collins, an economist at a London "
            + "bank. Traders now expect the Bank of England to cut interest rates in August.</p>");
    run = CliRunner.run("run", ROOT.resolve("pipelines/news.yaml").toString(),
        "--input", input.toString(), "--output", output.toString(), "--no-progress");
    assertThat(output.resolve("documents.jsonl")).as("the run wrote no output: %s%s", run.out(), run.err()).exists();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(output.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      documents.put(node.get("id").asText(), node);
    }
    summary = json.readTree(output.resolve("run-summary.json").toFile());
  }

  private static void write(String name, String lang, String title, String body) throws Exception {
    String html = "<!DOCTYPE html><html" + (lang == null ? "" : " lang=\"" + lang + "\"") + "><head>"
        + "<meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
        + body + "</article></body></html>";
    Files.writeString(input.resolve(name), html, StandardCharsets.UTF_8);
  }

  @Test
  void everyDocumentSucceeds() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(documents).containsOnlyKeys("hochwasser.html", "flood.html", "mislabelled.html");
  }

  @Test
  void theGermanPageIsSkippedByTheEnglishOnlyAnnotatorsWithTheReason() {
    JsonNode german = documents.get("hochwasser.html");
    assertThat(german.get("language").asText()).isEqualTo("de");
    assertThat(values(german, "dates", "value")).isEmpty();
    assertThat(values(german, "places", "name")).isEmpty();
    assertThat(values(german, "quotes", "text")).isEmpty();
    assertThat(values(german, "skippedSteps", "component")).containsExactly("dates", "persons", "geolocation", "quotes");
    assertThat(values(german, "skippedSteps", "reason"))
        .contains("dates skipped: the document's language is de, dates supports en");
  }

  @Test
  void theRunSummaryCountsTheSkippedDocumentsPerComponentAndLanguage() {
    JsonNode skipped = summary.path("skippedByLanguage");
    assertThat(iterable(skipped.fieldNames())).containsExactly("dates", "persons", "geolocation", "quotes");
    for (String component : List.of("dates", "persons", "geolocation", "quotes")) {
      assertThat(skipped.path(component).path("documents").asLong()).as(component).isEqualTo(1);
      assertThat(skipped.path(component).path("byLanguage").path("de").asLong()).as(component).isEqualTo(1);
      assertThat(skipped.path(component).path("supports").asText()).as(component).isEqualTo("en");
    }
    assertThat(run.out() + run.err()).contains("dates skipped 1 document(s) in a language it does not support (de 1)");
  }

  @Test
  void theEnglishPagesAreAnnotated() {
    JsonNode english = documents.get("flood.html");
    assertThat(english.get("language").asText()).isEqualTo("en");
    assertThat(english.get("skippedSteps")).isEmpty();
    assertThat(values(english, "dates", "value")).contains("2024-06-03");
    assertThat(values(english, "places", "name")).contains("Passau");
    assertThat(values(english, "quotes", "speaker")).contains("Juergen Dupper");

    JsonNode mislabelled = documents.get("mislabelled.html");
    assertThat(mislabelled.get("language").asText()).isEqualTo("en");
    assertThat(mislabelled.get("skippedSteps")).isEmpty();
    assertThat(values(mislabelled, "places", "name")).contains("London");
    assertThat(values(mislabelled, "quotes", "speaker")).contains("Sarah Collins");
  }

  private static List<String> values(JsonNode document, String array, String key) {
    List<String> values = new ArrayList<>();
    document.get(array).forEach(item -> values.add(item.path(key).asText()));
    return values;
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
