package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCorpusStageTest extends CorpusStageContractTest {

  @TempDir Path temp;
  private final AtomicInteger count = new AtomicInteger();

  @Override
  String freshDatabase() {
    return temp.resolve("run" + count.incrementAndGet()).toString();
  }

  @Override
  Connection connect(String location) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + Path.of(location).resolve("annalist.db"));
  }

  @Test
  void writesOneJsonlFilePerKindBesideTheDatabase() throws Exception {
    String location = freshDatabase();
    StoredDocuments.store(location, firstBatch());
    StoredDocuments.Run run = StoredDocuments.run(new CorpusCommand(), location);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 document(s)").contains("duplicates 1 group(s) of 2 document(s)");
    List<String> lines = Files.readAllLines(Path.of(location, "corpus", "duplicates.jsonl"));
    assertThat(lines).hasSize(1);
    assertThat(JSON.readTree(lines.get(0)).get("members").get(1).get("document").asText()).isEqualTo("copy");
  }

  @Test
  void aVersionThreeDatabaseIsUpgradedAndItsSignaturesComputedFromTheStoredText() throws Exception {
    String location = freshDatabase();
    StoredDocuments.store(location, firstBatch());
    try (Connection c = connect(location); Statement s = c.createStatement()) {
      // what a version-3 release left: no signature table, no group tables
      for (String table : List.of("content_signatures", "corpus_documents", "duplicate_groups", "duplicate_groups_members")) {
        s.execute("DROP TABLE " + table);
      }
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version (version, applied_at) VALUES (3, 'then')");
    }
    StoredDocuments.Run run = StoredDocuments.run(new CorpusCommand(), location, "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.lines().get(0)).get("documents").toString()).isEqualTo("[\"wire\",\"copy\"]");
    try (Connection c = connect(location)) {
      assertThat(rows(c, "SELECT MAX(version) FROM schema_version")).containsExactly(List.of(4L));
      assertThat(rows(c, "SELECT COUNT(*) FROM content_signatures")).containsExactly(List.of(3L));
    }
  }

  @Test
  void aWrongKindIsAClearErrorWithExitTwo() throws Exception {
    String location = freshDatabase();
    StoredDocuments.store(location, firstBatch());
    StoredDocuments.Run run = StoredDocuments.run(new CorpusCommand(), location, "--kinds", "duplicates,events");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no corpus step makes groups of kind 'events'");
  }
}
