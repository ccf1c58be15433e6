package org.annalist.corpus.eval;

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
import org.annalist.corpus.TestTexts;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesEvalCommandTest {

  @TempDir Path temp;

  record Run(int exit, String out, String err) {}

  static Run eval(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new DuplicatesEvalCommand()).execute(args);
      return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void scoresTheGeneratedSetOfThePolnearDevelopmentSplit() throws Exception {
    Path dev = SharedData.require("quotes/polnear/dev");
    Path predictions = temp.resolve("predictions.jsonl");
    Run run = eval(dev.toString(), "--json", "--predictions", predictions.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("task").asText()).isEqualTo("duplicates");
    assertThat(report.get("pairs").get("f1").asDouble()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.get("hardNegatives").get("pairs").asLong()).isPositive();
    long documents = report.get("documents").asLong();
    assertThat(Files.readAllLines(predictions)).hasSize((int) documents);
  }

  @Test
  void theSameSeedWritesTheSameSetAndItCanBeScoredAgain() throws Exception {
    Path articles = temp.resolve("articles");
    Files.createDirectories(articles);
    for (int i = 0; i < 12; i++) {
      Files.writeString(articles.resolve("a" + i + ".txt"), TestTexts.article(500 + i, 260));
    }
    Path first = temp.resolve("set1.jsonl");
    Path second = temp.resolve("set2.jsonl");
    assertThat(eval(articles.toString(), "--families", "5", "--write-set", first.toString()).exit()).isZero();
    assertThat(eval(articles.toString(), "--families", "5", "--write-set", second.toString()).exit()).isZero();
    assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    List<LabelledDocument> set = LabelledSetFile.read(first);
    assertThat(set.stream().filter(d -> d.role().equals("original"))).hasSize(5);
    assertThat(set.stream().filter(d -> d.role().equals("negative"))).hasSize(5);

    Run rescored = eval(first.toString(), "--format", "jsonl", "--json");
    assertThat(rescored.exit()).as(rescored.err()).isZero();
    assertThat(new ObjectMapper().readTree(rescored.out()).get("documents").asInt()).isEqualTo(set.size());
  }

  @Test
  void aWrongInputFormatExitsTwoWithTheFileAndLine() throws Exception {
    Path set = temp.resolve("set.jsonl");
    Files.writeString(set, "{\"id\": \"a\", \"family\": \"f\", \"text\": \"some text\"}\n{\"id\": \"b\", \"text\": \"x\"}\n");
    Run run = eval(set.toString(), "--format", "jsonl");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(set + ":2: no \"family\"");

    Files.writeString(set, "id,family,text\n");
    assertThat(eval(set.toString(), "--format", "jsonl").err()).contains(set + ":1: not a JSON object");
    assertThat(eval(set.toString(), "--format", "csv").exit()).isEqualTo(2);
    Files.write(set, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    Run binary = eval(set.toString(), "--format", "jsonl");
    assertThat(binary.exit()).isEqualTo(2);
    assertThat(binary.err()).contains("not a UTF-8 text file");
    Run folder = eval(temp.resolve("empty").toString());
    assertThat(folder.exit()).isEqualTo(2);
    assertThat(folder.err()).contains("not a folder");
    Files.createDirectories(temp.resolve("empty"));
    assertThat(eval(temp.resolve("empty").toString()).err()).contains("holds no .txt article");
  }
}
