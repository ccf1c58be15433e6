package org.annalist.consumer.sql.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.consumer.sql.Dialect;

/**
 * The relational schema, identical on SQLite and PostgreSQL apart from the type of the generic
 * features column (JSONB / TEXT). Documented in docs/storage.md; change both together and add a
 * migration step to {@link SchemaManager} when the version goes up.
 *
 * <p>Version 2 has no foreign keys: checking one costs a lookup per inserted row (on PostgreSQL a
 * trigger and a locking query each), more than the insert itself. The writer keeps the tables
 * consistent by replacing a document's rows in every table in one transaction.
 */
public final class Schema {

  /**
   * The schema version this release writes and reads (3 added the full-text index, 4 the content
   * signatures and the corpus stage's group tables).
   */
  public static final int CURRENT_VERSION = 4;

  /** Tables holding per-document rows, children first (deleted in this order). */
  public static final List<String> DOCUMENT_TABLES = List.of(
      "content_signatures", "time_expressions", "places", "focus_places", "quotes", "persons", "annotations", "documents");

  private Schema() {}

  /**
   * The tables of the corpus stage's groups, one per kind (duplicates, quotes, people, stories),
   * each with a {@code <table>_members} table of its documents in order (canonical first).
   */
  public static final List<String> GROUP_TABLES = List.of("duplicate_groups", "quote_groups", "people", "stories");

  /** The group table of a kind ("duplicates", "quotes", "people", "stories"), or null for another kind. */
  public static String groupTable(String kind) {
    return switch (kind) {
      case "duplicates" -> "duplicate_groups";
      case "quotes" -> "quote_groups";
      case "people" -> "people";
      case "stories" -> "stories";
      default -> null;
    };
  }

  /**
   * The secondary indexes: name and definition (the primary keys serve per-document lookups).
   * Only what the usual questions use: each index is a sort of its table when the writers close,
   * and places, the largest table, has two.
   */
  public static final Map<String, String> INDEXES = indexes();

  private static Map<String, String> indexes() {
    Map<String, String> indexes = new LinkedHashMap<>();
    indexes.put("documents_published_day", "documents (published_day)");
    indexes.put("time_expressions_interval", "time_expressions (value_begin, value_end)");
    // the query command looks places up by lower-cased name
    indexes.put("places_lower_name", "places (lower(name))");
    indexes.put("places_lat_lon", "places (latitude, longitude)");
    indexes.put("annotations_type_name", "annotations (type_name)");
    for (String table : GROUP_TABLES) {
      indexes.put(table + "_members_doc", table + "_members (doc_id)");
    }
    return Collections.unmodifiableMap(indexes);
  }

  /** Creates the secondary indexes that are missing. */
  public static List<String> indexStatements() {
    return INDEXES.entrySet().stream()
        .map(e -> "CREATE INDEX IF NOT EXISTS " + e.getKey() + " ON " + e.getValue()).toList();
  }

  /**
   * SQLite's full-text index (FTS5): one row per document (title, clean text) and one per quote
   * (its content, as body), keyed by {@link SearchKeys}. Filled by the writer in the document's
   * transaction; the Porter stemmer makes "rockets" find "rocket".
   */
  public static final String SQLITE_SEARCH_TABLE = "search_text";

  /**
   * The full-text index: on SQLite the FTS5 table {@value #SQLITE_SEARCH_TABLE}; on PostgreSQL a
   * generated {@code tsvector} column on documents (title weighted A, clean text B) and on quotes,
   * each with a GIN index, computed by the server in the transaction that inserts the row.
   */
  public static List<String> searchStatements(Dialect dialect) {
    if (dialect == Dialect.SQLITE) {
      return List.of("CREATE VIRTUAL TABLE IF NOT EXISTS " + SQLITE_SEARCH_TABLE
          + " USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')");
    }
    return List.of(
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ("
            + "setweight(to_tsvector('english', coalesce(title, '')), 'A')"
            + " || setweight(to_tsvector('english', coalesce(clean_text, '')), 'B')) STORED",
        "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ("
            + "to_tsvector('english', coalesce(content, ''))) STORED",
        "CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search_vector)",
        "CREATE INDEX IF NOT EXISTS quotes_search ON quotes USING GIN (search_vector)");
  }

  /** Fills a new SQLite full-text index from the rows already stored (an upgraded database). */
  public static List<String> sqliteSearchBackfill() {
    return List.of(
        "INSERT INTO " + SQLITE_SEARCH_TABLE + " (rowid, title, body) SELECT rowid * " + SearchKeys.SPAN
            + ", title, clean_text FROM documents",
        "INSERT INTO " + SQLITE_SEARCH_TABLE + " (rowid, title, body) SELECT d.rowid * " + SearchKeys.SPAN
            + " + q.ord + 1, NULL, q.content FROM quotes q JOIN documents d ON d.doc_id = q.doc_id"
            + " WHERE q.content IS NOT NULL AND q.ord < " + SearchKeys.MAX_QUOTES);
  }

  /** Creates the tables that are missing (no secondary index: see {@link SchemaManager}). */
  public static List<String> createStatements(Dialect dialect) {
    String docRef = "doc_id TEXT NOT NULL";
    String keyed = dialect.keyedTableOptions();
    return List.of(
        """
        CREATE TABLE IF NOT EXISTS documents (
          doc_id TEXT PRIMARY KEY,
          source_uri TEXT,
          content_type TEXT,
          title TEXT,
          author TEXT,
          published_date TEXT,
          published_day TEXT,
          published_date_source TEXT,
          language TEXT,
          checksum TEXT,
          size_bytes BIGINT,
          clean_text TEXT,
          run_id TEXT,
          processed_at TEXT NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS time_expressions (
          %s,
          ord INTEGER NOT NULL,
          text TEXT,
          timex_type TEXT,
          value TEXT,
          mod TEXT,
          anchor TEXT,
          value_begin TEXT,
          value_end TEXT,
          span_begin INTEGER NOT NULL,
          span_end INTEGER NOT NULL,
          PRIMARY KEY (doc_id, ord)
        )%s""".formatted(docRef, keyed),
        """
        CREATE TABLE IF NOT EXISTS places (
          %s,
          ord INTEGER NOT NULL,
          text TEXT,
          name TEXT,
          geonames_id BIGINT,
          feature_class TEXT,
          feature_code TEXT,
          country_code TEXT,
          admin1_code TEXT,
          admin1_name TEXT,
          latitude DOUBLE PRECISION,
          longitude DOUBLE PRECISION,
          population BIGINT,
          confidence DOUBLE PRECISION,
          usage TEXT,
          span_begin INTEGER NOT NULL,
          span_end INTEGER NOT NULL,
          PRIMARY KEY (doc_id, ord)
        )%s""".formatted(docRef, keyed),
        """
        CREATE TABLE IF NOT EXISTS focus_places (
          %s,
          ord INTEGER NOT NULL,
          level TEXT,
          geonames_id BIGINT,
          name TEXT,
          country_code TEXT,
          latitude DOUBLE PRECISION,
          longitude DOUBLE PRECISION,
          weight DOUBLE PRECISION,
          PRIMARY KEY (doc_id, ord)
        )%s""".formatted(docRef, keyed),
        """
        CREATE TABLE IF NOT EXISTS persons (
          %s,
          ord INTEGER NOT NULL,
          text TEXT,
          canonical_name TEXT,
          role TEXT,
          entity_kind TEXT,
          span_begin INTEGER NOT NULL,
          span_end INTEGER NOT NULL,
          PRIMARY KEY (doc_id, ord)
        )%s""".formatted(docRef, keyed),
        """
        CREATE TABLE IF NOT EXISTS quotes (
          %s,
          ord INTEGER NOT NULL,
          content TEXT,
          direct BOOLEAN,
          cue TEXT,
          cue_lemma TEXT,
          cue_begin INTEGER,
          cue_end INTEGER,
          speaker_mention TEXT,
          speaker_mention_begin INTEGER,
          speaker_mention_end INTEGER,
          speaker TEXT,
          speaker_role TEXT,
          confidence DOUBLE PRECISION,
          span_begin INTEGER NOT NULL,
          span_end INTEGER NOT NULL,
          PRIMARY KEY (doc_id, ord)
        )%s""".formatted(docRef, keyed),
        """
        CREATE TABLE IF NOT EXISTS annotations (
          %s,
          ord INTEGER NOT NULL,
          type_name TEXT NOT NULL,
          span_begin INTEGER NOT NULL,
          span_end INTEGER NOT NULL,
          covered_text TEXT,
          features %s,
          PRIMARY KEY (doc_id, ord)
        )%s""".formatted(docRef, dialect.jsonType(), keyed),
        // version 4: written by the consumer with each document (see ContentSignature)
        """
        CREATE TABLE IF NOT EXISTS content_signatures (
          doc_id TEXT PRIMARY KEY,
          text_hash TEXT NOT NULL,
          shingle_count INTEGER NOT NULL,
          minhash %s
        )""".formatted(dialect.binaryType()),
        // version 4: the corpus stage's record of the documents each step has grouped, by content
        """
        CREATE TABLE IF NOT EXISTS corpus_documents (
          kind TEXT NOT NULL,
          doc_id TEXT NOT NULL,
          text_hash TEXT,
          grouped_at TEXT NOT NULL,
          PRIMARY KEY (kind, doc_id)
        )""",
        groupTable(dialect, "duplicate_groups"), membersTable("duplicate_groups"),
        groupTable(dialect, "quote_groups"), membersTable("quote_groups"),
        groupTable(dialect, "people"), membersTable("people"),
        groupTable(dialect, "stories"), membersTable("stories"));
  }

  private static String groupTable(Dialect dialect, String table) {
    return """
        CREATE TABLE IF NOT EXISTS %s (
          group_id TEXT PRIMARY KEY,
          label TEXT,
          document_count INTEGER NOT NULL,
          members %s,
          details %s,
          updated_at TEXT NOT NULL
        )""".formatted(table, dialect.jsonType(), dialect.jsonType());
  }

  private static String membersTable(String table) {
    return """
        CREATE TABLE IF NOT EXISTS %s_members (
          group_id TEXT NOT NULL,
          ord INTEGER NOT NULL,
          doc_id TEXT NOT NULL,
          PRIMARY KEY (group_id, ord)
        )""".formatted(table);
  }
}
