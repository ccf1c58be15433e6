package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist new-plugin} writes the archetype's project; building and running it is tested in the dist module. */
class NewPluginCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesACompletePluginProjectFromTheArchetypeTemplates() throws IOException {
    Path project = dir.resolve("place-types");
    CliRunner.Result result = CliRunner.run("new-plugin", "place-types", "--dir", project.toString(),
        "--group-id", "com.acme");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("wrote plugin project 'place-types' into " + project, "mvn package");

    try (Stream<Path> files = Files.walk(project)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> project.relativize(f).toString()).sorted().toList())
          .containsExactly(
              "README.md",
              "pom.xml",
              "src/main/java/com/acme/placetypes/PlaceTypesAnnotator.java",
              "src/main/java/com/acme/placetypes/PlaceTypesPlugin.java",
              "src/main/java/com/acme/placetypes/PlaceTypesTypeSystemProvider.java",
              "src/main/resources/META-INF/services/org.annalist.core.plugin.ComponentProvider",
              "src/main/resources/META-INF/services/org.apache.uima.spi.JCasClassProvider",
              "src/main/resources/META-INF/services/org.apache.uima.spi.TypeSystemDescriptionProvider",
              "src/main/resources/META-INF/services/org.apache.uima.spi.TypeSystemProvider",
              "src/main/resources/com/acme/placetypes/types/PlaceTypesTypes.xml",
              "src/test/java/com/acme/placetypes/PlaceTypesAnnotatorTest.java");
    }
    String pom = Files.readString(project.resolve("pom.xml"));
    assertThat(pom).contains("<groupId>com.acme</groupId>", "<artifactId>place-types</artifactId>",
        "<artifactId>annalist-bom</artifactId>", "<scope>provided</scope>",
        "<include>src/main/resources/com/acme/placetypes/types/PlaceTypesTypes.xml</include>",
        "<version>${annalist.version}</version>")
        .doesNotContain("@");
    assertThat(Files.readString(project.resolve("src/main/java/com/acme/placetypes/PlaceTypesPlugin.java")))
        .contains("package com.acme.placetypes;", "ComponentDescriptor.annotator(\"place-types\", PlaceTypesAnnotator.class");
    assertThat(Files.readString(project.resolve(
        "src/main/resources/META-INF/services/org.apache.uima.spi.TypeSystemProvider")).strip())
        .isEqualTo("com.acme.placetypes.PlaceTypesTypeSystemProvider");
    assertThat(Files.readString(project.resolve("src/main/resources/com/acme/placetypes/types/PlaceTypesTypes.xml")))
        .contains("<name>com.acme.placetypes.type.PlaceTypesMatch</name>");
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(f -> !f.endsWith("pom.xml") && Files.isRegularFile(f)).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("${");
      }
    }
  }

  @Test
  void refusesABadName() {
    CliRunner.Result badName = CliRunner.run("new-plugin", "My_Plugin", "--dir", dir.resolve("x").toString());
    assertThat(badName.exitCode()).isEqualTo(2);
    assertThat(badName.err()).contains("NAME must be lower-case letters and digits");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws IOException {
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("notes.txt"), "mine");
    CliRunner.Result result = CliRunner.run("new-plugin", "acronyms", "--dir", taken.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(taken + " already exists and is not empty");
    assertThat(Files.readString(taken.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(CliRunner.run("new-plugin", "acronyms", "--package", "org.3x", "--dir", dir.resolve("y").toString())
        .err()).contains("--package org.3x: not a Java package name");
  }

  @Test
  void derivesClassNamesFromTheName() {
    assertThat(NewPluginCommand.className("acronyms")).isEqualTo("Acronyms");
    assertThat(NewPluginCommand.className("place-types2")).isEqualTo("PlaceTypes2");
  }

  /** Maven's archetype plugin runs the templates through Velocity; the CLI only substitutes ${name}. */
  @Test
  void templatesUseNoVelocityFeatureTheCliDoesNotApply() throws IOException {
    Pattern directive = Pattern.compile("##|#\\*|#(set|if|else|elseif|end|foreach|macro|parse|include|evaluate|define|break|stop)\\b"
        + "|\\$(?!\\{)|\\\\\\$");
    for (String template : List.of("pom.xml", "README.md", "src/main/java/__className__Annotator.java",
        "src/main/java/__className__Plugin.java", "src/main/java/__className__TypeSystemProvider.java",
        "src/test/java/__className__AnnotatorTest.java", "src/main/resources/types/__className__Types.xml")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("archetype-resources/" + template)) {
        assertThat(in).as(template).isNotNull();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(directive.matcher(text).find()).as(template + " uses a Velocity feature: " + text).isFalse();
      }
    }
    assertThat(PluginTemplate.substitute("${a} ${project.version} ${b}", Map.of("a", "1", "b", "$2")))
        .isEqualTo("1 ${project.version} $2");
  }
}
