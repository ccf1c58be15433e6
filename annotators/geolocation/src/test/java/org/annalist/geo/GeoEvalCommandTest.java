package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.geo.eval.GeoEvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval geo} as a user runs it: the GeoWebNews types that count, predictions, bad input. */
class GeoEvalCommandTest {

  @TempDir
  Path dir;

  private static final String TEXT = "Iraqi troops met in Baghdad. Paris Hilton stayed at the Texas Roadhouse in Paris.";

  private static String gwnToponym(String name, String type, int begin, String extra) {
    return "<toponym><extractedName>" + name + "</extractedName><type>" + type + "</type><start>" + begin
        + "</start><end>" + (begin + name.length()) + "</end>" + extra + "</toponym>";
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new GeoEvalCommand()).execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  @Test
  void coercionsCountDemonymsDoNotAndEveryPredictionIsWritten() throws Exception {
    Path gazetteer = dir.resolve("places.tsv");
    Files.writeString(gazetteer, TinyGazetteer.tsv());
    String coords = "<latitude>33.34</latitude><longitude>44.4</longitude>";
    Path gwn = dir.resolve("gwn.xml");
    Files.writeString(gwn, "<articles><article file=\"1\"><text>" + TEXT + "</text><toponyms>"
        + gwnToponym("Iraqi", "Demonym", 0, "")
        + gwnToponym("Baghdad", "Literal", TEXT.indexOf("Baghdad"), coords)
        + gwnToponym("Texas Roadhouse", "Coercion", TEXT.indexOf("Texas Roadhouse"), "")
        + gwnToponym("Paris", "Literal", TEXT.lastIndexOf("Paris"),
            "<latitude>48.85</latitude><longitude>2.35</longitude>")
        + "</toponyms></article></articles>");
    Path predictions = dir.resolve("p/pred.jsonl");
    Run run = run("--format", "gwn", "--json", "--gazetteer", gazetteer.toString(), "--predictions",
        predictions.toString(), gwn.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    // gold: Baghdad, Texas Roadhouse (coercion), Paris; the demonym "Iraqi" is not a toponym
    long fn = json.path("tagging").path("exact").path("fn").asLong();
    long tp = json.path("tagging").path("exact").path("tp").asLong();
    assertThat(tp + fn).isEqualTo(3);
    assertThat(json.path("secondary").path("demonymsInCoercionsOut").path("tagging").path("exact").has("f1")).isTrue();
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(1);
    JsonNode record = new ObjectMapper().readTree(lines.get(0));
    assertThat(record.get("doc").asText()).isEqualTo("1");
    assertThat(record.get("toponyms").findValuesAsText("text")).contains("Baghdad");
    assertThat(record.get("toponyms").get(0).has("latitude")).isTrue();
  }

  @Test
  void aFileOfTheOtherFormatOrWithoutGoldExits2() throws Exception {
    Path tr = dir.resolve("tr.xml");
    Files.writeString(tr, "<articles><article docid=\"7\"><text>Rain in Paris.</text><toponyms>"
        + "<toponym><phrase>Paris</phrase><start>8</start><end>13</end><gaztag geonameid=\"20\">"
        + "<lat>48.85</lat><lon>2.35</lon></gaztag></toponym></toponyms></article></articles>");
    Run asGwn = run("--format", "gwn", tr.toString());
    assertThat(asGwn.code()).isEqualTo(2);
    assertThat(asGwn.err()).contains("no gold toponyms");
    Path empty = dir.resolve("empty.xml");
    Files.writeString(empty, "<articles><article docid=\"1\"><text>No places.</text><toponyms/></article></articles>");
    assertThat(run("--format", "trnews", empty.toString()).code()).isEqualTo(2);
  }
}
