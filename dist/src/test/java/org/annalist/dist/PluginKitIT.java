package org.annalist.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin walkthrough of docs/plugins.md, end to end: the distribution's {@code annalist new-plugin}
 * writes a project; Maven builds it, unedited, against a private local repository seeded, as
 * docs/plugins.md tells users, with the distribution's {@code maven/} folder (annalist-core,
 * annalist-bom, annalist-testkit, installed there by this build's invoker:install); third-party
 * artifacts come from the user's repository, read-only, through a mirror. The distribution then runs
 * the jar in a pipeline, and the plugin's own annotations are in the JSONL and XMI output.
 */
class PluginKitIT {

  private static final String TYPE = "org.example.acronyms.type.AcronymsMatch";

  @TempDir
  Path work;

  @Test
  void aNewPluginBuildsAndRunsInAPipeline() throws Exception {
    UnpackedDistribution dist = UnpackedDistribution.get();

    UnpackedDistribution.Result created = dist.annalist(work, "new-plugin", "acronyms");
    assertThat(created.exitCode()).as(created.output()).isZero();
    Path project = work.resolve("acronyms");
    assertThat(project.resolve("pom.xml")).exists();

    UnpackedDistribution.Result build = maven(dist, project, "package");
    assertThat(build.exitCode()).as("mvn package of the generated project:\n%s", tail(build.output())).isZero();
    assertThat(build.output()).contains("Tests run: 4, Failures: 0, Errors: 0");
    assertThat(project.resolve("target/generated-sources/jcasgen/org/example/acronyms/type/AcronymsMatch.java")).exists();
    Path jar = project.resolve("target/acronyms-0.1.0-SNAPSHOT.jar");
    assertThat(jar).exists();

    Path plugins = Files.createDirectories(work.resolve("plugins"));
    Files.copy(jar, plugins.resolve(jar.getFileName()));
    Path input = Files.createDirectories(work.resolve("input"));
    Files.writeString(input.resolve("summit.txt"),
        "Leaders of the EU and NATO met in Vilnius on Tuesday. The UN sent an observer.\n", StandardCharsets.UTF_8);
    Files.writeString(work.resolve("acronyms.yaml"), """
        name: acronyms
        reader:
          component: tika
          params: { sourceLocation: input }
        annotators:
          - acronyms
        consumers:
          - component: jsonl
            params: { targetLocation: out }
          - component: xmi
            params: { targetLocation: out/xmi }
        """, StandardCharsets.UTF_8);

    UnpackedDistribution.Result run = dist.annalist(work, "--plugins", plugins.toString(), "run", "acronyms.yaml",
        "--no-progress");
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("1 succeeded");

    String xmi = Files.readString(work.resolve("out/xmi/summit.txt.xmi"), StandardCharsets.UTF_8);
    assertThat(xmi).contains("AcronymsMatch").contains("value=\"NATO\"", "value=\"EU\"", "value=\"UN\"");

    JsonNode document = new ObjectMapper().readTree(
        Files.readAllLines(work.resolve("out/documents.jsonl"), StandardCharsets.UTF_8).get(0));
    assertThat(stringsInObjectsNaming(document, TYPE)).as("the plugin's annotations in the JSONL line %s", document)
        .contains("EU", "NATO", "UN").doesNotContain("Vilnius", "Leaders");
  }

  /** Every string inside the JSON objects that name this type, wherever the jsonl consumer puts them. */
  private static Set<String> stringsInObjectsNaming(JsonNode node, String type) {
    Set<String> strings = new HashSet<>();
    if (node.isObject()) {
      boolean names = false;
      for (JsonNode value : node) {
        names |= value.isTextual() && (value.asText().equals(type) || value.asText().equals("AcronymsMatch"));
      }
      if (names) {
        collectStrings(node, strings);
      }
    }
    node.forEach(child -> strings.addAll(stringsInObjectsNaming(child, type)));
    return strings;
  }

  private static void collectStrings(JsonNode node, Set<String> strings) {
    if (node.isTextual()) {
      strings.add(node.asText());
    }
    node.forEach(child -> collectStrings(child, strings));
  }

  /** A nested Maven run with the private repository and a settings file mirroring everything else to the user's repository. */
  private static UnpackedDistribution.Result maven(UnpackedDistribution dist, Path project, String... goals)
      throws Exception {
    Path privateRepository = project.getParent().resolve("m2-repository");
    Files.createDirectories(privateRepository);
    UnpackedDistribution.Result copy = UnpackedDistribution.exec(project.getParent(), Map.of(), 120,
        "cp", "-r", dist.home.resolve("maven/org").toString(), privateRepository.toString());
    assertThat(copy.exitCode()).as(copy.output()).isZero();
    assertThat(privateRepository.resolve("org/annalist/annalist-bom")).exists();
    Path userRepository = Path.of(System.getProperty("annalist.it.userRepository"));
    Path settings = project.getParent().resolve("it-settings.xml");
    Files.writeString(settings, """
        <settings>
          <localRepository>%s</localRepository>
          <mirrors>
            <mirror>
              <id>user-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(privateRepository, userRepository.toUri()), StandardCharsets.UTF_8);
    Path mvn = Path.of(System.getProperty("annalist.it.mavenHome"), "bin", "mvn");
    List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-ntp", "-s", settings.toString()));
    command.addAll(List.of(goals));
    // a short-lived Maven gains nothing from the optimising JIT compiler
    return UnpackedDistribution.exec(project, Map.of("MAVEN_OPTS", "-XX:TieredStopAtLevel=1"), 900,
        command.toArray(String[]::new));
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length));
  }
}
