package org.annalist.boilerplate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.annalist.boilerplate.Article;
import org.annalist.boilerplate.BoilerplateAnnotator;
import org.annalist.boilerplate.Favour;
import org.annalist.boilerplate.TikaText;
import org.annalist.boilerplate.html.ArticleExtractor;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.testing.SharedData;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BoilerplateEvalCommandTest {

  @Test
  void metricsFollowTheBenchmarks() {
    TextOverlap.Score same = TextOverlap.aeb("one two three four five", "one two three four five");
    assertThat(same.precision()).isEqualTo(1.0);
    assertThat(same.recall()).isEqualTo(1.0);
    // gold has 3 shingles, extraction 2 of them plus 1 other
    TextOverlap.Score partial = TextOverlap.aeb("a b c d e x", "a b c d e f");
    assertThat(partial.precision()).isEqualTo(2.0 / 3);
    assertThat(partial.recall()).isEqualTo(2.0 / 3);
    TextOverlap.Score words = TextOverlap.wcxb("The cat, the DOG", "the cat the bird");
    assertThat(words.precision()).isEqualTo(0.75);
    assertThat(words.recall()).isEqualTo(0.75);
    assertThat(TextOverlap.aeb("", "some gold text here").f1()).isZero();
    assertThat(TextOverlap.tokens("Zürich’s 2022 café")).containsExactly("Zürich", "s", "2022", "café");
  }

  @Test
  void aebPagesScoreAboveAFloor() throws Exception {
    Path dir = SharedData.require("boilerplate/aeb-dev");
    List<BenchmarkPage> pages = BenchmarkFormat.AEB.read(dir).subList(0, 12);
    EvalReport report = new BoilerplateEvalCommand().evaluate(BenchmarkFormat.AEB, Favour.BALANCED, pages);
    assertThat(report.getDouble("f1")).isGreaterThan(0.85);
    assertThat(report.rows("worst")).hasSize(10);
  }

  @Test
  void wcxbPagesScoreAboveAFloorWithMetadata() throws Exception {
    Path dir = SharedData.require("boilerplate/wcxb-dev-articles");
    List<BenchmarkPage> pages = BenchmarkFormat.WCXB.read(dir).subList(0, 15);
    EvalReport report = new BoilerplateEvalCommand().evaluate(BenchmarkFormat.WCXB, Favour.BALANCED, pages);
    assertThat(report.getDouble("f1")).isGreaterThan(0.75);
    assertThat(report.getDouble("metadata.title.accuracy")).isGreaterThan(0.5);
  }

  @Test
  void commandPrintsJsonAndRejectsBadArguments() throws Exception {
    Path dir = SharedData.require("boilerplate/aeb-dev");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BoilerplateEvalCommand command = new BoilerplateEvalCommand()
        .printTo(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    int code = new CommandLine(command).execute("--format", "aeb", "--limit", "3", "--worst", "2", "--json", dir.toString());
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("task").asText()).isEqualTo("boilerplate");
    assertThat(json.get("pages").asInt()).isEqualTo(3);
    assertThat(json.has("f1")).isTrue();
    assertThat(json.get("worst")).hasSize(2);

    BoilerplateEvalCommand bad = new BoilerplateEvalCommand()
        .printTo(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    assertThat(new CommandLine(bad).execute("--format", "xyz", dir.toString())).isEqualTo(2);
    BoilerplateEvalCommand missing = new BoilerplateEvalCommand()
        .printTo(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    assertThat(new CommandLine(missing).execute("--format", "aeb", dir.resolve("nope").toString())).isEqualTo(2);
  }

  @Test
  void aGoldPageWithoutItsHtmlIsScoredAsEmptyAndAWrongFolderExits2(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("bench");
    Files.createDirectories(dir.resolve("html"));
    String body = "The council voted on Tuesday to rebuild the old bridge over the river before winter comes.";
    String html = "<html><head><title>Bridge</title></head><body><nav><a href='/'>Home</a></nav><article><p>"
        + body + "</p><p>" + body.replace("bridge", "road") + "</p></article></body></html>";
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
      gz.write(html.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + body + " "
        + body.replace("bridge", "road") + "\", \"url\": \"u1\"}, \"p2\": {\"articleBody\": \"" + body
        + "\", \"url\": \"u2\"}}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path predictions = tmp.resolve("pred.jsonl");
    BoilerplateEvalCommand command = new BoilerplateEvalCommand()
        .printTo(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    int code = new CommandLine(command).execute("--format", "aeb", "--json", "--predictions", predictions.toString(),
        dir.toString());
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("pages").asInt()).isEqualTo(2);
    assertThat(json.get("pagesScoredEmpty").asInt()).isEqualTo(1);
    assertThat(json.get("recall").asDouble()).isLessThanOrEqualTo(0.5);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("p2");
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"page\":\"p1\"").contains("old bridge");
    assertThat(lines.get(1)).contains("\"page\":\"p2\"").contains("\"htmlRead\":false");

    // a wcxb folder read as aeb, and an aeb folder read as wcxb: exit 2
    Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"main_content\": \"x\"}}");
    BoilerplateEvalCommand wrong = new BoilerplateEvalCommand()
        .printTo(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    assertThat(new CommandLine(wrong).execute("--format", "aeb", dir.toString())).isEqualTo(2);
    BoilerplateEvalCommand other = new BoilerplateEvalCommand()
        .printTo(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    assertThat(new CommandLine(other).execute("--format", "wcxb", dir.toString())).isEqualTo(2);
  }

  /** The annotator on Tika's text of a page yields the same article as the extractor (eval path). */
  @Test
  void pipelineTextMatchesTheEvaluatedText() throws Exception {
    Path dir = SharedData.require("boilerplate/aeb-dev");
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(BoilerplateAnnotator.class);
    List<BenchmarkPage> pages = BenchmarkFormat.AEB.read(dir).subList(20, 26);
    for (BenchmarkPage page : pages) {
      byte[] bytes;
      try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(page.html()))) {
        bytes = in.readAllBytes();
      }
      String html = new String(bytes, StandardCharsets.UTF_8);
      Article article = new ArticleExtractor().extractFrom(html);
      JCas jcas = JCasFactory.createJCas();
      jcas.setDocumentText(TikaText.of(bytes));
      jcas.createView(ComponentParameters.HTML_VIEW).setDocumentText(html);
      engine.process(jcas);
      String viaPipeline = ContentRegions.cleanText(jcas);
      TextOverlap.Score score = TextOverlap.aeb(viaPipeline, article.text());
      assertThat(score.f1()).as("page %s", page.id()).isGreaterThan(0.97);
    }
  }
}
