package org.annalist.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.consumer.sql.Dialect;
import org.annalist.consumer.sql.schema.Schema;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.CorpusDocument.PersonMention;
import org.annalist.corpus.CorpusDocument.PlaceMention;
import org.annalist.corpus.CorpusDocument.QuoteMention;
import org.annalist.corpus.CorpusDocument.TimeMention;

/**
 * Reads what the sql consumer stored (documents with their mentions, content signatures) and
 * reads and writes the corpus stage's groups, on SQLite and PostgreSQL alike.
 */
public final class CorpusStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The UIMA type of the persons annotator's person names, as the sql consumer stores it in {@code annotations}. */
  static final String PERSON_TYPE = "org.annalist.type.Person";
  private static final TypeReference<List<Map<String, Object>>> MEMBERS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final Connection connection;
  private final Dialect dialect;

  public CorpusStore(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /**
   * Every stored document, in id order; with {@code content} false only id, title and publication day
   * (no text, no mentions), which is what the duplicates step needs.
   */
  public List<CorpusDocument> documents(boolean content) throws SQLException {
    Map<String, List<TimeMention>> times = new HashMap<>();
    Map<String, List<PlaceMention>> places = new HashMap<>();
    Map<String, List<PersonMention>> persons = new HashMap<>();
    Map<String, List<QuoteMention>> quotes = new HashMap<>();
    if (content) {
      each("SELECT doc_id, text, value, value_begin, value_end FROM time_expressions ORDER BY doc_id, ord", r ->
          times.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new TimeMention(r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
      each("SELECT doc_id, name, geonames_id, country_code, latitude, longitude FROM places ORDER BY doc_id, ord", r ->
          places.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new PlaceMention(r.getString(2), longOrNull(r, 3), r.getString(4), doubleOrNull(r, 5),
                  doubleOrNull(r, 6))));
      each("SELECT doc_id, text, canonical_name, role, entity_kind, span_begin, span_end FROM persons ORDER BY doc_id, ord", r ->
          persons.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new PersonMention(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                  r.getInt(7))));
      // the persons annotator's names (stored as plugin annotations): people who are named but not quoted
      each("SELECT doc_id, covered_text, features, span_begin, span_end FROM annotations WHERE type_name = '"
          + PERSON_TYPE + "' ORDER BY doc_id, ord", r ->
          persons.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new PersonMention(r.getString(2), canonicalName(r.getString(3)), null, "PERSON", r.getInt(4),
                  r.getInt(5))));
      each("SELECT doc_id, ord, content, direct, speaker_mention, speaker, speaker_role, span_begin, span_end"
          + " FROM quotes ORDER BY doc_id, ord", r ->
          quotes.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new QuoteMention(r.getInt(2), r.getString(3), r.getBoolean(4), r.getString(5), r.getString(6),
                  r.getString(7), r.getInt(8), r.getInt(9))));
    }
    List<CorpusDocument> documents = new ArrayList<>();
    String sql = "SELECT doc_id, title, published_day" + (content ? ", clean_text" : "") + " FROM documents ORDER BY doc_id";
    each(sql, r -> {
      String id = r.getString(1);
      documents.add(new CorpusDocument(id, r.getString(2), r.getString(3), content ? r.getString(4) : null,
          times.getOrDefault(id, List.of()), places.getOrDefault(id, List.of()),
          persons.getOrDefault(id, List.of()), quotes.getOrDefault(id, List.of())));
    });
    return documents;
  }

  /**
   * The stored content signature of every document; documents stored before schema version 4 have
   * none, so theirs are computed from the stored clean text and stored now.
   */
  public Map<String, ContentSignature> signatures() throws SQLException {
    Map<String, ContentSignature> signatures = new HashMap<>();
    each("SELECT doc_id, text_hash, shingle_count, minhash FROM content_signatures", r ->
        signatures.put(r.getString(1), new ContentSignature(r.getString(2), r.getInt(3),
            ContentSignature.minHashesOf(r.getBytes(4)))));
    List<String> missing = new ArrayList<>();
    each("SELECT d.doc_id FROM documents d LEFT JOIN content_signatures s ON s.doc_id = d.doc_id"
        + " WHERE s.doc_id IS NULL", r -> missing.add(r.getString(1)));
    if (!missing.isEmpty()) {
      inTransaction(() -> {
        try (PreparedStatement text = connection.prepareStatement("SELECT clean_text FROM documents WHERE doc_id = ?");
            PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO content_signatures (doc_id, text_hash, shingle_count, minhash) VALUES (?, ?, ?, ?)")) {
          for (String id : missing) {
            text.setString(1, id);
            String clean = null;
            try (ResultSet rs = text.executeQuery()) {
              if (rs.next()) {
                clean = rs.getString(1);
              }
            }
            ContentSignature signature = ContentSignature.of(clean);
            signatures.put(id, signature);
            insert.setString(1, id);
            insert.setString(2, signature.textHash());
            insert.setInt(3, signature.shingleCount());
            insert.setBytes(4, signature.minHashBytes());
            insert.addBatch();
          }
          insert.executeBatch();
        }
      });
    }
    return signatures;
  }

  /** The documents an earlier run of a kind's step grouped, with their text hash then. */
  public Map<String, String> groupedBefore(String kind) throws SQLException {
    Map<String, String> grouped = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT doc_id, text_hash FROM corpus_documents WHERE kind = ?")) {
      select.setString(1, kind);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          grouped.put(r.getString(1), r.getString(2));
        }
      }
    }
    return grouped;
  }

  /** Records that a kind's step has grouped these documents with this content. */
  public void markGrouped(String kind, Map<String, ContentSignature> signatures) throws SQLException {
    inTransaction(() -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM corpus_documents WHERE kind = ?")) {
        delete.setString(1, kind);
        delete.executeUpdate();
      }
      String now = Instant.now().toString();
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO corpus_documents (kind, doc_id, text_hash, grouped_at) VALUES (?, ?, ?, ?)")) {
        int pending = 0;
        for (Map.Entry<String, ContentSignature> entry : signatures.entrySet()) {
          insert.setString(1, kind);
          insert.setString(2, entry.getKey());
          insert.setString(3, entry.getValue().textHash());
          insert.setString(4, now);
          insert.addBatch();
          if (++pending == 5000) {
            insert.executeBatch();
            pending = 0;
          }
        }
        insert.executeBatch();
      }
    });
  }

  /** The groups of a kind an earlier run wrote (empty when none, or for a kind without a table). */
  public List<CorpusGroup> groups(String kind) throws SQLException {
    String table = Schema.groupTable(kind);
    if (table == null) {
      return List.of();
    }
    Map<String, List<String>> documents = new HashMap<>();
    each("SELECT group_id, doc_id FROM " + table + "_members ORDER BY group_id, ord", r ->
        documents.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
    List<CorpusGroup> groups = new ArrayList<>();
    each("SELECT group_id, label, members, details FROM " + table + " ORDER BY group_id", r ->
        groups.add(new CorpusGroup(kind, r.getString(1), r.getString(2),
            documents.getOrDefault(r.getString(1), List.of()), parse(r.getString(3), MEMBERS), parse(r.getString(4), DETAILS))));
    return groups;
  }

  /** Replaces the groups of a kind, in one transaction. */
  public void replaceGroups(String kind, List<CorpusGroup> groups) throws SQLException {
    String table = Schema.groupTable(kind);
    if (table == null) {
      throw new IllegalArgumentException("no table for groups of kind '" + kind + "' (kinds: duplicates, quotes,"
          + " people, stories)");
    }
    String json = dialect.jsonPlaceholder();
    inTransaction(() -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM " + table + "_members");
        statement.execute("DELETE FROM " + table);
      }
      String now = Instant.now().toString();
      try (PreparedStatement group = connection.prepareStatement("INSERT INTO " + table
              + " (group_id, label, document_count, members, details, updated_at) VALUES (?, ?, ?, " + json + ", "
              + json + ", ?)");
          PreparedStatement member = connection.prepareStatement("INSERT INTO " + table
              + "_members (group_id, ord, doc_id) VALUES (?, ?, ?)")) {
        int pending = 0;
        for (CorpusGroup g : groups) {
          group.setString(1, g.id());
          group.setString(2, g.label());
          group.setInt(3, g.documents().size());
          setJson(group, 4, g.members());
          setJson(group, 5, g.details());
          group.setString(6, now);
          group.addBatch();
          for (int ord = 0; ord < g.documents().size(); ord++) {
            member.setString(1, g.id());
            member.setInt(2, ord);
            member.setString(3, g.documents().get(ord));
            member.addBatch();
          }
          if (++pending >= 1000) {
            group.executeBatch();
            member.executeBatch();
            pending = 0;
          }
        }
        group.executeBatch();
        member.executeBatch();
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + table + "_members_doc ON " + table + "_members (doc_id)");
      }
    });
  }

  private static void setJson(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
      return;
    }
    try {
      statement.setString(index, JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a group's members or details cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  private static <T> T parse(String json, TypeReference<T> type) throws SQLException {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new SQLException("a stored group holds JSON that cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  /** The {@code canonicalName} feature of a stored annotation's features, or null. */
  private static String canonicalName(String features) {
    if (features == null) {
      return null;
    }
    try {
      Object value = JSON.readValue(features, DETAILS).get("canonicalName");
      return value instanceof String name && !name.isBlank() ? name : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private void each(String sql, RowHandler handler) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        statement.setFetchSize(10_000);
      }
      boolean autoCommit = connection.getAutoCommit();
      // PostgreSQL streams rows only inside a transaction
      if (dialect == Dialect.POSTGRESQL && autoCommit) {
        connection.setAutoCommit(false);
      }
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          handler.handle(rows);
        }
      } finally {
        if (dialect == Dialect.POSTGRESQL && autoCommit) {
          connection.commit();
          connection.setAutoCommit(true);
        }
      }
    }
  }

  private void inTransaction(Work work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static Long longOrNull(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }

  private static Double doubleOrNull(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }

  /** Both members and details as stored, for readers of the tables. */
  static Map<String, Object> asRow(CorpusGroup group) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kind", group.kind());
    row.put("id", group.id());
    row.put("label", group.label());
    row.put("documents", group.documents());
    return row;
  }
}
