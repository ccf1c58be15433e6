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

  private static final String BC_TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2009-12-19" functionInDocument="CREATION_TIME"/></DCT>
      <TEXT>
      Darius sent an army in <TIMEX3 tid="t1" type="DATE" value="BC0490">490 BC</TIMEX3>. In <TIMEX3 tid="t2" type="DATE" value="1942">1942</TIMEX3> a war raged, and in <TIMEX3 tid="t3" type="DATE" value="1942-06">June</TIMEX3> the front moved. Peace came in <TIMEX3 tid="t4" type="DATE" value="1945">1945</TIMEX3>, after the battles of <TIMEX3 tid="t5" type="DATE" value="1943">1943</TIMEX3> and <TIMEX3 tid="t6" type="DATE" value="1944">1944</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void theTwoSpellingsOfBcYearsScoreAsOne() {
    TimeMlDocument document = TimeMlDocument.parse("bc", BC_TML);
    int at = document.text().indexOf("490 BC");
    TempEvalScorer scorer = new TempEvalScorer();
    scorer.add(document, List.of(mention(at, at + 6, "DATE", "-0489")));
    assertThat(scorer.valuePrecision()).isEqualTo(1.0);
  }

  @Test
  void writesPredictionsScoresWithoutDctsAndRejectsBadOptions(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bc.tml"), BC_TML);
    Files.writeString(dir.resolve("news.tml"), TML);
    Path predictions = dir.resolve("out/predictions.jsonl");
    Files.createDirectories(predictions.getParent());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvalDatesCommand command = new EvalDatesCommand();
    command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int exit = new CommandLine(command).execute("--json", "--predictions", predictions.toString(), dir.toString());
    assertThat(exit).isZero();
    JsonNode report = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    assertThat(report.get("documentType").get("narrative").asInt()).isEqualTo(1);
    assertThat(report.get("documentType").get("news").asInt()).isEqualTo(1);
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(2);
    JsonNode history = new ObjectMapper().readTree(lines.get(0));
    assertThat(history.get("document").asText()).isEqualTo("bc.tml");
    assertThat(history.get("documentType").asText()).isEqualTo("narrative");
    JsonNode june = null;
    for (JsonNode mention : history.get("mentions")) {
      if (mention.get("text").asText().equals("June")) {
        june = mention;
      }
    }
    assertThat(june).isNotNull();
    assertThat(june.get("value").asText()).isEqualTo("1942-06");
    assertThat(june.get("anchorSource").asText()).isEqualTo("CONTEXT");
    assertThat(june.get("begin").asInt()).isLessThan(june.get("end").asInt());

    ByteArrayOutputStream undated = new ByteArrayOutputStream();
    EvalDatesCommand noDct = new EvalDatesCommand();
    noDct.out = new PrintStream(undated, true, StandardCharsets.UTF_8);
    assertThat(new CommandLine(noDct).execute("--json", "--no-dct", dir.toString())).isZero();
    JsonNode withoutDates = new ObjectMapper().readTree(undated.toString(StandardCharsets.UTF_8));
    assertThat(withoutDates.get("dct").asText()).isEqualTo("removed");
    // "Wednesday" cannot be resolved without a date: a miss, still counted
    assertThat(withoutDates.get("value").get("recall").asDouble()).isLessThan(report.get("value").get("recall").asDouble());
    assertThat(withoutDates.get("gold").asInt()).isEqualTo(report.get("gold").asInt());

    EvalDatesCommand badType = new EvalDatesCommand();
    badType.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(new CommandLine(badType).execute("--document-type", "poem", dir.toString())).isEqualTo(2);
    EvalDatesCommand badFile = new EvalDatesCommand();
    badFile.err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(new CommandLine(badFile).execute("--predictions", dir.resolve("nowhere/p.jsonl").toString(),
        dir.toString())).isEqualTo(2);
  }

  /** Regression guard on the WikiWars development documents (skipped when they are absent). */
  @Test
  void developmentFiguresOnWikiWars() throws Exception {
    Path wikiwars = SharedData.require("temporal/wikiwars-dev");
    var report = new EvalDatesCommand().evaluate(TimeMlCorpus.read(wikiwars));
    assertThat(report.getDouble("relaxed.f1")).isGreaterThan(0.92);
    assertThat(report.getDouble("value.f1")).isGreaterThan(0.83);
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
