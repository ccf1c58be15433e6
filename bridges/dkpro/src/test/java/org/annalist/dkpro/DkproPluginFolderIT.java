package org.annalist.dkpro;

import static org.assertj.core.api.Assertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge as a user installs it: its built jar, DKPro Core's type jars, DKPro's OpenNLP POS
 * tagger and XmiWriter with their libraries and OpenNLP's UD model jar in one plugin folder
 * {@code plugins/dkpro/} (none of them on the class path of the annalist command), and a pipeline
 * YAML run with {@code annalist run --plugins DIR}, in a process of its own.
 */
class DkproPluginFolderIT {

  @TempDir
  Path dir;

  @Test
  void annalistRunWithTheBridgeAsAPluginFeedsDkprosTaggerAndXmiWriter() throws Exception {
    Path plugins = pluginFolder();
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("flood.txt"), "The river flooded the old town. Officials said the water was falling.\n");
    Files.writeString(input.resolve("market.txt"), "Traders sold apples and pears at the market.\n");
    Path pipeline = dir.resolve("dkpro.yaml");
    Files.writeString(pipeline, """
        name: dkpro-plugin
        reader: { component: tika, params: { sourceLocation: "%s" } }
        annotators:
          - %s
          - to-dkpro
          - component: org.dkpro.core.opennlp.OpenNlpPosTagger
            params: { language: en, modelLocation: "%s" }
          - from-dkpro
        consumers:
          - org.dkpro.core.io.xmi.XmiWriter
        """.formatted(input, DkproDownstreamPipelineTest.TOKEN_STEP, DkproDownstreamPipelineTest.POS_MODEL));
    Path output = dir.resolve("out");

    Result run = annalist("--plugins", plugins.toString(), "run", pipeline.toString(), "--output", output.toString(),
        "--no-progress", "--threads", "1");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(output.resolve("market.txt.xmi")).isRegularFile();
    String typeSystem = Files.readString(output.resolve("TypeSystem.xml"));
    assertThat(typeSystem).as("one merged type system: Annalist's and the plugin's DKPro types")
        .contains("<name>org.annalist.type.Token</name>", "<name>de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token</name>",
            "<name>de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData</name>");

    JCas flood = DkproDownstreamPipelineTest.readXmi(output, "flood.txt.xmi");
    assertThat(DocumentMetaData.get(flood).getDocumentId()).isEqualTo("flood.txt");
    List<Token> tokens = List.copyOf(JCasUtil.select(flood, Token.class));
    assertThat(tokens).hasSize(14).allSatisfy(t -> assertThat(t.getPos()).isNotNull());
    assertThat(tokens.stream().limit(3).map(t -> t.getPos().getPosValue())).containsExactly("DET", "NOUN", "VERB");
    assertThat(JCasUtil.select(flood, org.annalist.type.Token.class).stream().limit(3).map(org.annalist.type.Token::getPos))
        .as("from-dkpro put the tags on Annalist's tokens").containsExactly("DET", "NOUN", "VERB");
  }

  /**
   * plugins/dkpro/: the bridge's plugin folder as the build leaves it for users (target/plugin/dkpro),
   * the DKPro components' jars and the test-only token step's jar.
   */
  private Path pluginFolder() throws IOException {
    Path folder = dir.resolve("plugins").resolve("dkpro");
    Files.createDirectories(folder);
    List<Path> jars = new ArrayList<>();
    for (String built : List.of("annalist.dkpro.plugin", "annalist.it.components")) {
      try (Stream<Path> copied = Files.list(Path.of(System.getProperty(built)))) {
        copied.forEach(jars::add);
      }
    }
    assertThat(jars).anyMatch(jar -> jar.getFileName().toString().startsWith("annalist-dkpro-"));
    for (Path jar : jars) {
      assertThat(jar).as("built by mvn verify").isRegularFile();
      Files.copy(jar, folder.resolve(jar.getFileName()));
    }
    return folder.getParent();
  }

  record Result(int exitCode, String output) {}

  /** The annalist command as bin/annalist starts it: the cli jar with its lib/ folder, Java alone. */
  private Result annalist(String... arguments) throws IOException, InterruptedException {
    Path cliJar = Path.of(System.getProperty("annalist.cli.jar"));
    assertThat(cliJar).as("the reactor builds the cli module first").isRegularFile();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-jar", cliJar.toString()));
    command.addAll(List.of(arguments));
    Path log = dir.resolve("annalist.log");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("annalist did not finish within 10 minutes: " + Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(log));
  }
}
