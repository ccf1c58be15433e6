package org.annalist.report.source;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.annalist.consumer.sql.ConnectionSettings;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.query.ReadConnections;
import org.annalist.consumer.sql.query.UnreadableDatabaseException;
import org.annalist.consumer.sql.schema.Schema;
import org.annalist.report.model.CorpusGroups;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;

/**
 * Documents from the {@code sql} consumer's database (SQLite or PostgreSQL, docs/storage.md). Each
 * table is read once, ordered by document id, and merged with the documents: a few sequential
 * scans instead of a query per document. The text is the stored clean text, so page furniture
 * cannot be shown; annotation offsets are mapped into it by {@link CleanTextLocator}.
 */
public final class DatabaseDocuments implements DocumentSource {

  private static final String PLUGIN_ANNOTATIONS = "SELECT doc_id, type_name, span_begin, covered_text, features "
      + "FROM annotations WHERE type_name NOT LIKE 'org.annalist.type.%' ORDER BY doc_id, ord";

  private final DatabaseTarget target;
  private final Connection connection;

  public DatabaseDocuments(DatabaseTarget target, ConnectionSettings settings) throws UnreadableDatabaseException {
    this.target = target;
    this.connection = ReadConnections.open(target, settings);
  }

  @Override
  public String description() {
    return target.displayName();
  }

  @Override
  public void forEach(Consumer<ReportDocument> sink) throws IOException {
    try {
      connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
      try (Cursor documents = cursor("SELECT doc_id, source_uri, content_type, title, author, published_date, "
              + "published_date_source, language, clean_text FROM documents ORDER BY doc_id");
          Cursor dates = cursor("SELECT doc_id, text, timex_type, value, mod, span_begin FROM time_expressions "
              + "ORDER BY doc_id, ord");
          Cursor places = cursor("SELECT doc_id, text, name, geonames_id, country_code, admin1_name, latitude, "
              + "longitude, feature_code, usage, span_begin FROM places ORDER BY doc_id, ord");
          Cursor quotes = cursor("SELECT doc_id, content, direct, cue, cue_begin, speaker_mention, "
              + "speaker_mention_begin, speaker, speaker_role, span_begin FROM quotes ORDER BY doc_id, ord");
          Cursor annotations = cursor(PLUGIN_ANNOTATIONS)) {
        while (documents.next()) {
          ResultSet d = documents.rows;
          String id = d.getString(1);
          String text = d.getString(9);
          CleanTextLocator locator = new CleanTextLocator(text);
          List<Pending> pending = new ArrayList<>();
          while (dates.at(id)) {
            ResultSet r = dates.rows;
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "timexType", r.getString(3));
            put(attributes, "mod", r.getString(5));
            pending.add(new Pending(Mention.DATE, locator.add(integer(r, 6), r.getString(2)), r.getString(4), attributes));
            dates.advance();
          }
          while (places.at(id)) {
            ResultSet r = places.rows;
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "name", r.getString(3));
            put(attributes, "geonamesId", r.getString(4));
            put(attributes, "country", r.getString(5));
            put(attributes, "admin1", r.getString(6));
            put(attributes, "lat", r.getString(7));
            put(attributes, "lon", r.getString(8));
            put(attributes, "featureCode", r.getString(9));
            put(attributes, "usage", r.getString(10));
            pending.add(new Pending(Mention.PLACE, locator.add(integer(r, 11), r.getString(2)),
                PlaceKeys.value(attributes), attributes));
            places.advance();
          }
          while (quotes.at(id)) {
            ResultSet r = quotes.rows;
            String speaker = r.getString(8);
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "speaker", speaker);
            put(attributes, "speakerMention", r.getString(6));
            put(attributes, "role", r.getString(9));
            put(attributes, "cue", r.getString(4));
            put(attributes, "direct", String.valueOf(r.getBoolean(3)));
            pending.add(new Pending(Mention.QUOTE, locator.add(integer(r, 10), r.getString(2)), speaker, attributes));
            if (r.getString(4) != null) {
              pending.add(new Pending(Mention.CUE, locator.add(integer(r, 5), r.getString(4)), speaker,
                  Map.of("speaker", speaker == null ? "" : speaker)));
            }
            if (r.getString(6) != null) {
              pending.add(new Pending(Mention.SPEAKER, locator.add(integer(r, 7), r.getString(6)), speaker, Map.of()));
            }
            quotes.advance();
          }
          while (annotations.at(id)) {
            ResultSet r = annotations.rows;
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "features", r.getString(5));
            pending.add(new Pending(r.getString(2), locator.add(integer(r, 3), r.getString(4)), null, attributes));
            annotations.advance();
          }
          locator.locate();
          List<Mention> mentions = new ArrayList<>(pending.size());
          for (Pending p : pending) {
            mentions.add(new Mention(p.type, p.target.begin, p.target.end, p.target.text, p.value, p.attributes));
          }
          sink.accept(new ReportDocument(id, d.getString(2), d.getString(3), d.getString(4), d.getString(5),
              d.getString(6), d.getString(7), d.getString(8), text, false, mentions));
        }
      }
      connection.rollback();
    } catch (SQLException e) {
      throw new IOException("cannot read " + target.displayName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The corpus stage's groups, read once before the documents (so that document pages can link to their
   * stories and people). A kind is present when its table has groups or the stage recorded that its step
   * ran; a database without the tables (no corpus stage, or a schema before version 4) has none.
   */
  @Override
  public CorpusGroups corpusGroups() throws IOException {
    CorpusGroups groups = CorpusGroups.none();
    for (String kind : List.of(CorpusGroups.STORIES, CorpusGroups.PEOPLE, CorpusGroups.QUOTES, CorpusGroups.DUPLICATES)) {
      String table = Schema.groupTable(kind);
      try (Statement statement = connection.createStatement()) {
        boolean ran;
        try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM corpus_documents WHERE kind = '" + kind + "'")) {
          ran = r.next() && r.getLong(1) > 0;
        }
        statement.setFetchSize(1000);
        try (ResultSet r = statement.executeQuery("SELECT group_id, label, members, details FROM " + table
            + " ORDER BY group_id")) {
          while (r.next()) {
            groups.add(kind, GroupRows.group(kind, r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
          }
        }
        if (ran) {
          groups.add(kind, null);
        }
      } catch (SQLException e) {
        // no corpus tables: the stage never ran over this database (or it predates schema version 4)
        rollbackQuietly();
      }
    }
    return groups;
  }

  private void rollbackQuietly() {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException ignored) {
      // nothing to undo
    }
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close " + target.displayName() + ": " + e.getMessage(), e);
    }
  }

  private record Pending(String type, CleanTextLocator.Target target, String value, Map<String, String> attributes) {}

  private Cursor cursor(String sql) throws SQLException {
    Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(1000);
    return new Cursor(statement, statement.executeQuery(sql));
  }

  /** A result set ordered by document id, read one step ahead so that a document's rows can be taken while they last. */
  private static final class Cursor implements AutoCloseable {
    final Statement statement;
    final ResultSet rows;
    boolean hasRow;
    boolean started;

    Cursor(Statement statement, ResultSet rows) {
      this.statement = statement;
      this.rows = rows;
    }

    boolean next() throws SQLException {
      hasRow = rows.next();
      started = true;
      return hasRow;
    }

    boolean at(String docId) throws SQLException {
      if (!started) {
        next();
      }
      return hasRow && docId.equals(rows.getString(1));
    }

    void advance() throws SQLException {
      next();
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }

  private static Integer integer(ResultSet rows, int column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }
}
