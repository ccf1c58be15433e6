package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins as a user installs them, never on the class path: the example plugin's built jar
 * (its own JCas type {@code Keyword}) and DKPro Core's BreakIteratorSegmenter from Maven
 * Central in a plugin folder with its dependencies, named by class (the build copies both into
 * {@code target/test-plugins}). Their annotations must reach the jsonl and XMI outputs.
 */
class PluginsFromJarsTest {

  static final String KEYWORD = "org.annalist.example.type.Keyword";
  static final String DKPRO_SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
  static final String DKPRO_TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

  @TempDir
  static Path dir;

  static Path plugins;
  static Path input;

  @BeforeAll
  static void writeDocuments() throws IOException {
    plugins = Path.of(System.getProperty("annalist.test.plugins", "target/test-plugins"));
    assertThat(plugins.resolve("keywords")).as("the build copies the example's jar here").isDirectory();
    input = dir.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("drones.txt"),
        "A drone crossed the river at dawn. Officials said a second Drone followed an hour later.\n");
    Files.writeString(input.resolve("launch.html"), """
        <html><head><title>Launch day</title></head><body>
        <article><h1>Launch day</h1>
        <p>The rocket left the pad on time. Nobody saw a drone near the site.</p>
        </article></body></html>
        """);
    Files.writeString(input.resolve("calm.txt"), "Nothing happened in the valley today.\n");
  }

  @Test
  void theExamplePluginsJarCreatesItsOwnAnnotationsInEveryOutput() throws Exception {
    Path output = dir.resolve("out-keywords");
    Path pipeline = write("keywords.yaml", """
        name: keywords
        reader: { component: tika, params: { sourceLocation: %s } }
        annotators:
          - component: keywords
            params: { keywords: [drone, rocket] }
        consumers:
          - jsonl
          - xmi
        """.formatted(input));

    // --plugins after the subcommand
    CliRunner.Result validate = CliRunner.execute("validate", pipeline.toString(), "--output", output.toString(),
        "--plugins", plugins.resolve("keywords").toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    CliRunner.Result run = CliRunner.execute("run", pipeline.toString(), "--output", output.toString(), "--no-progress",
        "--threads", "2", "--plugins", plugins.resolve("keywords").toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("3 succeeded", "0 failed");

    List<JsonNode> lines = jsonLines(output.resolve("documents.jsonl"));
    assertThat(keywords(lines, "drones.txt")).containsExactly("drone:drone", "drone:Drone");
    assertThat(keywords(lines, "launch.html")).containsExactly("rocket:rocket", "drone:drone");
    assertThat(keywords(lines, "calm.txt")).isEmpty();

    Path xmi = output; // --output sets every consumer's targetLocation
    assertThat(xmi.resolve("drones.txt.xmi")).content().contains(":Keyword ", "keyword=\"drone\"");
    assertThat(xmi.resolve("TypeSystem.xml")).content().contains("<name>" + KEYWORD + "</name>",
        "<name>org.annalist.type.DocumentMetadata</name>");

    List<String> read = UimaOnlyXmiReader.summarise(xmi.resolve("TypeSystem.xml"), xmi.resolve("launch.html.xmi"), dir);
    assertThat(read).contains("loaded by uimaj-core-only", "view _InitialView starts Launch", "view html starts <html>",
        "Keyword.keyword=rocket", "Keyword.keyword=drone", "DocumentMetadata.documentId=launch.html",
        "DocumentMetadata.title=Launch day");
    assertThat(read).anySatisfy(line -> assertThat(line).startsWith("DocumentMetadata.contentType=text/html"));

    Path exported = dir.resolve("types/TypeSystem.xml");
    CliRunner.Result types = CliRunner.execute("types", "--plugins", plugins.resolve("keywords").toString(),
        "-o", exported.toString());
    assertThat(types.exitCode()).as(types.err()).isZero();
    assertThat(exported).hasSameTextualContentAs(xmi.resolve("TypeSystem.xml"));
  }

  @Test
  void aDkproComponentFromItsPluginFolderRunsByClassName() throws IOException {
    Path output = dir.resolve("out-dkpro");
    Path pipeline = write("dkpro.yaml", """
        name: dkpro
        reader: { component: tika, params: { sourceLocation: %s } }
        annotators:
          - org.dkpro.core.tokit.BreakIteratorSegmenter
          - component: keywords
            params: { keywords: [river] }
        consumers:
          - jsonl
        """.formatted(input));
    // the whole test-plugins folder: keywords/ and dkpro/ are two plugin folders
    CliRunner.Result run = CliRunner.execute("--plugins", plugins.toString(), "run", pipeline.toString(),
        "--output", output.toString(), "--no-progress", "--threads", "1");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

    JsonNode drones = byId(jsonLines(output.resolve("documents.jsonl")), "drones.txt");
    assertThat(covered(drones, DKPRO_SENTENCE)).containsExactly(
        "A drone crossed the river at dawn.", "Officials said a second Drone followed an hour later.");
    assertThat(covered(drones, DKPRO_TOKEN)).startsWith("A", "drone", "crossed", "the", "river", "at", "dawn", ".")
        .hasSize(18);
    assertThat(covered(drones, KEYWORD)).containsExactly("river");
  }

  static List<String> keywords(List<JsonNode> lines, String id) {
    List<String> found = new ArrayList<>();
    for (JsonNode annotation : byId(lines, id).get("annotations")) {
      if (annotation.get("type").asText().equals(KEYWORD)) {
        String text = annotation.get("text").asText();
        int begin = annotation.get("begin").asInt();
        String clean = byId(lines, id).get("text").asText();
        assertThat(clean.substring(begin, annotation.get("end").asInt())).isEqualTo(text);
        found.add(annotation.get("features").get("keyword").asText() + ":" + text);
      }
    }
    return found;
  }

  static List<String> covered(JsonNode line, String type) {
    List<String> texts = new ArrayList<>();
    for (JsonNode annotation : line.get("annotations")) {
      if (annotation.get("type").asText().equals(type)) {
        texts.add(annotation.get("text").asText());
      }
    }
    return texts;
  }

  static JsonNode byId(List<JsonNode> lines, String id) {
    return lines.stream().filter(l -> l.get("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + id + " in " + lines));
  }

  static List<JsonNode> jsonLines(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    try (Stream<String> text = Files.lines(file)) {
      for (String line : text.toList()) {
        lines.add(mapper.readTree(line));
      }
    }
    return lines;
  }

  private static Path write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }
}
