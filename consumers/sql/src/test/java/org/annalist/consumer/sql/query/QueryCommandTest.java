package org.annalist.consumer.sql.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.testing.CasBuilder;
import org.annalist.consumer.sql.SqlConsumer;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annalist query} end to end over a SQLite database written by the consumer. */
public class QueryCommandTest {

  @TempDir static Path temp;
  static String output;

  /** What one command run printed and returned. */
  public record Run(int exitCode, String out, String err) {
    public JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  @BeforeAll
  static void writeCorpus() throws Exception {
    output = temp.resolve("out").toString();
    store(output, corpus());
  }

  /** Three small documents: Kirby in 2022, Khamenei in 2020, an undated one near Erbil. */
  public static List<JCas> corpus() throws Exception {
    List<JCas> docs = new ArrayList<>();
    String a = "Rockets hit the Ain al-Asad air base on January 5, 2022. \"We observed five rounds,\" "
        + "said John Kirby. In March 2021 drones flew near Erbil.";
    docs.add(new CasBuilder("a", a).published("2022-01-07T10:15:00Z")
        .place("Ain al-Asad air base", 6300135L, 33.7856, 42.4412)
        .place("Erbil", 95446L, 36.19257, 44.01062)
        .timex("January 5, 2022", "2022-01-05")
        .timex("March 2021", "2021-03")
        .quote("We observed five rounds,", "said", "John Kirby", "John Kirby").build());
    String b = "Iranian missiles struck the base. \"This was a slap,\" Khamenei said in Tehran.";
    docs.add(new CasBuilder("b", b).published("2020-01-08")
        .place("Tehran", 112931L, 35.69439, 51.42151)
        .place("Iranian", "Iran", 130758L, 32.0, 53.0)
        .quote("This was a slap,", "said", "Khamenei", "Ali Khamenei").build());
    String c = "Drones were seen over Mosul and Erbil and later over Baghdad in 2022.";
    docs.add(new CasBuilder("c", c)
        .place("Mosul", 99072L, 36.335, 43.11889)
        .place("Erbil", 95446L, 36.19257, 44.01062)
        .place("Baghdad", 98182L, 33.34058, 44.40088)
        .timex("2022", "2022").build());
    return docs;
  }

  public static void store(String location, List<JCas> docs) throws Exception {
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(SqlConsumer.class,
        SqlConsumer.PARAM_TARGET_LOCATION, location);
    for (JCas doc : docs) {
      engine.process(doc);
    }
    engine.destroy();
  }

  public static Run query(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new QueryCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exit = command.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  public static List<String> column(JsonNode rows, String name) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.get(name).asText()));
    return values;
  }

  @Test
  void quotesBySpeakerAsTable() {
    Run run = query(output, "--speaker", "kirby");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("speaker", "John Kirby", "We observed five rounds,").contains("(1 quotes)")
        .doesNotContain("Khamenei");
  }

  @Test
  void quotesBySpeakerAsJson() throws Exception {
    Run run = query(output, "--speaker", "Khamenei", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode rows = run.json();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("speaker").asText()).isEqualTo("Ali Khamenei");
    assertThat(rows.get(0).get("document").asText()).isEqualTo("b");
    assertThat(rows.get(0).get("direct").asBoolean()).isTrue();
  }

  @Test
  void speakerCombinedWithADateRange() throws Exception {
    assertThat(query(output, "--speaker", "Kirby", "--from", "2023-01-01", "--format", "json").json()).isEmpty();
    assertThat(query(output, "--speaker", "Kirby", "--from", "2022-01", "--to", "2022-01", "--format", "json")
        .json()).hasSize(1);
  }

  @Test
  void mentionsOfAPlaceByName() throws Exception {
    JsonNode rows = query(output, "--place", "erbil", "--format", "json").json();
    assertThat(column(rows, "document")).containsExactly("a", "c");
    assertThat(column(rows, "geonames_id")).containsOnly("95446");
  }

  @Test
  void aSpellingThatIsNoGazetteerNameFindsThePlacesWrittenSo() throws Exception {
    // "Iranian" is only the text of a mention whose gazetteer name is Iran
    assertThat(column(query(output, "--place", "iranian", "--format", "json").json(), "name"))
        .containsExactly("Iran");
    assertThat(column(query(output, "--place", "Iran", "--format", "json").json(), "text"))
        .containsExactly("Iranian");
    assertThat(column(query(output, "--place", "Iranian", "--within-km", "50", "--format", "json").json(), "name"))
        .containsExactly("Iran");
  }

  @Test
  void placesWithinARadius() throws Exception {
    JsonNode rows = query(output, "--place", "Erbil", "--within-km", "100", "--format", "json").json();
    // from Erbil: Mosul 81.5 km, Ain al-Asad 303 km, Baghdad 319 km, Tehran 669 km
    assertThat(column(rows, "text")).containsExactlyInAnyOrder("Erbil", "Mosul", "Erbil");
    JsonNode wider = query(output, "--place", "36.19257,44.01062", "--within-km", "310", "--format", "json").json();
    assertThat(column(wider, "text")).contains("Ain al-Asad air base", "Mosul").doesNotContain("Baghdad", "Tehran");
    assertThat(wider.get(0).get("distance_km").asDouble()).isBetween(303.0, 304.0);
  }

  @Test
  void speakerNearAPlace() throws Exception {
    assertThat(column(query(output, "--speaker", "Kirby", "--place", "Mosul", "--within-km", "100",
        "--format", "json").json(), "document")).containsExactly("a");
    assertThat(query(output, "--speaker", "Khamenei", "--place", "Mosul", "--within-km", "100",
        "--format", "json").json()).isEmpty();
  }

  @Test
  void documentsInADateRange() throws Exception {
    // a: mentions March 2021; b: published 2020-01-08; c: mentions only the whole of 2022
    assertThat(column(query(output, "--from", "2021-03-01", "--to", "2021-03-31", "--format", "json").json(),
        "document")).containsExactly("a");
    assertThat(column(query(output, "--from", "2020", "--to", "2020", "--format", "json").json(), "document"))
        .containsExactly("b");
    assertThat(column(query(output, "--from", "2022", "--format", "json").json(), "document"))
        .containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void documentsContainingWords() throws Exception {
    assertThat(column(query(output, "--text", "DRONES", "--format", "json").json(), "document"))
        .containsExactlyInAnyOrder("a", "c");
    assertThat(column(query(output, "--text", "drones erbil baghdad", "--format", "json").json(), "document"))
        .containsExactly("c");
    assertThat(query(output, "--text", "100%", "--format", "json").json()).isEmpty();
  }

  @Test
  void limitCapsTheRows() throws Exception {
    assertThat(query(output, "--limit", "2", "--format", "json").json()).hasSize(2);
  }

  @Test
  void missingDatabaseExitsWithTwo() {
    Run run = query(temp.resolve("nothing-here").toString(), "--speaker", "Kirby");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no Annalist database at");
    assertThat(temp.resolve("nothing-here")).doesNotExist();
  }

  @Test
  void fileThatIsNotADatabaseExitsWithTwo() throws Exception {
    Path junk = temp.resolve("junk.db");
    java.nio.file.Files.writeString(junk, "this is not SQLite");
    Run run = query(junk.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("annalist query:");
  }

  @Test
  void badArgumentsExitWithTwo() {
    assertThat(query(output, "--within-km", "10").exitCode()).isEqualTo(2);
    assertThat(query(output, "--from", "2022-13-01").exitCode()).isEqualTo(2);
    assertThat(query(output, "--from", "2023", "--to", "2022").exitCode()).isEqualTo(2);
    Run unknown = query(output, "--place", "Atlantis", "--within-km", "10");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no place called 'Atlantis'");
  }
}
