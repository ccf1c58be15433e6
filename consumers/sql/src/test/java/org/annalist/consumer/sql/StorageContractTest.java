package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.annalist.consumer.sql.schema.Schema;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;

/** What every supported database must do; subclasses provide a fresh, empty database per test. */
abstract class StorageContractTest {

  /** A location (folder or JDBC URL) of a new, empty database. */
  abstract String freshDatabase() throws Exception;

  /** A connection for checking what was written. */
  abstract Connection connect(String location) throws SQLException;

  /** Makes the database refuse the place rows of {@code docId} with "place rejected by a trigger". */
  abstract void rejectPlacesOf(Statement statement, String docId) throws SQLException;

  static AnalysisEngine consumer(String location, Object... extra) throws ResourceInitializationException {
    List<Object> parameters = new ArrayList<>(List.of(SqlConsumer.PARAM_TARGET_LOCATION, location,
        SqlConsumer.PARAM_RUN_ID, "test-run", SqlConsumer.PARAM_BATCH_SIZE, 3));
    parameters.addAll(List.of(extra));
    return AnalysisEngineFactory.createEngine(SqlConsumer.class, parameters.toArray());
  }

  static void run(String location, JCas... documents) throws Exception {
    AnalysisEngine engine = consumer(location);
    try {
      for (JCas jcas : documents) {
        engine.process(jcas);
      }
      engine.collectionProcessComplete();
    } finally {
      engine.destroy();
    }
  }

  @Test
  void aRejectedDocumentFailsAloneInsideACommitGroup() throws Exception {
    String location = freshDatabase();
    run(location, SampleDocuments.build("setup", true));
    try (Connection c = connect(location); Statement s = c.createStatement()) {
      rejectPlacesOf(s, "poison");
    }
    AnalysisEngine engine = consumer(location, SqlConsumer.PARAM_MAX_RETRIES, 0, SqlConsumer.PARAM_COMMIT_EVERY, 10);
    try {
      engine.process(SampleDocuments.build("a", true));
      // grouped: the failure is reported at the runner's checkpoint
      engine.process(SampleDocuments.build("poison", true));
      engine.process(SampleDocuments.build("b", true));
      assertThatThrownBy(engine::batchProcessComplete)
          .hasStackTraceContaining("place rejected by a trigger")
          .satisfies(e -> assertThat(org.annalist.core.plugin.DocumentsNotStoredException.findIn(e).documentIds())
              .containsExactly("poison"));
      engine.collectionProcessComplete();
    } finally {
      engine.destroy();
    }
    try (Connection c = connect(location)) {
      assertThat(rows(c, "SELECT doc_id FROM documents ORDER BY doc_id"))
          .containsExactly(List.of("a"), List.of("b"), List.of("setup"));
      // 'a', written before the failure (and on SQLite again after the rollback), has its rows once
      assertThat(rows(c, "SELECT doc_id, COUNT(*) FROM places GROUP BY doc_id ORDER BY doc_id"))
          .containsExactly(List.of("a", 4L), List.of("b", 4L), List.of("setup", 4L));
      assertThat(single(c, "SELECT COUNT(*) FROM quotes WHERE doc_id = 'poison'")).isEqualTo(0L);
    }
  }

  @Test
  void createsTheVersionedSchema() throws Exception {
    String location = freshDatabase();
    run(location);
    try (Connection connection = connect(location)) {
      assertThat(single(connection, "SELECT MAX(version) FROM schema_version")).isEqualTo((long) Schema.CURRENT_VERSION);
      for (String table : Schema.DOCUMENT_TABLES) {
        assertThat(single(connection, "SELECT COUNT(*) FROM " + table)).isEqualTo(0L);
      }
    }
    // opening again keeps one version row
    run(location);
    try (Connection connection = connect(location)) {
      assertThat(single(connection, "SELECT COUNT(*) FROM schema_version")).isEqualTo(1L);
    }
  }

  @Test
  void storesEveryAnnotationKind() throws Exception {
    String location = freshDatabase();
    run(location, SampleDocuments.build("news/a.txt", true));
    try (Connection c = connect(location)) {
      List<List<Object>> docs = rows(c, "SELECT doc_id, title, author, published_date, published_day, language, "
          + "checksum, run_id, source_uri, clean_text, size_bytes FROM documents");
      assertThat(docs).hasSize(1);
      assertThat(docs.get(0).subList(0, 6)).containsExactly("news/a.txt", "Rockets hit Ain al-Asad", "A. Reporter",
          "2022-01-07T10:15:00Z", "2022-01-07", "en");
      assertThat(docs.get(0).get(7)).isEqualTo("test-run");
      assertThat((String) docs.get(0).get(9)).startsWith("Rockets hit").doesNotContain("date 2022-01-07");
      assertThat(number(docs.get(0).get(10))).isEqualTo(SampleDocuments.TEXT.length());

      assertThat(rows(c, "SELECT text, timex_type, value, value_begin, value_end, span_begin FROM time_expressions "
          + "WHERE doc_id = 'news/a.txt' ORDER BY ord")).containsExactly(
          List.of("Wednesday, January 5, 2022", "DATE", "2022-01-05", "2022-01-05", "2022-01-05",
              (long) SampleDocuments.TEXT.indexOf("Wednesday")),
          List.of("March 2021", "DATE", "2021-03", "2021-03-01", "2021-03-31",
              (long) SampleDocuments.TEXT.indexOf("March")));

      List<List<Object>> places = rows(c, "SELECT text, name, geonames_id, feature_code, country_code, latitude, "
          + "longitude, usage FROM places ORDER BY ord");
      assertThat(places).hasSize(4);
      assertThat(places.get(0)).containsExactly("Ain al-Asad air base", "Al Asad Airbase", 6300135L, "AIRB", "IQ",
          33.7856, 42.4412, "LITERAL");
      assertThat(places.get(3).subList(0, 3)).containsExactly("Erbil", "Erbil", 95446L);

      assertThat(rows(c, "SELECT level, geonames_id, name, weight FROM focus_places"))
          .containsExactly(List.of("COUNTRY", 99237L, "Iraq", 0.6));

      List<List<Object>> quotes = rows(c, "SELECT content, cue, cue_lemma, speaker_mention, speaker, speaker_role, "
          + "span_begin, speaker_mention_begin FROM quotes ORDER BY ord");
      assertThat(quotes).containsExactly(
          List.of("We observed five rounds,", "said", "say", "John Kirby", "John Kirby", "Pentagon spokesman",
              (long) SampleDocuments.TEXT.indexOf("We observed"), (long) SampleDocuments.TEXT.indexOf("John Kirby")),
          List.of("nobody was hurt in Iraq", "added", "add", "Kirby", "John Kirby", "Pentagon spokesman",
              (long) SampleDocuments.TEXT.indexOf("nobody"), (long) SampleDocuments.TEXT.indexOf("Kirby added")));
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT direct FROM quotes ORDER BY ord")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isTrue();
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isFalse();
      }

      assertThat(rows(c, "SELECT text, canonical_name, role, entity_kind FROM persons ORDER BY ord")).containsExactly(
          List.of("John Kirby", "John Kirby", "Pentagon spokesman", "PERSON"),
          java.util.Arrays.asList("Kirby", "John Kirby", null, "PERSON"));

      // other types land in the generic table; tokens, sentences, layout and the boilerplate split are
      // excluded by default
      assertThat(rows(c, "SELECT type_name, COUNT(*) FROM annotations GROUP BY type_name ORDER BY type_name"))
          .containsExactly(List.of(SampleDocuments.WEAPON_TYPE, 1L));
      List<List<Object>> weapon = rows(c, "SELECT covered_text, span_begin, features FROM annotations WHERE type_name = '"
          + SampleDocuments.WEAPON_TYPE + "'");
      assertThat(weapon.get(0).get(0)).isEqualTo("drones");
      JsonNode features = new ObjectMapper().readTree(weapon.get(0).get(2).toString());
      assertThat(features.get("category").asText()).isEqualTo("UAV");
      assertThat(features.get("count").asInt()).isEqualTo(2);
      assertThat(features.get("score").asDouble()).isEqualTo(0.8);
      assertThat(features.get("confirmed").asBoolean()).isTrue();
      assertThat(features.get("target").get("begin").asInt()).isEqualTo(SampleDocuments.TEXT.indexOf("Erbil"));
      assertThat(features.get("target").get("type").asText()).isEqualTo("org.annalist.type.Place");
    }
  }

  @Test
  void typesExcludedByDefaultAreStoredWhenNothingIsExcluded() throws Exception {
    String location = freshDatabase();
    AnalysisEngine engine = consumer(location, SqlConsumer.PARAM_EXCLUDED_TYPES, new String[0]);
    engine.process(SampleDocuments.build("t", true));
    engine.destroy();
    try (Connection c = connect(location)) {
      assertThat(number(single(c, "SELECT COUNT(*) FROM annotations WHERE type_name = 'org.annalist.type.Token'")))
          .isGreaterThan(20L);
      assertThat(single(c, "SELECT COUNT(*) FROM annotations WHERE type_name = 'org.annalist.type.Sentence'"))
          .isEqualTo((long) SampleDocuments.sentenceCount());
      List<List<Object>> boilerplate = rows(c, "SELECT covered_text, features FROM annotations "
          + "WHERE type_name = 'org.annalist.type.Boilerplate'");
      assertThat(boilerplate.get(0).get(0)).isEqualTo("date 2022-01-07");
      assertThat(new ObjectMapper().readTree(boilerplate.get(0).get(1).toString()).get("reason").asText())
          .isEqualTo("date-line");
    }
  }

  @Test
  void reprocessingReplacesInsteadOfDuplicating() throws Exception {
    String location = freshDatabase();
    run(location, SampleDocuments.build("a", true), SampleDocuments.build("b", true));
    run(location, SampleDocuments.build("a", false));
    run(location, SampleDocuments.build("a", false));
    try (Connection c = connect(location)) {
      assertThat(single(c, "SELECT COUNT(*) FROM documents")).isEqualTo(2L);
      assertThat(single(c, "SELECT COUNT(*) FROM quotes WHERE doc_id = 'a'")).isEqualTo(1L);
      assertThat(single(c, "SELECT COUNT(*) FROM quotes WHERE doc_id = 'b'")).isEqualTo(2L);
      assertThat(single(c, "SELECT COUNT(*) FROM places WHERE doc_id = 'a'")).isEqualTo(4L);
      assertThat(single(c, "SELECT COUNT(*) FROM annotations WHERE doc_id = 'a'"))
          .isEqualTo(single(c, "SELECT COUNT(*) FROM annotations WHERE doc_id = 'b'"));
    }
  }

  @Test
  void concurrentWritersShareOneDatabase() throws Exception {
    String location = freshDatabase();
    int threads = 4;
    int docsPerThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        AnalysisEngine engine = consumer(location);
        try {
          for (int i = 0; i < docsPerThread; i++) {
            engine.process(SampleDocuments.build("t" + thread + "/d" + i, true));
            // every thread also rewrites one shared document
            engine.process(SampleDocuments.build("shared", i % 2 == 0));
          }
        } finally {
          engine.destroy();
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(DatabaseRegistry.openCount()).isZero();
    try (Connection c = connect(location)) {
      assertThat(single(c, "SELECT COUNT(*) FROM documents")).isEqualTo(threads * docsPerThread + 1L);
      assertThat(single(c, "SELECT COUNT(*) FROM places")).isEqualTo(4L * (threads * docsPerThread + 1));
      // the last write of every thread has both quotes
      assertThat(single(c, "SELECT COUNT(*) FROM quotes WHERE doc_id = 'shared'")).isEqualTo(2L);
    }
  }

  @Test
  void refusesASchemaNewerThanTheCode() throws Exception {
    String location = freshDatabase();
    run(location);
    int openBefore = DatabaseRegistry.openCount();
    try (Connection c = connect(location)) {
      c.setAutoCommit(true);
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO schema_version (version, applied_at, applied_by) VALUES (?, '2030-01-01', 'future')")) {
        s.setInt(1, Schema.CURRENT_VERSION + 1);
        s.executeUpdate();
      }
    }
    assertThatThrownBy(() -> consumer(location))
        .isInstanceOf(ResourceInitializationException.class)
        .hasStackTraceContaining("schema version " + (Schema.CURRENT_VERSION + 1))
        .hasStackTraceContaining("newer than this Annalist release");
    assertThat(DatabaseRegistry.openCount()).isEqualTo(openBefore);
  }

  static Object single(Connection connection, String sql) throws SQLException {
    List<List<Object>> rows = rows(connection, sql);
    assertThat(rows).hasSize(1);
    return rows.get(0).get(0);
  }

  /** Rows with integers widened to Long and floats to Double, so both databases compare alike. */
  static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = rs.getObject(i);
          if (value instanceof Integer || value instanceof Short) {
            value = ((Number) value).longValue();
          } else if (value instanceof Float f) {
            value = f.doubleValue();
          }
          row.add(value);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }
}
