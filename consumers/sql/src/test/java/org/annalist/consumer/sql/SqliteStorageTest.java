package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStorageTest extends StorageContractTest {

  @TempDir Path temp;
  private int databases;

  @Override
  String freshDatabase() {
    // an output folder: the consumer creates it and writes annalist.db inside
    return temp.resolve("out" + (++databases)).toString();
  }

  @Override
  Connection connect(String location) throws SQLException {
    return DriverManager.getConnection(DatabaseTarget.resolve(location).jdbcUrl());
  }

  @Override
  void rejectPlacesOf(java.sql.Statement statement, String docId) throws SQLException {
    statement.execute("CREATE TRIGGER reject_places BEFORE INSERT ON places WHEN NEW.doc_id = '" + docId + "' "
        + "BEGIN SELECT RAISE(ABORT, 'place rejected by a trigger'); END");
  }

  @Test
  void writesASingleSqliteFileInTheOutputFolder() throws Exception {
    String folder = freshDatabase();
    run(folder, SampleDocuments.build("a", true));
    Path file = Path.of(folder).resolve(DatabaseTarget.SQLITE_FILE_NAME);
    assertThat(file).isRegularFile();
    // checkpointed on close: the main file alone holds the data
    assertThat(Files.size(file)).isGreaterThan(0);
    Path copy = temp.resolve("copy.db");
    Files.copy(file, copy);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
      assertThat(single(c, "SELECT COUNT(*) FROM places")).isEqualTo(4L);
    }
  }

  @Test
  void groupedDocumentsAreCommittedWithinTheInterval() throws Exception {
    String folder = freshDatabase();
    org.apache.uima.analysis_engine.AnalysisEngine engine = consumer(folder,
        SqlConsumer.PARAM_COMMIT_EVERY, 1000, SqlConsumer.PARAM_COMMIT_INTERVAL_MILLIS, 200);
    try {
      engine.process(SampleDocuments.build("a", true));
      long deadline = System.currentTimeMillis() + 5_000;
      long seen = 0;
      while (seen == 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
        try (Connection c = connect(folder)) {
          seen = number(single(c, "SELECT COUNT(*) FROM documents"));
        }
      }
      assertThat(seen).isEqualTo(1L);
    } finally {
      engine.destroy();
    }
  }

  @Test
  void aRejectedDocumentFailsAloneWhenEveryDocumentIsCommitted() throws Exception {
    String folder = freshDatabase();
    run(folder);
    try (Connection c = connect(folder); java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER reject_poison BEFORE INSERT ON quotes WHEN NEW.doc_id = 'poison' "
          + "BEGIN SELECT RAISE(ABORT, 'quote rejected'); END");
    }
    org.apache.uima.analysis_engine.AnalysisEngine engine = consumer(folder, SqlConsumer.PARAM_COMMIT_EVERY, 1);
    try {
      engine.process(SampleDocuments.build("a", true));
      // committed before process() returned: visible to another connection at once
      try (Connection c = connect(folder)) {
        assertThat(single(c, "SELECT COUNT(*) FROM documents")).isEqualTo(1L);
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.process(SampleDocuments.build("poison", true)))
          .hasStackTraceContaining("could not store document poison");
    } finally {
      engine.destroy();
    }
    try (Connection c = connect(folder)) {
      assertThat(single(c, "SELECT COUNT(*) FROM places WHERE doc_id = 'poison'")).isEqualTo(0L);
      assertThat(single(c, "SELECT COUNT(*) FROM places WHERE doc_id = 'a'")).isEqualTo(4L);
    }
  }

  @Test
  void groupedDocumentsAreCommittedAtTheRunnersCheckpoint() throws Exception {
    String folder = freshDatabase();
    run(folder);
    org.apache.uima.analysis_engine.AnalysisEngine engine = consumer(folder,
        SqlConsumer.PARAM_COMMIT_INTERVAL_MILLIS, 600_000);
    try {
      engine.process(SampleDocuments.build("a", true));
      engine.process(SampleDocuments.build("b", true));
      try (Connection c = connect(folder)) {
        assertThat(single(c, "SELECT COUNT(*) FROM documents")).isEqualTo(0L);
      }
      engine.batchProcessComplete();
      try (Connection c = connect(folder)) {
        assertThat(single(c, "SELECT COUNT(*) FROM documents")).isEqualTo(2L);
      }
    } finally {
      engine.destroy();
    }
  }

  @Test
  void aVersion1DatabaseIsUpgradedAndStillReplacesDocumentsWhole() throws Exception {
    String folder = freshDatabase();
    Files.createDirectories(Path.of(folder));
    try (Connection c = connect(folder); java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, applied_by TEXT)");
      s.execute("INSERT INTO schema_version VALUES (1, '2026-11-20T00:00:00Z', 'annalist 0.1')");
      s.execute("CREATE TABLE documents (doc_id TEXT PRIMARY KEY, source_uri TEXT, content_type TEXT, title TEXT, "
          + "author TEXT, published_date TEXT, published_day TEXT, published_date_source TEXT, language TEXT, "
          + "checksum TEXT, size_bytes BIGINT, clean_text TEXT, run_id TEXT, processed_at TEXT NOT NULL)");
      s.execute("CREATE TABLE places (doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, "
          + "ord INTEGER NOT NULL, text TEXT, name TEXT, geonames_id BIGINT, feature_class TEXT, feature_code TEXT, "
          + "country_code TEXT, admin1_code TEXT, admin1_name TEXT, latitude DOUBLE PRECISION, "
          + "longitude DOUBLE PRECISION, population BIGINT, confidence DOUBLE PRECISION, usage TEXT, "
          + "span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY (doc_id, ord))");
    }
    run(folder, SampleDocuments.build("a", true));
    run(folder, SampleDocuments.build("a", true));
    try (Connection c = connect(folder)) {
      assertThat(single(c, "SELECT MAX(version) FROM schema_version")).isEqualTo((long) org.annalist.consumer.sql.schema.Schema.CURRENT_VERSION);
      assertThat(single(c, "SELECT COUNT(*) FROM places WHERE doc_id = 'a'")).isEqualTo(4L);
      assertThat(single(c, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'places_lower_name'")).isEqualTo(1L);
    }
  }

  @Test
  void anEmptyDatabaseIsLoadedWithoutSecondaryIndexesWhichAreBuiltAtTheEnd() throws Exception {
    String folder = freshDatabase();
    org.apache.uima.analysis_engine.AnalysisEngine engine = consumer(folder);
    try {
      engine.process(SampleDocuments.build("a", true));
      engine.batchProcessComplete();
      try (Connection c = connect(folder)) {
        assertThat(single(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'places_lat_lon'"))
            .isEqualTo(0L);
      }
    } finally {
      engine.destroy();
    }
    try (Connection c = connect(folder)) {
      assertThat(single(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
          .isEqualTo((long) org.annalist.consumer.sql.schema.Schema.INDEXES.size());
    }
    // a database that has documents keeps its indexes while more are written
    org.apache.uima.analysis_engine.AnalysisEngine again = consumer(folder);
    try {
      again.process(SampleDocuments.build("b", true));
      again.batchProcessComplete();
      try (Connection c = connect(folder)) {
        assertThat(single(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'places_lat_lon'"))
            .isEqualTo(1L);
      }
    } finally {
      again.destroy();
    }
  }

  @Test
  void acceptsAJdbcUrl() throws Exception {
    String url = "jdbc:sqlite:" + temp.resolve("explicit.db");
    run(url, SampleDocuments.build("a", true));
    try (Connection c = connect(url)) {
      assertThat(single(c, "SELECT COUNT(*) FROM documents")).isEqualTo(1L);
    }
  }
}
