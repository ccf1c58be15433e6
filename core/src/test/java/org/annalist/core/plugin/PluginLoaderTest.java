package org.annalist.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {

  @TempDir
  Path dir;

  @Test
  void findsJarsAndPluginFoldersOneLevelDown() throws IOException {
    jar(dir.resolve("a.jar"), "a/A.class");
    jar(dir.resolve("dkpro/x.jar"), "x/X.class");
    jar(dir.resolve("dkpro/y.jar"), "y/Y.class");
    Files.writeString(dir.resolve("README.txt"), "not a plugin");
    assertThat(PluginLoader.jars(List.of(dir))).containsExactly(
        dir.resolve("a.jar"), dir.resolve("dkpro/x.jar"), dir.resolve("dkpro/y.jar"));
    ClassLoader loader = PluginLoader.load(List.of(dir), getClass().getClassLoader());
    assertThat(loader.getResource("y/Y.class")).isNotNull();
    assertThat(loader.getParent().getParent()).isSameAs(getClass().getClassLoader());
  }

  @Test
  void noPluginsMeansTheHostsClassLoader() {
    assertThat(PluginLoader.load(List.of(dir), getClass().getClassLoader())).isSameAs(getClass().getClassLoader());
  }

  @Test
  void recognisesBundledCopiesOfHostLibraries() throws IOException {
    jar(dir.resolve("fat.jar"), "org/slf4j/LoggerFactory.class", "org/apache/uima/cas/CAS.class", "com/example/Own.class");
    jar(dir.resolve("lean.jar"), "com/example/Own.class");
    try (JarFile fat = new JarFile(dir.resolve("fat.jar").toFile()); JarFile lean = new JarFile(dir.resolve("lean.jar").toFile())) {
      assertThat(PluginLoader.hostLibrariesIn(fat)).containsExactly("UIMA (uimaj-core)", "SLF4J (slf4j-api)");
      assertThat(PluginLoader.hostLibrariesIn(lean)).isEmpty();
    }
  }

  @Test
  void aCorruptJarIsNamed() throws IOException {
    Files.writeString(dir.resolve("broken.jar"), "not a zip");
    assertThatThrownBy(() -> PluginLoader.load(List.of(dir), getClass().getClassLoader()))
        .isInstanceOf(PipelineConfigurationException.class)
        .hasMessageContaining("broken.jar: not a readable jar");
  }

  @Test
  void anExplicitFolderMustExist() {
    assertThatThrownBy(() -> PluginLoader.directories(dir.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such folder");
  }

  private static void jar(Path target, String... entries) throws IOException {
    Files.createDirectories(target.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
      for (String entry : entries) {
        out.putNextEntry(new JarEntry(entry));
        out.write(new byte[] {1, 2, 3});
        out.closeEntry();
      }
    }
  }
}
