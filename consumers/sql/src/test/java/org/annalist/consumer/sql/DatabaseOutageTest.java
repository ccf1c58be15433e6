package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole batch run against a real PostgreSQL server that is stopped mid-run: the workers pause
 * and go on when it comes back, or the run stops cleanly when it does not, and a resumed run
 * stores exactly what was not stored.
 */
class DatabaseOutageTest {

  private static final int DOCUMENTS = 150;

  @TempDir Path temp;

  private AssembledPipeline pipeline(String url, Path output, int outageSeconds) {
    String yaml = """
        reader: { component: test-texts, params: { texts: [a slow text, another slow text], count: %d } }
        annotators:
          - component: test-fail
            params: { sleepWhenContains: slow, sleepMillis: 20 }
        consumers:
          - component: sql
            params: { targetLocation: "%s", outageSeconds: %d, connectTimeoutSeconds: 2, commitEvery: 10 }
        """.formatted(DOCUMENTS, url, outageSeconds);
    var spec = new PipelineLoader(Map.of()).parse("outage.yaml", yaml);
    return PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
  }

  private static RunOptions options(Path output) {
    return RunOptions.defaults(output).withThreads(2).withCheckpoints(10, java.time.Duration.ofSeconds(1));
  }

  @Test
  void aServerThatComesBackIsWaitedForAndResumeStoresTheRest() throws Exception {
    Path data = temp.resolve("pg");
    EmbeddedPostgres server = EmbeddedPostgresServers.start(data, 0);
    int port = server.getPort();
    String url = EmbeddedPostgresServers.url(port, "postgres");
    Path output = temp.resolve("out");
    try {
      CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> runQuietly(pipeline(url, output, 120),
          options(output)));
      waitForStored(url, 20);
      server.close();
      Thread.sleep(4000);
      long restarted = System.nanoTime();
      server = EmbeddedPostgresServers.start(data, port);
      RunSummary summary = run.get();
      assertThat(summary.stopReason()).isNull();
      assertThat(summary.read()).isEqualTo(DOCUMENTS);
      assertThat((System.nanoTime() - restarted) / 1e9).as("the run went on after the restart").isLessThan(60);
      assertThat(failureMessages(output)).allSatisfy(m -> assertThat(m).contains("not stored"));

      RunSummary resumed = new BatchRunner(pipeline(url, output, 120), options(output)).run();
      assertThat(resumed.succeeded()).isEqualTo(summary.failed());
      assertThat(resumed.failed()).isZero();
      assertThat(count(url)).isEqualTo(DOCUMENTS);
    } finally {
      server.close();
    }
  }

  @Test
  void aServerThatNeverComesBackStopsTheRunCleanly() throws Exception {
    Path data = temp.resolve("pg");
    EmbeddedPostgres server = EmbeddedPostgresServers.start(data, 0);
    int port = server.getPort();
    String url = EmbeddedPostgresServers.url(port, "postgres");
    Path output = temp.resolve("out");
    RunSummary summary;
    long stopped;
    try {
      CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> runQuietly(pipeline(url, output, 3),
          options(output)));
      waitForStored(url, 20);
      server.close();
      stopped = System.nanoTime();
      summary = run.get();
    } finally {
      server.close();
    }
    double secondsAfterStop = (System.nanoTime() - stopped) / 1e9;
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(summary.stopReason()).contains("unreachable");
    assertThat(summary.read()).as("reading stopped").isLessThan(DOCUMENTS);
    // not one pool timeout per document: the pause (3 s) and a few connection attempts
    assertThat(secondsAfterStop).isLessThan(30);
    assertThat(summary.format()).contains("the run stopped:");

    server = EmbeddedPostgresServers.start(data, port);
    try {
      long stored = count(url);
      RunSummary resumed = new BatchRunner(pipeline(url, output, 3), options(output)).run();
      assertThat(resumed.failed()).isZero();
      assertThat(resumed.skipped()).isEqualTo(stored);
      assertThat(count(url)).isEqualTo(DOCUMENTS);
    } finally {
      server.close();
    }
  }

  private static RunSummary runQuietly(AssembledPipeline pipeline, RunOptions options) {
    try {
      return new BatchRunner(pipeline, options).run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitForStored(String url, long documents) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        if (count(url) >= documents) {
          return;
        }
      } catch (SQLException e) {
        // the schema is not there yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("fewer than " + documents + " documents stored after a minute");
  }

  private static long count(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM documents")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static java.util.List<String> failureMessages(Path output) throws Exception {
    Path file = output.resolve("failures.jsonl");
    return Files.exists(file) ? Files.readAllLines(file) : java.util.List.of();
  }
}
