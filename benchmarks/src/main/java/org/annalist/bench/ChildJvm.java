package org.annalist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link Probe} in a fresh JVM with a fixed heap and returns its figures. */
final class ChildJvm {

  /** Spark 4.2's JVM options (org.apache.spark.launcher.JavaModuleOptions) for Java 17. */
  static final List<String> SPARK_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The options of bin/jvm.options, handed over by bin/annalist-bench (none when started otherwise). */
  static List<String> launcherOptions() {
    String options = System.getProperty("annalist.jvm.options", "").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  /** Figures of the probe and the wall time of the whole process (JVM start to exit). */
  record Outcome(JsonNode figures, double processSeconds) {}

  private final String heap;
  private final java.io.PrintStream log;
  private final boolean pin;

  /**
   * @param pin run a probe given {@code --threads N} on N cores only ({@code taskset}), so that a
   *     1-thread run cannot use a second core for its reader's parsing threads, the JIT or the GC,
   *     and 1 → 2 thread scaling compares one core with two
   */
  ChildJvm(String heap, java.io.PrintStream log, boolean pin) {
    this.heap = heap;
    this.log = log;
    this.pin = pin;
  }

  /**
   * Writes dirty pages out before a measurement: a corpus generated just before, or the last run's
   * database, was otherwise still being written back by the kernel during the next run (the first
   * run after generating the text corpus measured 136.8 articles/s, the same run again 173.2).
   */
  private void flushFileSystems() throws IOException, InterruptedException {
    if (java.nio.file.Files.isExecutable(java.nio.file.Path.of("/bin/sync"))) {
      int exit = new ProcessBuilder("/bin/sync").inheritIO().start().waitFor();
      if (exit != 0) {
        log.println("sync ended with exit code " + exit + "; measuring anyway");
      }
    }
  }

  /** {@code taskset -c 0-(N-1)} for a probe with {@code --threads N} below the machine's cores. */
  private List<String> pinning(List<String> probeArguments) {
    int index = probeArguments.indexOf("--threads");
    if (!pin || index < 0 || index + 1 >= probeArguments.size()) {
      return List.of();
    }
    int threads = Integer.parseInt(probeArguments.get(index + 1));
    if (threads >= Runtime.getRuntime().availableProcessors()
        || !java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/taskset"))) {
      return List.of();
    }
    return List.of("/usr/bin/taskset", "-c", "0-" + (threads - 1));
  }

  Outcome run(List<String> probeArguments, boolean spark) throws IOException, InterruptedException {
    return run(probeArguments, spark, java.util.Map.of());
  }

  /** Runs the probe with extra environment variables. */
  Outcome run(List<String> probeArguments, boolean spark, java.util.Map<String, String> environment)
      throws IOException, InterruptedException {
    flushFileSystems();
    List<String> command = new ArrayList<>(pinning(probeArguments));
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherOptions());
    command.add("-Xmx" + heap);
    command.add("-Xms64m");
    if (spark) {
      command.addAll(SPARK_OPTIONS);
    }
    command.add("-Dlog4j2.level=WARN");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Bench.class.getName());
    command.add("probe");
    command.addAll(probeArguments);
    long begin = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    Process process = builder.start();
    JsonNode figures = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(Probe.PREFIX)) {
          figures = JSON.readTree(line.substring(Probe.PREFIX.length()));
        }
      }
    }
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - begin) / 1e9;
    if (figures == null) {
      log.println("the probe " + probeArguments + " ended with exit code " + exit + " and no figures");
      figures = JSON.createObjectNode().put("error", "exit code " + exit);
    }
    return new Outcome(figures, seconds);
  }
}
