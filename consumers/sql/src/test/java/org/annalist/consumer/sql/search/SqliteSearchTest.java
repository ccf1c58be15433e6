package org.annalist.consumer.sql.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.annalist.core.testing.CasBuilder;
import org.annalist.consumer.sql.query.QueryCommandTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annalist search over SQLite's FTS5 index. */
class SqliteSearchTest extends SearchContractTest {

  @TempDir static Path temp;
  static String output;

  @BeforeAll
  static void writeCorpus() throws Exception {
    output = temp.resolve("out").toString();
    QueryCommandTest.store(output, QueryCommandTest.corpus());
  }

  @Override
  protected String location() {
    return output;
  }

  @Test
  void rewritingDocumentsNeverDuplicatesOrKeepsStaleEntries() throws Exception {
    String again = temp.resolve("again").toString();
    QueryCommandTest.store(again, QueryCommandTest.corpus());
    QueryCommandTest.store(again, QueryCommandTest.corpus());
    assertThat(jsonAt(again, "drones").get("total").asInt()).isEqualTo(2);
    QueryCommandTest.store(again, changedDocumentA());
    assertThat(hits(jsonAt(again, "drones"), "document")).containsExactly("c");
    assertThat(hits(jsonAt(again, "sandstorms"), "document")).containsExactly("a");
    assertThat(jsonAt(again, "rounds").get("total").asInt()).isZero();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + Path.of(again, "annalist.db"));
        Statement statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT COUNT(*) FROM search_text")) {
      rs.next();
      // a (changed, no quote), b (document and quote), c
      assertThat(rs.getInt(1)).isEqualTo(4);
    }
  }

  @Test
  void aVersionTwoDatabaseGetsItsIndexFilledFromTheStoredRows() throws Exception {
    String old = temp.resolve("old").toString();
    QueryCommandTest.store(old, QueryCommandTest.corpus());
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + Path.of(old, "annalist.db"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE search_text");
      statement.execute("DELETE FROM schema_version");
      statement.execute("INSERT INTO schema_version VALUES (2, '2026-01-01T00:00:00Z', 'annalist 0.1')");
    }
    QueryCommandTest.store(old, List.of(new CasBuilder("d", "More drones over Kirkuk.").build()));
    assertThat(hits(jsonAt(old, "drones"), "document")).containsExactlyInAnyOrder("a", "c", "d");
    assertThat(hits(jsonAt(old, "rounds", "--type", "quote"), "document")).containsExactly("a");
  }

  private com.fasterxml.jackson.databind.JsonNode jsonAt(String location, String... args) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of(location));
    all.addAll(List.of(args));
    all.add("--json");
    return search(all.toArray(String[]::new)).json();
  }
}
