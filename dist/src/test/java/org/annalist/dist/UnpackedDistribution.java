package org.annalist.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tar.gz this build packaged, unpacked once per test run into a temporary folder outside the
 * source tree, and a way to run its commands as a user would: {@code bin/annalist ...} with a PATH
 * that holds Java and the shell tools the launcher uses, and no Maven or npm.
 */
final class UnpackedDistribution {

  record Result(int exitCode, String output) {}

  private static UnpackedDistribution instance;

  final Path home;
  private final Path toolsOnly;

  private UnpackedDistribution(Path home, Path toolsOnly) {
    this.home = home;
    this.toolsOnly = toolsOnly;
  }

  static synchronized UnpackedDistribution get() throws Exception {
    if (instance == null) {
      Path archive = Path.of(System.getProperty("annalist.dist.archive"));
      assertThat(archive).as("the distribution archive (mvn package builds it)").exists();
      Path base = Files.createTempDirectory("annalist-dist-it-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(base)));
      Result untar = exec(base, Map.of(), 120, "tar", "xzf", archive.toString());
      assertThat(untar.exitCode()).as(untar.output()).isZero();
      Path home = base.resolve("annalist-" + System.getProperty("annalist.dist.version"));
      assertThat(home.resolve("bin/annalist")).isExecutable();
      instance = new UnpackedDistribution(home, toolsOnlyPath(base.resolve("path")));
    }
    return instance;
  }

  /** Runs {@code bin/annalist ARGS} in {@code workingDirectory}. */
  Result annalist(Path workingDirectory, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/annalist").toString()));
    command.addAll(List.of(args));
    return exec(workingDirectory, Map.of("PATH", toolsOnly.toString()), 600, command.toArray(String[]::new));
  }

  static Result exec(Path workingDirectory, Map<String, String> environment, int timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("ANNALIST_") || k.equals("JAVA_HOME"));
    builder.environment().putAll(environment);
    Path log = Files.createTempFile("annalist-dist-it-", ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Result(process.exitValue(), output);
  }

  static void deleteRecursively(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  /** A folder of links to java and the few tools bin/annalist uses: nothing else is on the PATH. */
  private static Path toolsOnlyPath(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.createSymbolicLink(dir.resolve("java"), java);
    for (String tool : List.of("bash", "env", "sed", "tr", "dirname", "readlink")) {
      Path found = which(tool);
      Files.createSymbolicLink(dir.resolve(tool), found);
    }
    return dir;
  }

  private static Path which(String tool) {
    for (String entry : System.getenv("PATH").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(entry, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(tool + " is not on the PATH");
  }
}
