package org.annalist.report.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.annalist.report.browser.Chromium;
import org.annalist.report.browser.SeedRun;
import org.annalist.report.cli.ReportCommand;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * How long {@code annalist report} takes for a large run, and how large and quick to open its
 * overview is. A real run of the news pipeline over the seed articles is replicated into a run of
 * {@code --docs} documents (new ids, publication dates spread over two years), as documents.jsonl
 * and as an SQLite database; the report is built from each with {@code --threads} threads.
 *
 * <pre>mvn -B -q verify -pl report -am -DskipTests -Preport-benchmark -Dbenchmark.docs=100000</pre>
 */
public final class ReportBenchmark {

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = 20_000;
    int threads = Runtime.getRuntime().availableProcessors();
    Path work = Path.of("target/report-bench");
    List<String> sources = List.of("documents.jsonl", "annalist.db");
    boolean corpus = false;
    for (String arg : args) {
      if (arg.startsWith("--docs=")) {
        docs = Integer.parseInt(arg.substring(7));
      } else if (arg.startsWith("--threads=")) {
        threads = Integer.parseInt(arg.substring(10));
      } else if (arg.startsWith("--sources=")) {
        sources = List.of(arg.substring(10).split(","));
      } else if (arg.startsWith("--corpus=")) {
        corpus = Boolean.parseBoolean(arg.substring(9));
      } else if (arg.startsWith("--work=")) {
        work = Path.of(arg.substring(7));
      }
    }
    delete(work);
    Files.createDirectories(work);
    SeedRun seed = new SeedRun(work.resolve("seed-run"));
    System.out.printf(Locale.ROOT, "seed run: %d documents from %s%n", seed.documents.size(), seed.input);
    Path big = work.resolve("big-run");
    Files.createDirectories(big);
    for (String source : sources) {
      if (source.equals("documents.jsonl")) {
        replicateJsonl(seed.output.resolve(source), big.resolve(source), docs);
      } else {
        replicateSqlite(seed.output.resolve(source), big.resolve(source), docs, seed.documents.size());
      }
      System.out.printf(Locale.ROOT, "generated %s of %d documents: %.1f MB%n", source, docs,
          Files.size(big.resolve(source)) / 1e6);
    }

    System.out.println("source | documents | threads | wall s | CPU s (process) | overview KB | site MB | files | overview load ms");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    List<String> runs = new ArrayList<>(sources);
    if (corpus && sources.contains("annalist.db")) {
      runs.add("annalist.db+corpus");
    }
    for (String run : runs) {
      String source = run.replace("+corpus", "");
      if (!run.equals(source)) {
        // the corpus stage over the same database, then the report again: story and person pages added
        long corpusStart = System.nanoTime();
        CommandLine stage = new CommandLine(new org.annalist.corpus.CorpusCommand());
        stage.setOut(new PrintWriter(System.err, true));
        if (stage.execute(big.resolve(source).toString()) != 0) {
          throw new IllegalStateException("annalist corpus failed");
        }
        System.out.printf(Locale.ROOT, "corpus stage: %.1f s%n", (System.nanoTime() - corpusStart) / 1e9);
      }
      Path site = work.resolve("report-" + run.replace('.', '-').replace('+', '-'));
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      CommandLine command = new CommandLine(new ReportCommand());
      command.setOut(new PrintWriter(System.err, true));
      int exit = command.execute(big.resolve(source).toString(), "-o", site.toString(), "--threads", String.valueOf(threads));
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
      if (exit != 0) {
        throw new IllegalStateException("annalist report exited with " + exit);
      }
      long[] size = siteSize(site);
      System.out.printf(Locale.ROOT, "%s | %d | %d | %.1f | %.1f | %.0f | %.1f | %d | %s%n", run, docs, threads, seconds,
          cpu, Files.size(site.resolve("index.html")) / 1024.0, size[0] / 1e6, size[1], loadMillis(site, work));
    }
  }

  /** Copies the run's lines round-robin under new ids, with publication dates spread over two years. */
  static void replicateJsonl(Path source, Path target, int docs) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      lines.add((ObjectNode) json.readTree(line));
    }
    LocalDate first = LocalDate.of(2022, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs; i++) {
        ObjectNode line = lines.get(i % lines.size()).deepCopy();
        line.put("id", String.format(Locale.ROOT, "%03d/%06d-%s", i / 1000, i, line.get("id").asText()));
        if (line.hasNonNull("published")) {
          line.put("published", first.plusDays(i % 730).toString());
        }
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    }
  }

  /** The same for the database: every table's rows copied under new document ids, in one transaction. */
  static void replicateSqlite(Path source, Path target, int docs, int seedDocs) throws Exception {
    Files.copy(source, target);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
        Statement statement = db.createStatement()) {
      statement.execute("PRAGMA journal_mode=OFF");
      db.setAutoCommit(false);
      List<String> tables = new ArrayList<>();
      // the full-text index (search_text and its shadow tables) is left holding the seed documents only:
      // the report does not read it
      try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type='table' "
          + "AND name NOT IN ('schema_version') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_text%'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      statement.execute("CREATE TEMP TABLE seed_ids AS SELECT doc_id FROM documents");
      for (String table : tables) {
        statement.execute("CREATE TEMP TABLE seed_" + table + " AS SELECT * FROM " + table);
        statement.execute("DELETE FROM " + table);
      }
      int copies = (docs + seedDocs - 1) / seedDocs;
      LocalDate first = LocalDate.of(2022, 1, 1);
      for (String table : tables) {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
          while (rows.next()) {
            columns.add(rows.getString("name"));
          }
        }
        List<String> select = new ArrayList<>();
        for (String column : columns) {
          select.add(switch (column) {
            case "doc_id" -> "printf('%03d/%06d-', ?1 / 1000, ?1) || doc_id";
            case "published_date", "published_day" -> table.equals("documents")
                ? "CASE WHEN " + column + " IS NULL THEN NULL ELSE ?2 END" : column;
            default -> column;
          });
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", select)
            + " FROM seed_" + table;
        if (!columns.contains("doc_id")) {
          statement.execute(sql); // not per document (e.g. the run's own records): kept as it was
          continue;
        }
        try (PreparedStatement insert = db.prepareStatement(sql)) {
          for (int copy = 0; copy < copies; copy++) {
            insert.setInt(1, copy);
            if (table.equals("documents")) {
              insert.setString(2, first.plusDays(copy % 730).toString());
            }
            insert.executeUpdate();
          }
        }
      }
      db.commit();
    }
  }

  private static long[] siteSize(Path site) throws IOException {
    long[] size = new long[2];
    try (Stream<Path> files = Files.walk(site)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        try {
          size[0] += Files.size(f);
          size[1]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    return size;
  }

  /** Time from navigation to the end of the load event (scripts run, map and timelines drawn), in headless Chromium. */
  private static String loadMillis(Path site, Path work) {
    if (Chromium.missing().isPresent()) {
      return "n/a (" + Chromium.missing().get() + ")";
    }
    ChromeDriver browser = Chromium.start(work.resolve("chromium-profile-" + System.nanoTime()));
    try {
      browser.get(site.resolve("index.html").toUri().toString());
      new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> ((Number) ((ChromeDriver) d).executeScript(
          "var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0")).doubleValue() > 0);
      Object millis = browser.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd");
      return String.format(Locale.ROOT, "%.0f", ((Number) millis).doubleValue());
    } finally {
      browser.quit();
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
