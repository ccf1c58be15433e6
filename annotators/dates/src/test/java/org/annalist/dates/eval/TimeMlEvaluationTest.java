package org.annalist.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.core.testing.SharedData;
import org.annalist.dates.engine.TimexMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimeMlEvaluationTest {

  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>T1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-07" temporalFunction="false" functionInDocument="CREATION_TIME">January 7, 2022</TIMEX3></DCT>
      <TITLE>Rockets &amp; drones</TITLE>
      <TEXT>
      Rockets &amp; drones hit the base on <TIMEX3 tid="t1" type="DATE" value="2022-01-05">Wednesday</TIMEX3>, <EVENT eid="e1">officials</EVENT> said <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">today</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void parsesTextGoldAndDctButNotTheDctAsAMention() {
    TimeMlDocument document = TimeMlDocument.parse("t1", TML);
    assertThat(document.dct()).isEqualTo("2022-01-07");
    assertThat(document.text()).contains("Rockets & drones hit the base on Wednesday, officials said today.");
    assertThat(document.text()).doesNotContain("January 7, 2022").doesNotContain("<");
    assertThat(document.gold()).hasSize(2);
    TimeMlDocument.Gold wednesday = document.gold().get(0);
    assertThat(document.text().substring(wednesday.begin(), wednesday.end())).isEqualTo("Wednesday");
    assertThat(wednesday.value()).isEqualTo("2022-01-05");
  }

  @Test
  void scoresLikeTempEval3() {
    TimeMlDocument document = TimeMlDocument.parse("t1", TML);
    String text = document.text();
    int wednesday = text.indexOf("Wednesday");
    int today = text.indexOf("today");
    int rockets = text.indexOf("Rockets");
    List<TimexMention> system = List.of(
        mention(wednesday - 3, wednesday + 9, "DATE", "2022-01-05"),
        mention(today, today + 5, "DATE", "2022-01-07"),
        mention(rockets, rockets + 7, "DURATION", "P1D"));
    TempEvalScorer scorer = new TempEvalScorer();
    scorer.add(document, system);
    assertThat(scorer.strict().truePositives()).isEqualTo(1);
    assertThat(scorer.strict().precision()).isEqualTo(1.0 / 3);
    assertThat(scorer.relaxed().truePositives()).isEqualTo(2);
    assertThat(scorer.relaxed().recall()).isEqualTo(1.0);
    assertThat(scorer.valuePrecision()).isEqualTo(1.0 / 3);
    assertThat(scorer.valueRecall()).isEqualTo(0.5);
    assertThat(scorer.valueF1()).isEqualTo(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5));
    assertThat(scorer.typeF1()).isEqualTo(2 * (2.0 / 3) * 1.0 / (2.0 / 3 + 1.0));
    assertThat(scorer.disagreements()).singleElement()
        .satisfies(d -> assertThat(d.goldValue()).isEqualTo("PRESENT_REF"));
  }

  @Test
  void commandPrintsJsonAndRejectsBadInput(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.tml"), TML);
    Files.writeString(dir.resolve("copy.tml"), TML);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvalDatesCommand command = new EvalDatesCommand();
    command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int exit = new CommandLine(command).execute("--format", "timeml", "--json", dir.toString());
    assertThat(exit).isZero();
    JsonNode json = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    assertThat(json.get("documents").asInt()).isEqualTo(1);
    assertThat(json.get("relaxed").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("value").get("f1").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.has("strict")).isTrue();
    assertThat(json.has("type")).isTrue();

    EvalDatesCommand bad = new EvalDatesCommand();
    bad.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(new CommandLine(bad).execute("--format", "timeml", dir.resolve("missing").toString())).isEqualTo(2);
    EvalDatesCommand wrongFormat = new EvalDatesCommand();
    wrongFormat.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(new CommandLine(wrongFormat).execute("--format", "brat", dir.toString())).isEqualTo(2);
  }

  @Test
  void commandTimesPlainTextArticles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.tml"), TML);
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("one.txt"), "date 2022-01-07\nThe base was attacked on Wednesday.\n");
    Files.writeString(articles.resolve("two.txt"), "Rockets hit the base last week, officials said.\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvalDatesCommand command = new EvalDatesCommand();
    command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    command.articleWarmupNanos = 0;
    command.articleMeasureNanos = 1_000_000;
    int exit = new CommandLine(command).execute("--json", "--articles", articles.toString(), dir.resolve("a.tml").getParent().toString());
    assertThat(exit).isZero();
    JsonNode throughput = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8)).get("throughput");
    assertThat(throughput.get("articles").asInt()).isEqualTo(2);
    assertThat(throughput.get("articlesPerCpuSecond").asDouble()).isPositive();
    assertThat(throughput.get("articleMeanCharacters").asDouble()).isGreaterThan(40);

    EvalDatesCommand missing = new EvalDatesCommand();
    missing.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(new CommandLine(missing).execute("--articles", dir.resolve("none").toString(), dir.toString())).isEqualTo(2);
  }

  /** Regression guard on the development data (skipped when it is absent). */
  @Test
  void developmentFiguresOnTbaq() throws Exception {
    Path tbaq = SharedData.require("temporal/tbaq");
    EvalDatesCommand command = new EvalDatesCommand();
    var report = command.evaluate(TimeMlCorpus.read(tbaq));
    assertThat(report.getDouble("relaxed.f1")).isGreaterThan(0.92);
    assertThat(report.getDouble("value.f1")).isGreaterThan(0.80);
    assertThat(report.getDouble("type.f1")).isGreaterThan(0.86);
  }

  private static TimexMention mention(int begin, int end, String type, String value) {
    return new TimexMention(begin, end, type, value, null, null, null, null, null, "test");
  }
}
