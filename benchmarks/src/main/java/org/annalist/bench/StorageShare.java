package org.annalist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What storing costs in the whole pipeline: the same corpus through the same annotators with no
 * consumer, with the {@code sql} consumer on SQLite, and on a real PostgreSQL server (started
 * here from the binaries on Maven Central). The share of storage is
 * {@code 1 - rate(with storage) / rate(without)}, from runs in fresh JVMs one after the other.
 */
final class StorageShare {

  private final ChildJvm jvm;
  private final Path work;
  private final PrintStream log;

  StorageShare(ChildJvm jvm, Path work, PrintStream log) {
    this.jvm = jvm;
    this.work = work;
    this.log = log;
  }

  /** Runs every variant over {@code corpus} with 1 and 2 threads; figures go into {@code results}. */
  void measure(Path annotatorsYaml, Path sqlYaml, Path corpus, String corpusName, ObjectNode results)
      throws IOException, InterruptedException, java.sql.SQLException {
    ObjectNode storage = results.putObject("storage-" + corpusName);
    for (int threads : new int[] {1, 2}) {
      storage.set("none" + threads, run(annotatorsYaml, corpus, "none", threads, List.of(), java.util.Map.of()));
      storage.set("sqlite" + threads, run(sqlYaml, corpus, "sqlite", threads, List.of(), java.util.Map.of()));
    }
    Path data = work.resolve("postgres-data");
    CorpusGenerator.delete(data);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
        .setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60)).start()) {
      for (int threads : new int[] {1, 2}) {
        String database = "bench_" + corpusName + "_" + threads;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + database);
          s.execute("CREATE DATABASE " + database);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        double serverBefore = ProcessTreeCpu.seconds(postmaster);
        JsonNode figures = run(sqlYaml, corpus, "postgresql", threads,
            List.of("--set", "consumers.sql.targetLocation=" + url), java.util.Map.of("ANNALIST_DB_USER", "postgres"));
        ((ObjectNode) figures).put("serverCpuSeconds", ProcessTreeCpu.seconds(postmaster) - serverBefore);
        storage.set("postgresql" + threads, figures);
      }
    }
    for (String database : new String[] {"sqlite", "postgresql"}) {
      for (int threads : new int[] {1, 2}) {
        double without = WholeRunCommand.rate(storage.get("none" + threads));
        double with = WholeRunCommand.rate(storage.get(database + threads));
        double cpuWithout = cpuPerDocument(storage.get("none" + threads));
        double cpuWith = cpuPerDocument(storage.get(database + threads));
        storage.put(database + "Share" + threads, 1 - with / without);
        storage.put(database + "CpuShare" + threads, 1 - cpuWithout / cpuWith);
        log.printf(Locale.ROOT, "storage, %s, %s, %d thread(s): %.1f documents/s without storage, %.1f with: "
            + "%.1f %% of the wall time; %.2f / %.2f ms CPU per document: %.1f %% of the CPU%n", corpusName, database,
            threads, without, with, 100 * (1 - with / without), cpuWithout, cpuWith, 100 * (1 - cpuWithout / cpuWith));
      }
    }
  }

  private JsonNode run(Path yaml, Path corpus, String label, int threads, List<String> extra,
      java.util.Map<String, String> environment) throws IOException, InterruptedException {
    Path output = work.resolve("out-storage-" + label + "-" + threads);
    CorpusGenerator.delete(output);
    List<String> args = new ArrayList<>(List.of("pipeline", "--pipeline", yaml.toString(), "--input",
        corpus.toString(), "--output", output.toString(), "--threads", String.valueOf(threads)));
    args.addAll(extra);
    ChildJvm.Outcome outcome = jvm.run(args, false, environment);
    log.printf(Locale.ROOT, "storage run %s, %d thread(s): %.1f documents/s%n", label, threads,
        WholeRunCommand.rate(outcome.figures()));
    return outcome.figures();
  }

  /** CPU milliseconds per document: the measured JVM's, plus the database server's when there is one. */
  static double cpuPerDocument(JsonNode figures) {
    double seconds = figures.path("processCpuSeconds").asDouble(Double.NaN) + figures.path("serverCpuSeconds").asDouble(0);
    return 1000 * seconds / figures.path("documentsProcessed").asDouble(Double.NaN);
  }

  /** The default benchmark pipeline with its consumers removed. */
  static Path withoutConsumers(Path yaml, Path folder) throws IOException {
    String text = Files.readString(yaml, StandardCharsets.UTF_8);
    int consumers = text.indexOf("\nconsumers:");
    if (consumers < 0) {
      throw new IllegalArgumentException(yaml + " has no consumers section");
    }
    Path file = folder.resolve("bench-annotators-only.yaml");
    Files.writeString(file, text.substring(0, consumers) + "\nconsumers: []\n", StandardCharsets.UTF_8);
    return file;
  }
}
