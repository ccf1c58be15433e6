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

/** The README's first command: the default pipeline over the sample documents. */
class NewsPipelineTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  static Path output;

  private static CliRunner.Result run;
  private static final Map<String, JsonNode> documents = new HashMap<>();

  @BeforeAll
  static void runTheDefaultPipeline() throws Exception {
    run = CliRunner.run("run", ROOT.resolve("pipelines/news.yaml").toString(),
        "--input", ROOT.resolve("samples").toString(), "--output", output.toString(), "--no-progress");
    assertThat(output.resolve("documents.jsonl")).as("the run wrote no output: %s%s", run.out(), run.err()).exists();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(output.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      documents.put(node.get("id").asText(), node);
    }
  }

  @Test
  void everySampleSucceeds() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(documents).containsOnlyKeys("baghdad-power-cuts.eml", "erbil-flash-flood.html",
        "more-regional-news.zip!/regional/mosul-dam-repairs.html",
        "more-regional-news.zip!/regional/basra-heatwave.txt", "paris-water-summit.txt",
        "texas-reservoirs-report.pdf");
    assertThat(Files.exists(output.resolve("annalist.db"))).isTrue();
  }

  @Test
  void theHtmlPageIsStrippedAndAnnotated() {
    JsonNode page = documents.get("erbil-flash-flood.html");
    assertThat(page.get("text").asText()).contains("Flash floods swept through Erbil")
        .doesNotContainIgnoringCase("accept cookies");
    assertThat(values(page, "dates", "value")).contains("2024-04-03");
    assertThat(values(page, "places", "name")).contains("Erbil", "Baghdad");
    assertThat(values(page, "quotes", "speaker")).contains("Dilshad Omar");
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    JsonNode summit = documents.get("paris-water-summit.txt");
    assertThat(summit.get("published").asText()).isEqualTo("2023-06-22");
    assertThat(values(summit, "dates", "value")).contains("2023-06-22", "2020-01-03");
  }

  @Test
  void theDatabaseAnswersQuestions() {
    CliRunner.Result quotes = CliRunner.run("query", output.toString(), "--speaker", "Omar", "--format", "json");
    assertThat(quotes.exitCode()).as(quotes.err()).isZero();
    assertThat(quotes.out()).contains("Dilshad Omar");
    CliRunner.Result near = CliRunner.run("query", output.toString(), "--place", "Erbil", "--within-km", "100");
    assertThat(near.out()).contains("erbil-flash-flood.html");
  }

  @Test
  void theReadmeSearchFindsRankedHighlightedHits() {
    CliRunner.Result search = CliRunner.run("search", output.toString(), "flood*", "--place", "Iraq");
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.out()).contains("hits in 1 documents for flood*", "1. ", "erbil-flash-flood.html", "[floods]",
        "places: Iraq", "facets");
    CliRunner.Result malformed = CliRunner.run("search", output.toString(), "\"flash flood");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("malformed query");
  }

  private static List<String> values(JsonNode document, String array, String field) {
    List<String> values = new ArrayList<>();
    document.get(array).forEach(item -> values.add(item.path(field).asText()));
    return values;
  }
}
