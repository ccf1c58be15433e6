package org.annalist.consumer.sql.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.testing.CasBuilder;
import org.annalist.consumer.sql.query.QueryCommandTest;
import org.annalist.consumer.sql.query.QueryCommandTest.Run;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code annalist search} end to end over a database written by the sql consumer; the same
 * assertions hold on SQLite (FTS5) and PostgreSQL (tsvector), which each subclass provides.
 */
public abstract class SearchContractTest {

  /** A database holding {@link QueryCommandTest#corpus()}, written by the consumer. */
  protected abstract String location();

  public static Run search(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new SearchCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    return new Run(command.execute(args), out.toString(), err.toString());
  }

  protected JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(location()));
    all.addAll(List.of(args));
    all.add("--json");
    Run run = search(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.json();
  }

  protected static List<String> hits(JsonNode result, String field) {
    List<String> values = new ArrayList<>();
    result.get("hits").forEach(hit -> values.add(hit.get(field).asText()));
    return values;
  }

  @Test
  void rankedHitsWithHighlightedSnippets() throws Exception {
    JsonNode result = json("rockets");
    assertThat(result.get("total").asInt()).isEqualTo(1);
    JsonNode hit = result.get("hits").get(0);
    assertThat(hit.get("document").asText()).isEqualTo("a");
    assertThat(hit.get("kind").asText()).isEqualTo("document");
    assertThat(hit.get("snippet").asText()).contains("[Rockets]");
    assertThat(hit.get("score").asDouble()).isPositive();
    // the matching facts of the hit
    assertThat(hit.get("places").toString()).contains("Erbil", "Ain al-Asad air base");
    assertThat(hit.get("dates").toString()).contains("2022-01-05");
    assertThat(hit.get("speakers").toString()).contains("John Kirby");
  }

  @Test
  void textOutputShowsRankSnippetAndFacets() {
    Run run = search(location(), "drones");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2 hits in 2 documents for drones", "1. ", "2. ", "[drones]", "[Drones]",
        "facets", "places: Erbil 2");
  }

  @Test
  void stemmingPhrasePrefixAndBooleanQueries() throws Exception {
    assertThat(hits(json("drone"), "document")).containsExactlyInAnyOrder("a", "c");
    assertThat(hits(json("\"air base\""), "document")).contains("a").doesNotContain("c");
    assertThat(hits(json("\"base air\""), "document")).isEmpty();
    assertThat(hits(json("missil*"), "document")).containsExactly("b");
    assertThat(hits(json("drones NOT Mosul"), "document")).containsExactly("a");
    assertThat(hits(json("drones -Mosul"), "document")).containsExactly("a");
    assertThat(hits(json("missiles OR rockets", "--type", "document"), "document"))
        .containsExactlyInAnyOrder("a", "b");
    assertThat(hits(json("(missiles OR rockets) AND base", "--type", "document"), "document"))
        .containsExactlyInAnyOrder("a", "b");
    assertThat(hits(json("al-Asad"), "document")).containsExactly("a");
  }

  @Test
  void placeDateAndRadiusFiltersAreThoseOfAnnalistQuery() throws Exception {
    assertThat(hits(json("drones", "--place", "Erbil"), "document")).containsExactlyInAnyOrder("a", "c");
    // a mentions January 5, 2022; c only the whole of 2022
    assertThat(hits(json("drones", "--place", "Erbil", "--from", "2022-01", "--to", "2022-01"), "document"))
        .containsExactly("a");
    JsonNode near = json("drones", "--place", "Baghdad", "--within-km", "100");
    assertThat(hits(near, "document")).containsExactly("c");
    assertThat(near.get("hits").get(0).get("places").toString()).contains("Baghdad").doesNotContain("Mosul");
    assertThat(hits(json("drones", "--place", "iranian"), "document")).isEmpty();
    assertThat(hits(json("struck", "--place", "iranian"), "document")).containsExactly("b");
  }

  @Test
  void quotesBySpeaker() throws Exception {
    JsonNode result = json("rounds", "--speaker", "Kirby", "--type", "quote");
    assertThat(result.get("total").asInt()).isEqualTo(1);
    JsonNode hit = result.get("hits").get(0);
    assertThat(hit.get("kind").asText()).isEqualTo("quote");
    assertThat(hit.get("quote_speaker") == null ? hit.get("quoteSpeaker").asText()
        : hit.get("quote_speaker").asText()).isEqualTo("John Kirby");
    assertThat(hit.get("snippet").asText()).contains("[rounds]");
    assertThat(json("rounds", "--speaker", "Khamenei").get("total").asInt()).isZero();
    // without --type, the document holding the quote is a hit too
    assertThat(hits(json("rounds"), "kind")).containsExactlyInAnyOrder("quote", "document");
  }

  @Test
  void facetsCountDocumentsOfTheWholeResultSet() throws Exception {
    JsonNode result = json("drones", "--limit", "1");
    assertThat(result.get("hits")).hasSize(1);
    assertThat(result.get("total").asInt()).isEqualTo(2);
    JsonNode places = result.get("facets").get("places");
    assertThat(places.get(0).get("value").asText()).isEqualTo("Erbil");
    assertThat(places.get(0).get("count").asInt()).isEqualTo(2);
    assertThat(result.get("facets").get("months").toString()).contains("2022-01");
    assertThat(json("drones", "--facets", "speakers").get("facets").fieldNames()).toIterable()
        .containsExactly("speakers");
    assertThat(json("drones", "--facets", "none").get("facets")).isEmpty();
  }

  @Test
  void hugeResultSetsArePaged() throws Exception {
    JsonNode first = json("drones", "--limit", "1", "--page", "1");
    JsonNode second = json("drones", "--limit", "1", "--page", "2");
    assertThat(hits(first, "rank")).containsExactly("1");
    assertThat(hits(second, "rank")).containsExactly("2");
    assertThat(hits(first, "document")).doesNotContainAnyElementsOf(hits(second, "document"));
    assertThat(json("drones", "--limit", "1", "--page", "3").get("hits")).isEmpty();
    Run text = search(location(), "drones", "--limit", "1");
    assertThat(text.out()).contains("showing 1-1", "(next: --page 2)");
  }

  @Test
  void emptyResultIsNoError() {
    Run run = search(location(), "volcano");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("no hits for volcano");
  }

  @Test
  void malformedQueriesAndBadOptionsExitWithTwoAndOneLine() {
    for (String[] args : List.of(
        new String[] {location(), "\"air base"},
        new String[] {location(), "rockets AND"},
        new String[] {location(), "NOT drones"},
        new String[] {location(), "(rockets"},
        new String[] {location(), "rockets)"},
        new String[] {location(), "***"},
        new String[] {location(), " "},
        new String[] {location(), "rockets", "--facets", "places,colours"},
        new String[] {location(), "rockets", "--type", "tweet"},
        new String[] {location(), "rockets", "--page", "0"},
        new String[] {location(), "rockets", "--within-km", "5"},
        new String[] {location(), "rockets", "--place", "Atlantis", "--within-km", "5"})) {
      Run run = search(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().strip()).as(String.join(" ", args)).startsWith("annalist search: ").doesNotContain("\n");
    }
    assertThat(search(location(), "\"air base").err()).contains("malformed query", "not closed");
    assertThat(search(location(), "rockets AND").err()).contains("operator AND at position 9", "needs a word after it");
    assertThat(search(location(), "rockets OR ) x").err()).contains("operator OR");
    assertThat(search(location(), "AND rockets").err()).contains("unexpected operator AND at position 1");
    assertThat(search(location(), "NOT drones").err()).contains("cannot only exclude");
    assertThat(search(location(), "rockets", "--facets", "colours").err())
        .contains("unknown facet colours", "places, speakers, months");
  }

  /** A document whose text changed, stored again under its id: only the new text is found. */
  protected static List<JCas> changedDocumentA() throws Exception {
    return List.of(new CasBuilder("a", "Sandstorms closed the airport.").published("2022-01-07").build());
  }
}
