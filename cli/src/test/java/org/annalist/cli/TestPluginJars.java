package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** Builds small plugin jars in a test: Java sources compiled against the test class path, plus resources. */
final class TestPluginJars {

  private final Path workDir;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> resources = new LinkedHashMap<>();
  private final List<Path> extraClassPath = new ArrayList<>();

  TestPluginJars(Path workDir) {
    this.workDir = workDir;
  }

  /** A Java source; {@code path} like {@code com/example/Foo.java}. */
  TestPluginJars source(String path, String code) {
    sources.put(path, code);
    return this;
  }

  TestPluginJars resource(String path, String text) {
    resources.put(path, text);
    return this;
  }

  TestPluginJars classPath(Path classes) {
    extraClassPath.add(classes);
    return this;
  }

  /** Compiles the sources into a folder of classes and returns it. */
  Path compile(String name) throws IOException {
    Path src = workDir.resolve(name + "-src");
    Path classes = Files.createDirectories(workDir.resolve(name + "-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
        String.join(java.io.File.pathSeparator, classPath())));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    if (!sources.isEmpty()) {
      int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
      assertThat(status).as("test plugin " + name + " compiles").isZero();
    }
    return classes;
  }

  /** Compiles and packs classes and resources into {@code target}. */
  Path jar(Path target) throws IOException {
    return pack(compile(target.getFileName().toString().replace(".jar", "")), target);
  }

  /** Packs compiled classes and the resources into {@code target}. */
  Path pack(Path classes, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target));
         Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
      for (Map.Entry<String, String> resource : resources.entrySet()) {
        out.putNextEntry(new JarEntry(resource.getKey()));
        out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return target;
  }

  /** Sets the class file major version of a compiled class, as a newer javac would have written it. */
  static void setClassFileVersion(Path classFile, int major) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(classFile.toFile(), "rw")) {
      file.seek(6);
      file.writeShort(major);
    }
  }

  private List<String> classPath() {
    List<String> path = new ArrayList<>(List.of(System.getProperty("java.class.path")));
    extraClassPath.forEach(p -> path.add(p.toString()));
    return path;
  }
}
