package org.annalist.consumer.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.consumer.sql.DocumentRows.Document;
import org.annalist.consumer.sql.DocumentRows.FocusPlaceRow;
import org.annalist.consumer.sql.DocumentRows.GenericAnnotation;
import org.annalist.consumer.sql.DocumentRows.PersonRow;
import org.annalist.consumer.sql.DocumentRows.PlaceMention;
import org.annalist.consumer.sql.DocumentRows.QuoteRow;
import org.annalist.consumer.sql.DocumentRows.TimeExpression;
import org.annalist.consumer.sql.schema.Schema;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.consumer.sql.schema.SearchKeys;

/**
 * Replaces the rows of one document inside the caller's transaction: deletes whatever an earlier
 * run stored under the document id from every table, then inserts the new rows in JDBC batches, one round trip per table. Every value is a
 * bound parameter. On SQLite, whose connection lives as long as the run, the prepared statements
 * are kept and reused (compiling them cost more than a tenth of the writing).
 */
final class DocumentWriter implements AutoCloseable {

  private static final String INSERT_DOCUMENT = "INSERT INTO documents (doc_id, source_uri, content_type, "
      + "title, author, published_date, published_day, published_date_source, language, checksum, "
      + "size_bytes, clean_text, run_id, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_TIMEX = "INSERT INTO time_expressions (doc_id, ord, text, timex_type, "
      + "value, mod, anchor, value_begin, value_end, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_PLACE = "INSERT INTO places (doc_id, ord, text, name, geonames_id, "
      + "feature_class, feature_code, country_code, admin1_code, admin1_name, latitude, longitude, population, "
      + "confidence, usage, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_FOCUS = "INSERT INTO focus_places (doc_id, ord, level, geonames_id, name, "
      + "country_code, latitude, longitude, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_QUOTE = "INSERT INTO quotes (doc_id, ord, content, direct, cue, cue_lemma, "
      + "cue_begin, cue_end, speaker_mention, speaker_mention_begin, speaker_mention_end, speaker, speaker_role, "
      + "confidence, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_PERSON = "INSERT INTO persons (doc_id, ord, text, canonical_name, role, "
      + "entity_kind, span_begin, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_SIGNATURE = "INSERT INTO content_signatures (doc_id, text_hash, "
      + "shingle_count, minhash) VALUES (?, ?, ?, ?)";

  private static final String DOCUMENT_ROWID = "SELECT rowid FROM documents WHERE doc_id = ?";
  private static final String LAST_ROWID = "SELECT last_insert_rowid()";
  private static final String DELETE_SEARCH = "DELETE FROM " + Schema.SQLITE_SEARCH_TABLE
      + " WHERE rowid BETWEEN ? AND ?";
  private static final String INSERT_SEARCH = "INSERT INTO " + Schema.SQLITE_SEARCH_TABLE
      + " (rowid, title, body) VALUES (?, ?, ?)";

  /** High half of the advisory lock keys, keeping them apart from other applications' locks. */
  private static final int DOCUMENT_LOCK_SPACE = 0x414e4e4c;

  private final Dialect dialect;
  private final int batchSize;
  private final String insertAnnotation;
  private final Map<String, PreparedStatement> cached = new HashMap<>();
  private Connection cachedFor;

  DocumentWriter(Dialect dialect, int batchSize) {
    this.dialect = dialect;
    this.batchSize = Math.max(1, batchSize);
    this.insertAnnotation = "INSERT INTO annotations (doc_id, ord, type_name, span_begin, span_end, "
        + "covered_text, features) VALUES (?, ?, ?, ?, ?, ?, " + dialect.jsonPlaceholder() + ")";
  }

  /** A statement for {@code sql}: reused on SQLite, fresh (to be closed by the caller) otherwise. */
  private PreparedStatement statement(Connection connection, String sql) throws SQLException {
    if (dialect != Dialect.SQLITE) {
      return connection.prepareStatement(sql);
    }
    if (connection != cachedFor) {
      close();
      cachedFor = connection;
    }
    PreparedStatement statement = cached.get(sql);
    if (statement == null || statement.isClosed()) {
      statement = connection.prepareStatement(sql);
      cached.put(sql, statement);
    }
    return statement;
  }

  private void done(PreparedStatement statement) throws SQLException {
    if (dialect != Dialect.SQLITE) {
      statement.close();
    }
  }

  /** Closes the statements kept for reuse. */
  @Override
  public void close() {
    for (PreparedStatement statement : cached.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        // the connection is gone already; nothing left to release
      }
    }
    cached.clear();
    cachedFor = null;
  }

  void replace(Connection connection, DocumentRows rows) throws SQLException {
    String docId = rows.document().docId();
    if (dialect == Dialect.POSTGRESQL) {
      lockDocument(connection, docId);
    }
    if (dialect == Dialect.SQLITE) {
      deleteSearchEntries(connection, docId);
    }
    // the documents row is written with the others in one transaction: without it there is
    // nothing of the document to delete in the other tables
    if (delete(connection, "documents", docId) > 0) {
      for (String table : Schema.DOCUMENT_TABLES) {
        if (!table.equals("documents")) {
          delete(connection, table, docId);
        }
      }
    }
    insertDocument(connection, rows.document());
    long documentRowid = dialect == Dialect.SQLITE ? lastInsertRowid(connection) : 0;
    insertSignature(connection, docId, rows.signature());
    insertAll(connection, INSERT_TIMEX, docId, rows.timeExpressions(), DocumentWriter::bindTimex);
    insertAll(connection, INSERT_PLACE, docId, rows.places(), DocumentWriter::bindPlace);
    insertAll(connection, INSERT_FOCUS, docId, rows.focusPlaces(), DocumentWriter::bindFocus);
    insertAll(connection, INSERT_QUOTE, docId, rows.quotes(), DocumentWriter::bindQuote);
    insertAll(connection, INSERT_PERSON, docId, rows.persons(), DocumentWriter::bindPerson);
    insertAll(connection, insertAnnotation, docId, rows.annotations(), DocumentWriter::bindAnnotation);
    if (dialect == Dialect.SQLITE) {
      insertSearchEntries(connection, documentRowid, rows);
    }
  }

  /**
   * Removes the full-text entries of the document's earlier version (PostgreSQL's search columns
   * are generated and go with their rows).
   */
  private void deleteSearchEntries(Connection connection, String docId) throws SQLException {
    PreparedStatement find = statement(connection, DOCUMENT_ROWID);
    find.setString(1, docId);
    Long rowid = null;
    try (var rs = find.executeQuery()) {
      if (rs.next()) {
        rowid = rs.getLong(1);
      }
    }
    if (rowid == null) {
      return;
    }
    PreparedStatement delete = statement(connection, DELETE_SEARCH);
    delete.setLong(1, SearchKeys.documentKey(rowid));
    delete.setLong(2, SearchKeys.documentKey(rowid + 1) - 1);
    delete.executeUpdate();
  }

  private long lastInsertRowid(Connection connection) throws SQLException {
    try (var rs = statement(connection, LAST_ROWID).executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Indexes the title, clean text and quotes just inserted, under the new documents rowid. */
  private void insertSearchEntries(Connection connection, long rowid, DocumentRows rows) throws SQLException {
    PreparedStatement insert = statement(connection, INSERT_SEARCH);
    try {
      insert.setLong(1, SearchKeys.documentKey(rowid));
      insert.setString(2, rows.document().title());
      insert.setString(3, rows.document().cleanText());
      insert.addBatch();
      List<QuoteRow> quotes = rows.quotes();
      for (int ord = 0; ord < Math.min(quotes.size(), SearchKeys.MAX_QUOTES); ord++) {
        String content = quotes.get(ord).content();
        if (content != null) {
          insert.setLong(1, SearchKeys.quoteKey(rowid, ord));
          insert.setString(2, null);
          insert.setString(3, content);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException | RuntimeException e) {
      insert.clearBatch();
      throw e;
    }
  }

  private int delete(Connection connection, String table, String docId) throws SQLException {
    PreparedStatement delete = statement(connection, "DELETE FROM " + table + " WHERE doc_id = ?");
    try {
      delete.setString(1, docId);
      return delete.executeUpdate();
    } finally {
      done(delete);
    }
  }

  /**
   * Two writers replacing the same document at once would deadlock or collide on its key; a
   * transaction-scoped advisory lock on the document id makes the second wait for the first.
   */
  private static void lockDocument(Connection connection, String docId) throws SQLException {
    long key = ((long) DOCUMENT_LOCK_SPACE << 32) | (docId.hashCode() & 0xffffffffL);
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, key);
      lock.execute();
    }
  }

  private void insertDocument(Connection connection, Document d) throws SQLException {
    PreparedStatement insert = statement(connection, INSERT_DOCUMENT);
    try {
      insert.setString(1, d.docId());
      insert.setString(2, d.sourceUri());
      insert.setString(3, d.contentType());
      insert.setString(4, d.title());
      insert.setString(5, d.author());
      insert.setString(6, d.publishedDate());
      insert.setString(7, d.publishedDay());
      insert.setString(8, d.publishedDateSource());
      insert.setString(9, d.language());
      insert.setString(10, d.checksum());
      setLong(insert, 11, d.sizeBytes());
      insert.setString(12, d.cleanText());
      insert.setString(13, d.runId());
      insert.setString(14, d.processedAt());
      insert.executeUpdate();
    } finally {
      done(insert);
    }
  }

  private void insertSignature(Connection connection, String docId, ContentSignature signature) throws SQLException {
    if (signature == null) {
      return;
    }
    PreparedStatement insert = statement(connection, INSERT_SIGNATURE);
    try {
      insert.setString(1, docId);
      insert.setString(2, signature.textHash());
      insert.setInt(3, signature.shingleCount());
      insert.setBytes(4, signature.minHashBytes());
      insert.executeUpdate();
    } finally {
      done(insert);
    }
  }

  @FunctionalInterface
  private interface Binder<T> {
    /** Binds the columns after doc_id and ord, starting at parameter 3. */
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  private <T> void insertAll(Connection connection, String sql, String docId, List<T> rows, Binder<T> binder)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    PreparedStatement insert = statement(connection, sql);
    try {
      int pending = 0;
      for (int ord = 0; ord < rows.size(); ord++) {
        insert.setString(1, docId);
        insert.setInt(2, ord);
        binder.bind(insert, rows.get(ord));
        insert.addBatch();
        if (++pending == batchSize) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    } catch (SQLException | RuntimeException e) {
      try {
        insert.clearBatch();
      } catch (SQLException clearFailure) {
        e.addSuppressed(clearFailure);
      }
      throw e;
    } finally {
      done(insert);
    }
  }

  private static void bindTimex(PreparedStatement s, TimeExpression t) throws SQLException {
    s.setString(3, t.text());
    s.setString(4, t.type());
    s.setString(5, t.value());
    s.setString(6, t.mod());
    s.setString(7, t.anchor());
    s.setString(8, t.valueBegin());
    s.setString(9, t.valueEnd());
    s.setInt(10, t.begin());
    s.setInt(11, t.end());
  }

  private static void bindPlace(PreparedStatement s, PlaceMention p) throws SQLException {
    s.setString(3, p.text());
    s.setString(4, p.name());
    setLong(s, 5, p.geonamesId());
    s.setString(6, p.featureClass());
    s.setString(7, p.featureCode());
    s.setString(8, p.countryCode());
    s.setString(9, p.admin1Code());
    s.setString(10, p.admin1Name());
    setDouble(s, 11, p.latitude());
    setDouble(s, 12, p.longitude());
    setLong(s, 13, p.population());
    setDouble(s, 14, p.confidence());
    s.setString(15, p.usage());
    s.setInt(16, p.begin());
    s.setInt(17, p.end());
  }

  private static void bindFocus(PreparedStatement s, FocusPlaceRow f) throws SQLException {
    s.setString(3, f.level());
    setLong(s, 4, f.geonamesId());
    s.setString(5, f.name());
    s.setString(6, f.countryCode());
    setDouble(s, 7, f.latitude());
    setDouble(s, 8, f.longitude());
    setDouble(s, 9, f.weight());
  }

  private static void bindQuote(PreparedStatement s, QuoteRow q) throws SQLException {
    s.setString(3, q.content());
    s.setBoolean(4, q.direct());
    s.setString(5, q.cue());
    s.setString(6, q.cueLemma());
    setInt(s, 7, q.cueBegin());
    setInt(s, 8, q.cueEnd());
    s.setString(9, q.speakerMention());
    setInt(s, 10, q.speakerMentionBegin());
    setInt(s, 11, q.speakerMentionEnd());
    s.setString(12, q.speaker());
    s.setString(13, q.speakerRole());
    setDouble(s, 14, q.confidence());
    s.setInt(15, q.begin());
    s.setInt(16, q.end());
  }

  private static void bindPerson(PreparedStatement s, PersonRow p) throws SQLException {
    s.setString(3, p.text());
    s.setString(4, p.canonicalName());
    s.setString(5, p.role());
    s.setString(6, p.entityKind());
    s.setInt(7, p.begin());
    s.setInt(8, p.end());
  }

  private static void bindAnnotation(PreparedStatement s, GenericAnnotation a) throws SQLException {
    s.setString(3, a.typeName());
    s.setInt(4, a.begin());
    s.setInt(5, a.end());
    s.setString(6, a.coveredText());
    s.setString(7, a.featuresJson());
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, value);
    }
  }

  private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
    if (value == null || !Double.isFinite(value)) {
      s.setNull(index, Types.DOUBLE);
    } else {
      s.setDouble(index, value);
    }
  }
}
