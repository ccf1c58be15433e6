package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin jar dropped into a plugins folder is found at start-up, with no other change. */
class PluginDiscoveryTest {

  @TempDir
  Path dir;

  private static final String ANNOTATOR = """
      package com.example.shout;
      import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
      import org.apache.uima.fit.descriptor.ConfigurationParameter;
      import org.apache.uima.jcas.JCas;
      import org.annalist.type.Paragraph;
      public class ShoutAnnotator extends JCasAnnotator_ImplBase {
        @ConfigurationParameter(name = "word", description = "The word to mark.")
        private String word;
        @Override public void process(JCas jcas) {
          int at = jcas.getDocumentText().indexOf(word);
          if (at >= 0) { new Paragraph(jcas, at, at + word.length()).addToIndexes(); }
        }
      }
      """;

  private static final String PROVIDER = """
      package com.example.shout;
      import java.util.List;
      import org.annalist.core.plugin.ComponentDescriptor;
      import org.annalist.core.plugin.ComponentProvider;
      public class ShoutPlugin implements ComponentProvider {
        @Override public List<ComponentDescriptor> components() {
          return List.of(ComponentDescriptor.annotator("shout", ShoutAnnotator.class, "Marks a word."));
        }
      }
      """;

  private Path buildPluginJar() throws IOException {
    Path src = dir.resolve("src/com/example/shout");
    Files.createDirectories(src);
    Files.writeString(src.resolve("ShoutAnnotator.java"), ANNOTATOR);
    Files.writeString(src.resolve("ShoutPlugin.java"), PROVIDER);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
        src.resolve("ShoutAnnotator.java").toString(), src.resolve("ShoutPlugin.java").toString());
    assertThat(status).as("plugin compiles").isZero();

    Path plugins = dir.resolve("plugins");
    Files.createDirectories(plugins);
    Path jar = plugins.resolve("shout-plugin.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/org.annalist.core.plugin.ComponentProvider"));
      out.write("com.example.shout.ShoutPlugin\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return plugins;
  }

  @Test
  void aJarInThePluginsFolderAddsItsComponents() throws IOException {
    Path plugins = buildPluginJar();
    CliRunner.Result components = CliRunner.runWithPlugins(plugins, "components", "--kind", "ANNOTATOR");
    assertThat(components.out()).contains("shout  -  Marks a word.", "word (string, required): The word to mark.");
    assertThat(CliRunner.run("components").out()).doesNotContain("shout");

    Path pipeline = dir.resolve("p.yaml");
    Files.writeString(pipeline, """
        reader: { component: test-texts, params: { texts: [hello world] } }
        annotators:
          - component: shout
            params: { word: world }
          - component: com.example.shout.ShoutAnnotator
            name: shout-again
            params: { word: hello }
        """);
    CliRunner.Result run = CliRunner.runWithPlugins(plugins, "run", pipeline.toString(), "--output",
        dir.resolve("out").toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 succeeded").contains("shout-again");
  }

  @Test
  void aMissingPluginsFolderIsAnError() {
    int code = Annalist.execute("--plugins", dir.resolve("none").toString(), "components");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void pluginFolderDefaultsToPluginsWhenPresent() {
    assertThat(PluginLoader.pluginDirectories(new String[] {"components"}))
        .allSatisfy(p -> assertThat(List.of("plugins")).contains(p.getFileName().toString()));
  }
}
