package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.annalist.consumer.sql.query.QueryCommandTest;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract against a real PostgreSQL server started by the test. */
class PostgresStorageTest extends StorageContractTest {

  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir static Path temp;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgresServers.start(temp.resolve("shared"), 0);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  String freshDatabase() throws SQLException {
    String name = "annalist_" + DATABASES.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(EmbeddedPostgresServers.url(server.getPort(), "postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return EmbeddedPostgresServers.url(server.getPort(), name);
  }

  @Override
  Connection connect(String location) throws SQLException {
    return DriverManager.getConnection(location);
  }

  @Override
  void rejectPlacesOf(Statement statement, String docId) throws SQLException {
    statement.execute("CREATE FUNCTION reject_places() RETURNS trigger AS $$ BEGIN "
        + "IF NEW.doc_id = '" + docId + "' THEN RAISE EXCEPTION 'place rejected by a trigger'; END IF; "
        + "RETURN NEW; END $$ LANGUAGE plpgsql");
    statement.execute("CREATE TRIGGER reject_places BEFORE INSERT ON places FOR EACH ROW EXECUTE FUNCTION reject_places()");
  }

  @Test
  void featuresAreJsonbAndQueryable() throws Exception {
    String url = freshDatabase();
    run(url, SampleDocuments.build("a", true));
    try (Connection c = connect(url)) {
      assertThat(single(c, "SELECT data_type FROM information_schema.columns "
          + "WHERE table_name = 'annotations' AND column_name = 'features'")).isEqualTo("jsonb");
      assertThat(single(c, "SELECT covered_text FROM annotations WHERE features->>'category' = 'UAV'"))
          .isEqualTo("drones");
    }
  }

  @Test
  void queryCommandReadsPostgres() throws Exception {
    String url = freshDatabase();
    QueryCommandTest.store(url, QueryCommandTest.corpus());
    QueryCommandTest.Run kirby = QueryCommandTest.query(url, "--speaker", "kirby", "--format", "json");
    assertThat(kirby.exitCode()).isZero();
    assertThat(QueryCommandTest.column(kirby.json(), "speaker")).containsExactly("John Kirby");
    assertThat(QueryCommandTest.column(QueryCommandTest.query(url, "--place", "Erbil", "--within-km", "100",
        "--format", "json").json(), "text")).containsExactlyInAnyOrder("Erbil", "Mosul", "Erbil");
    assertThat(QueryCommandTest.column(QueryCommandTest.query(url, "--from", "2021-03", "--to", "2021-03",
        "--format", "json").json(), "document")).containsExactly("a");
    assertThat(QueryCommandTest.column(QueryCommandTest.query(url, "--text", "drones baghdad",
        "--format", "json").json(), "document")).containsExactly("c");
    assertThat(QueryCommandTest.query(url, "--format", "table").out()).contains("(3 documents)");
    QueryCommandTest.Run unreachable = QueryCommandTest.query(
        EmbeddedPostgresServers.url(1, "postgres"), "--speaker", "kirby");
    assertThat(unreachable.exitCode()).isEqualTo(2);
    assertThat(unreachable.err()).contains("cannot open");
  }

  @Test
  void unreachableServerMidRunFailsTheDocumentAndKeepsWhatWasWritten() throws Exception {
    Path data = temp.resolve("outage");
    EmbeddedPostgres outage = EmbeddedPostgresServers.start(data, 0);
    int port = outage.getPort();
    String url = EmbeddedPostgresServers.url(port, "postgres");
    AnalysisEngine engine = consumer(url,
        // without the pause for an outage (see DatabaseOutageTest for it): each document fails on its own
        SqlConsumer.PARAM_OUTAGE_SECONDS, 0,
        SqlConsumer.PARAM_MAX_RETRIES, 1,
        SqlConsumer.PARAM_RETRY_DELAY_MILLIS, 100,
        // longer than the pool's 5 s back-off between connection attempts, so that the first
        // document after the restart gets through
        SqlConsumer.PARAM_CONNECT_TIMEOUT_SECONDS, 6);
    try {
      engine.process(SampleDocuments.build("before", true));
      // the runner's checkpoint: the group is committed
      engine.batchProcessComplete();
      engine.process(SampleDocuments.build("unconfirmed", true));
      outage.close();

      // documents are written by the session's own thread: process() returns at once and the
      // failures come with the next checkpoint
      engine.process(SampleDocuments.build("during", true));
      engine.process(SampleDocuments.build("during-2", true));
      long started = System.nanoTime();
      // the document written before the outage but not committed was lost with the connection;
      // the two written during it failed (the second after a single attempt: the database was
      // marked unavailable by the first)
      assertThatThrownBy(engine::batchProcessComplete)
          .hasStackTraceContaining("DocumentsNotStoredException")
          .hasStackTraceContaining("could not store document during")
          .satisfies(e -> assertThat(org.annalist.core.plugin.DocumentsNotStoredException.findIn(e).documentIds())
              .containsExactlyInAnyOrder("unconfirmed", "during", "during-2"));
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(40_000);

      outage = EmbeddedPostgresServers.start(data, port);
      engine.process(SampleDocuments.build("after", true));
      engine.batchProcessComplete();
    } finally {
      engine.destroy();
      outage.close();
    }
    EmbeddedPostgres check = EmbeddedPostgresServers.start(data, port);
    try (Connection c = connect(url)) {
      assertThat(rows(c, "SELECT doc_id FROM documents ORDER BY doc_id"))
          .containsExactly(java.util.List.of("after"), java.util.List.of("before"));
      assertThat(single(c, "SELECT COUNT(*) FROM places WHERE doc_id = 'before'")).isEqualTo(4L);
    } finally {
      check.close();
    }
  }
}
