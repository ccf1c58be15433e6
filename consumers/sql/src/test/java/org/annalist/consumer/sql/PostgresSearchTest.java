package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.annalist.consumer.sql.query.QueryCommandTest;
import org.annalist.consumer.sql.search.SearchContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annalist search over PostgreSQL's tsvector columns, on a real server started by the test. */
class PostgresSearchTest extends SearchContractTest {

  private static EmbeddedPostgres server;
  private static String url;

  @TempDir static Path temp;

  @BeforeAll
  static void startServerAndStore() throws Exception {
    server = EmbeddedPostgresServers.start(temp.resolve("pg"), 0);
    try (Connection admin = DriverManager.getConnection(EmbeddedPostgresServers.url(server.getPort(), "postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE search");
    }
    url = EmbeddedPostgresServers.url(server.getPort(), "search");
    QueryCommandTest.store(url, QueryCommandTest.corpus());
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected String location() {
    return url;
  }

  @Test
  void theIndexesAreGinOverGeneratedColumnsAndRewritesReplaceEntries() throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'documents_search'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).contains("USING gin (search_vector)");
    }
    QueryCommandTest.store(url, changedDocumentA());
    try {
      assertThat(hits(json("sandstorms"), "document")).containsExactly("a");
      assertThat(hits(json("drones"), "document")).containsExactly("c");
    } finally {
      QueryCommandTest.store(url, QueryCommandTest.corpus());
    }
  }
}
