package org.annalist.consumer.sql;

/** The two databases the consumer writes to; the schema is the same apart from the JSON type. */
public enum Dialect {
  SQLITE("TEXT", "?", " WITHOUT ROWID", "BLOB"),
  POSTGRESQL("JSONB", "CAST(? AS JSONB)", "", "BYTEA");

  private final String jsonType;
  private final String jsonPlaceholder;
  private final String keyedTableOptions;
  private final String binaryType;

  Dialect(String jsonType, String jsonPlaceholder, String keyedTableOptions, String binaryType) {
    this.binaryType = binaryType;
    this.jsonType = jsonType;
    this.jsonPlaceholder = jsonPlaceholder;
    this.keyedTableOptions = keyedTableOptions;
  }

  /**
   * Written after the tables keyed by (doc_id, ord): on SQLite the rows are then stored in their
   * primary-key B-tree alone, instead of a rowid table plus a key index that every insert updates.
   */
  public String keyedTableOptions() {
    return keyedTableOptions;
  }

  /** Column type of byte strings (the MinHash signatures). */
  public String binaryType() {
    return binaryType;
  }

  /** Column type of the generic annotation features. */
  public String jsonType() {
    return jsonType;
  }

  /** Bind placeholder for a JSON value given as a string. */
  public String jsonPlaceholder() {
    return jsonPlaceholder;
  }

  public static Dialect ofUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported JDBC URL " + (jdbcUrl.indexOf('?') < 0 ? jdbcUrl : jdbcUrl.substring(0, jdbcUrl.indexOf('?')))
            + ": Annalist writes to SQLite (jdbc:sqlite:FILE, or an output folder) and PostgreSQL "
            + "(jdbc:postgresql://HOST:PORT/DB)");
  }
}
