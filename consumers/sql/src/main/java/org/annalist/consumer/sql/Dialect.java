package org.annalist.consumer.sql;

/** The two databases the consumer writes to; the schema is the same apart from the JSON type. */
public enum Dialect {
  SQLITE("TEXT", "?"),
  POSTGRESQL("JSONB", "CAST(? AS JSONB)");

  private final String jsonType;
  private final String jsonPlaceholder;

  Dialect(String jsonType, String jsonPlaceholder) {
    this.jsonType = jsonType;
    this.jsonPlaceholder = jsonPlaceholder;
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
        "unsupported JDBC URL (use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB): " + jdbcUrl);
  }
}
