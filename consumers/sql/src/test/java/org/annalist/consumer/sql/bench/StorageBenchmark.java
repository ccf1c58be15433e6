package org.annalist.consumer.sql.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.SqlConsumer;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * Measures what storing costs: the seed articles, annotated like the full pipeline would
 * ({@link SeedCasFactory}), are written again and again under new document ids to SQLite and to a
 * real PostgreSQL server, by 1 and 2 worker threads each with its own consumer instance.
 *
 * <pre>
 * mvn -B -q -o verify -pl consumers/sql -am -DskipTests -Pbenchmark
 *   [-Dbenchmark.docs=10000 -Dbenchmark.threads=1,2 -Dbenchmark.databases=sqlite,postgresql
 *    -Dbenchmark.commitEvery=1000]
 * </pre>
 */
public final class StorageBenchmark {

  private StorageBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of(
        "docs", "10000", "threads", "1,2", "databases", "sqlite,postgresql", "seeds", "../shared/data/seeds",
        "commitEvery", "1000"));
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    int docs = Integer.parseInt(options.get("docs"));
    commitEvery = Integer.parseInt(options.get("commitEvery"));
    Path seeds = Path.of(options.get("seeds"));
    if (!Files.isDirectory(seeds)) {
      System.out.println("storage benchmark skipped: no seed folder at " + seeds);
      return;
    }
    List<Path> seedFiles;
    try (Stream<Path> files = Files.list(seeds)) {
      seedFiles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    describe(seedFiles);
    extractionOnly(seedFiles, docs);
    Path work = Files.createTempDirectory("annalist-storage-bench");
    EmbeddedPostgres postgres = null;
    try {
      for (String database : options.get("databases").split(",")) {
        for (String threadCount : options.get("threads").split(",")) {
          int threads = Integer.parseInt(threadCount.strip());
          String location;
          if (database.strip().equals("postgresql")) {
            if (postgres == null) {
              Path data = work.resolve("postgres");
              postgres = EmbeddedPostgres.builder().setDataDirectory(data).start();
              postgresPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            }
            location = createPostgresDatabase(postgres, "bench_" + threads);
          } else {
            location = work.resolve("sqlite-" + threads).toString();
          }
          Result result = run(location, seedFiles, docs, threads);
          System.out.printf(Locale.ROOT, "%-10s commitEvery=%d threads=%d docs=%d  %.1f s  %.0f docs/s  %.2f ms/doc wall"
                  + "  CPU %.2f ms/doc in the JVM%s  rows/doc=%.0f%s%n",
              database.strip(), commitEvery, threads, docs, result.seconds(), docs / result.seconds(),
              result.seconds() * 1000 / docs, result.clientCpuMsPerDoc(),
              result.serverCpuMsPerDoc() > 0
                  ? String.format(Locale.ROOT, " + %.2f ms/doc in PostgreSQL", result.serverCpuMsPerDoc()) : "",
              result.rowsPerDoc(), size(location));
        }
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
      deleteRecursively(work);
    }
  }

  private static void deleteRecursively(Path root) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Wall time; rows; CPU per document of this JVM (CAS to rows, JDBC, SQLite) and of the PostgreSQL server. */
  record Result(double seconds, double rowsPerDoc, double clientCpuMsPerDoc, double serverCpuMsPerDoc) {}

  private static long postgresPid = -1;
  private static int commitEvery = 1000;

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** CPU time (user + system, ms) of the postmaster and its backends, read from /proc (Linux). */
  private static long serverCpuMillis(long postmasterPid) {
    if (postmasterPid <= 0) {
      return 0;
    }
    long ticks = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String stat = Files.readString(proc.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long pid = Long.parseLong(proc.getFileName().toString());
          long parent = Long.parseLong(fields[1]);
          if (pid == postmasterPid || parent == postmasterPid) {
            // utime, stime and the children's cutime, cstime (backends that already exited)
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
          }
        } catch (java.io.IOException | RuntimeException gone) {
          // the process ended while we looked
        }
      }
    } catch (java.io.IOException e) {
      return 0;
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  }

  private static Result run(String location, List<Path> seedFiles, int docs, int threads) throws Exception {
    // warm up the JIT and create the schema
    runThreads(location, seedFiles, Math.min(200, docs), 1, "warmup/");
    long serverCpuBefore = serverCpuMillis(postgresPid);
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    runThreads(location, seedFiles, docs, threads, "doc/");
    double seconds = (System.nanoTime() - start) / 1e9;
    double clientCpuMs = (processCpuNanos() - cpuBefore) / 1e6 / docs;
    double serverCpuMs = postgresPid > 0 && location.startsWith("jdbc:postgresql")
        ? (serverCpuMillis(postgresPid) - serverCpuBefore) / (double) docs : 0;
    String url = DatabaseTarget.resolve(location).jdbcUrl();
    long rows = 0;
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String table : List.of("documents", "time_expressions", "places", "focus_places", "quotes", "persons",
          "annotations")) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE doc_id LIKE 'doc/%'")) {
          rs.next();
          rows += rs.getLong(1);
        }
      }
    }
    return new Result(seconds, rows / (double) docs, clientCpuMs, serverCpuMs);
  }

  private static void runThreads(String location, List<Path> seedFiles, int docs, int threads, String prefix)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        List<JCas> templates = new ArrayList<>();
        for (Path seed : seedFiles) {
          templates.add(SeedCasFactory.build(seed.getFileName().toString(), Files.readString(seed)));
        }
        AnalysisEngine consumer = AnalysisEngineFactory.createEngine(SqlConsumer.class,
            SqlConsumer.PARAM_TARGET_LOCATION, location, SqlConsumer.PARAM_RUN_ID, "benchmark",
            SqlConsumer.PARAM_COMMIT_EVERY, commitEvery);
        try {
          for (int i = thread; i < docs; i += threads) {
            JCas jcas = templates.get(i % templates.size());
            DocumentMetadata meta = JCasUtil.selectSingle(jcas, DocumentMetadata.class);
            meta.setDocumentId(String.format(Locale.ROOT, "%s%06d", prefix, i));
            consumer.process(jcas);
          }
          consumer.collectionProcessComplete();
        } finally {
          consumer.destroy();
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
  }

  /** The share of the cost spent turning CASes into rows, before any database work. */
  private static void extractionOnly(List<Path> seedFiles, int docs) throws Exception {
    List<JCas> templates = new ArrayList<>();
    for (Path seed : seedFiles) {
      templates.add(SeedCasFactory.build(seed.getFileName().toString(), Files.readString(seed)));
    }
    org.annalist.consumer.sql.CasRowExtractor extractor =
        new org.annalist.consumer.sql.CasRowExtractor(List.of("org.annalist.type.Token"), "benchmark");
    long rows = 0;
    for (int i = 0; i < Math.min(docs, 500); i++) {
      rows += extractor.extract(templates.get(i % templates.size()), "w" + i).rowCount();
    }
    long start = System.nanoTime();
    for (int i = 0; i < docs; i++) {
      rows += extractor.extract(templates.get(i % templates.size()), "x" + i).rowCount();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "extraction only (CAS to rows, no database): %.3f ms/doc%n", seconds * 1000 / docs);
  }

  private static String createPostgresDatabase(EmbeddedPostgres postgres, String name) throws Exception {
    String admin = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
    try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres";
  }

  private static void describe(List<Path> seedFiles) throws Exception {
    for (Path seed : seedFiles) {
      JCas jcas = SeedCasFactory.build(seed.getFileName().toString(), Files.readString(seed));
      System.out.printf(Locale.ROOT, "seed %s: %d chars, %d dates, %d places, %d quotes, %d persons, "
              + "%d sentences, %d paragraphs, %d tokens (not stored)%n",
          seed.getFileName(), jcas.getDocumentText().length(),
          JCasUtil.select(jcas, org.annalist.type.Timex3.class).size(),
          JCasUtil.select(jcas, org.annalist.type.Place.class).size(),
          JCasUtil.select(jcas, org.annalist.type.Quote.class).size(),
          JCasUtil.select(jcas, org.annalist.type.PersonMention.class).size(),
          JCasUtil.select(jcas, org.annalist.type.Sentence.class).size(),
          JCasUtil.select(jcas, org.annalist.type.Paragraph.class).size(),
          JCasUtil.select(jcas, org.annalist.type.Token.class).size());
    }
  }

  private static String size(String location) throws Exception {
    DatabaseTarget target = DatabaseTarget.resolve(location);
    if (target.sqliteFile() != null && Files.exists(target.sqliteFile())) {
      return String.format(Locale.ROOT, "  file=%.1f MB", Files.size(target.sqliteFile()) / 1e6);
    }
    return "";
  }
}
