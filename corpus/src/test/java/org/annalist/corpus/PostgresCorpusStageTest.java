package org.annalist.corpus;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.consumer.sql.EmbeddedPostgresServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The corpus stage against a real PostgreSQL server started by the test. */
class PostgresCorpusStageTest extends CorpusStageContractTest {

  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir static Path temp;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgresServers.start(temp.resolve("pg"), 0);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  String freshDatabase() throws SQLException {
    String name = "corpus_" + DATABASES.incrementAndGet();
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
}
