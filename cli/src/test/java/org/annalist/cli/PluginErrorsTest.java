package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken plugins are found by {@code validate} and by {@code run} before any document is read:
 * one line per problem naming the jar and the fix, exit code 2, no stack trace.
 */
class PluginErrorsTest {

  @TempDir
  Path dir;

  Path plugins;
  Path pipeline;

  @BeforeEach
  void pipeline() throws IOException {
    plugins = Files.createDirectories(dir.resolve("plugins"));
    pipeline = dir.resolve("p.yaml");
    Files.writeString(pipeline, """
        reader: { component: test-texts, params: { texts: [one document about nothing] } }
        annotators: [ test-fail ]
        consumers:
          - component: jsonl
            params: { targetLocation: %s }
        """.formatted(dir.resolve("out")));
  }

  @Test
  void aCorruptJar() throws Exception {
    Files.writeString(plugins.resolve("broken.jar"), "this is not a zip file");
    assertRefused("broken.jar: not a readable jar", "rebuild it or remove it from the plugins folder");
  }

  @Test
  void aPluginMissingADependency() throws Exception {
    Path library = new TestPluginJars(dir).source("com/example/lib/Base.java", """
        package com.example.lib;
        public abstract class Base extends org.apache.uima.fit.component.JCasAnnotator_ImplBase {}
        """).compile("library");
    new TestPluginJars(dir).classPath(library)
        .source("com/example/needy/Needy.java", """
            package com.example.needy;
            public class Needy extends com.example.lib.Base {
              @Override public void process(org.apache.uima.jcas.JCas jcas) {}
            }
            """)
        .source("com/example/needy/NeedyPlugin.java", provider("com.example.needy", "NeedyPlugin", "needy", "Needy"))
        .resource(SERVICES, "com.example.needy.NeedyPlugin\n")
        .jar(plugins.resolve("needy/needy-plugin.jar"));
    assertRefused("needy-plugin.jar: component provider com.example.needy.NeedyPlugin needs class com.example.lib.Base",
        "put the jar holding it");
  }

  @Test
  void twoPluginsRegisteringTheSameShortName() throws Exception {
    for (String name : new String[] {"alpha", "beta"}) {
      new TestPluginJars(dir)
          .source("com/example/" + name + "/Shout.java", annotator("com.example." + name, "Shout"))
          .source("com/example/" + name + "/Plugin.java", provider("com.example." + name, "Plugin", "shout", "Shout"))
          .resource(SERVICES, "com.example." + name + ".Plugin\n")
          .jar(plugins.resolve(name + ".jar"));
    }
    assertRefused("beta.jar: annotator 'shout' is registered twice", "alpha.jar (com.example.alpha.Shout)",
        "remove one of the two plugins");
  }

  @Test
  void aPluginCompiledForANewerJava() throws Exception {
    TestPluginJars jar = new TestPluginJars(dir)
        .source("com/example/future/Shout.java", annotator("com.example.future", "Shout"))
        .source("com/example/future/Plugin.java", provider("com.example.future", "Plugin", "future", "Shout"))
        .resource(SERVICES, "com.example.future.Plugin\n");
    Path classes = jar.compile("future");
    TestPluginJars.setClassFileVersion(classes.resolve("com/example/future/Plugin.class"), 65);
    TestPluginJars.setClassFileVersion(classes.resolve("com/example/future/Shout.class"), 65);
    jar.pack(classes, plugins.resolve("future.jar"));
    assertRefused("future.jar: component provider com.example.future.Plugin was compiled for Java 21 but this is Java "
        + Runtime.version().feature(), "rebuild the plugin with <maven.compiler.release>");
  }

  @Test
  void aTypeDefinedTwiceWithDifferentFeatures() throws Exception {
    typesJar("first.jar", "<featureDescription><name>label</name><rangeTypeName>uima.cas.String</rangeTypeName>"
        + "</featureDescription>");
    typesJar("second.jar", "<featureDescription><name>label</name><rangeTypeName>uima.cas.String</rangeTypeName>"
        + "</featureDescription><featureDescription><name>score</name><rangeTypeName>uima.cas.Integer</rangeTypeName>"
        + "</featureDescription>");
    // either jar may be scanned first
    assertRefused("type com.example.Thing is defined here as Annotation[label:String", "first.jar", "second.jar",
        "defines it as Annotation[label:String", "Annotation[label:String, score:Integer]", "make the two definitions agree");
  }

  private void typesJar(String name, String features) throws IOException {
    String folder = "com/example/" + name.replace(".jar", "");
    new TestPluginJars(dir)
        .resource("META-INF/org.apache.uima.fit/types.txt", "classpath*:" + folder + "/types.xml\n")
        .resource(folder + "/types.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
              <types><typeDescription><name>com.example.Thing</name><supertypeName>uima.tcas.Annotation</supertypeName>
              <features>%s</features></typeDescription></types>
            </typeSystemDescription>
            """.formatted(features))
        .jar(plugins.resolve(name));
  }

  /** Both validate and run refuse, exit 2, with one line holding every expected part and no stack trace. */
  private void assertRefused(String... expected) {
    for (String command : new String[] {"validate", "run"}) {
      CliRunner.Result result = CliRunner.execute(command, pipeline.toString(), "--plugins", plugins.toString());
      assertThat(result.exitCode()).as(command + ": " + result.out() + result.err()).isEqualTo(2);
      assertThat(result.err().lines().filter(line -> java.util.Arrays.stream(expected).allMatch(line::contains)))
          .as(command + " prints one line with " + String.join(" | ", expected) + ":\n" + result.err()).hasSize(1);
      assertThat(result.err()).doesNotContain("\tat ", "Exception");
      assertThat(dir.resolve("out/documents.jsonl")).doesNotExist();
    }
  }

  private static final String SERVICES = "META-INF/services/org.annalist.core.plugin.ComponentProvider";

  private static String annotator(String pkg, String name) {
    return """
        package %s;
        public class %s extends org.apache.uima.fit.component.JCasAnnotator_ImplBase {
          @Override public void process(org.apache.uima.jcas.JCas jcas) {}
        }
        """.formatted(pkg, name);
  }

  private static String provider(String pkg, String name, String shortName, String annotatorClass) {
    return """
        package %s;
        import java.util.List;
        import org.annalist.core.plugin.ComponentDescriptor;
        public class %s implements org.annalist.core.plugin.ComponentProvider {
          @Override public List<ComponentDescriptor> components() {
            return List.of(ComponentDescriptor.annotator("%s", %s.class, "A test annotator."));
          }
        }
        """.formatted(pkg, name, shortName, annotatorClass);
  }
}
