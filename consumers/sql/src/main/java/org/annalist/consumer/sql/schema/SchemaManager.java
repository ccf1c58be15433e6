package org.annalist.consumer.sql.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.annalist.consumer.sql.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the schema on first use, records its version and refuses a newer one. A database
 * without documents is loaded without its secondary indexes, which {@link #createMissingIndexes}
 * builds when the writers close.
 */
public final class SchemaManager {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaManager.class);

  /** Arbitrary key of the PostgreSQL advisory lock that serialises schema creation. */
  private static final long SCHEMA_LOCK_KEY = 0x616e6e616c697374L;

  private SchemaManager() {}

  /**
   * Makes sure the database holds the current schema, in one transaction.
   *
   * @throws SchemaTooNewException when the database was written by a newer release
   */
  public static void ensure(Connection connection, Dialect dialect, String databaseName) throws SQLException {
    inTransaction(connection, statement -> {
      if (dialect == Dialect.POSTGRESQL) {
        statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK_KEY + ")");
      }
      statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, applied_by TEXT)");
      int found = currentVersion(connection);
      if (found > Schema.CURRENT_VERSION) {
        throw new SchemaTooNewException(databaseName, found, Schema.CURRENT_VERSION);
      }
      if (found < Schema.CURRENT_VERSION) {
        // creates what is missing; a version-1 database keeps its tables, whose foreign keys
        // (gone in version 2) only mean extra checks; its new indexes come when the writers close
        for (String ddl : Schema.createStatements(dialect)) {
          statement.execute(ddl);
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO schema_version (version, applied_at, applied_by) VALUES (?, ?, ?)")) {
          insert.setInt(1, Schema.CURRENT_VERSION);
          insert.setString(2, Instant.now().toString());
          insert.setString(3, "annalist " + releaseVersion());
          insert.executeUpdate();
        }
        LOG.info("{} the Annalist schema version {} in {}", found == 0 ? "created" : "upgraded to",
            Schema.CURRENT_VERSION, databaseName);
      }
      ensureSearchIndex(connection, statement, dialect, databaseName);
      if (isEmpty(connection)) {
        // loading is faster without secondary indexes; they are built when the writers close
        for (String index : Schema.INDEXES.keySet()) {
          statement.execute("DROP INDEX IF EXISTS " + index);
        }
      }
    });
  }

  /**
   * Creates the full-text index when it is missing (a new or upgraded database) and fills it
   * from the rows already there, so that search never misses a stored document.
   */
  private static void ensureSearchIndex(Connection connection, Statement statement, Dialect dialect,
      String databaseName) throws SQLException {
    String probe = dialect == Dialect.SQLITE
        ? "SELECT 1 FROM sqlite_master WHERE name = '" + Schema.SQLITE_SEARCH_TABLE + "'"
        : "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
            + " AND table_name = 'quotes' AND column_name = 'search_vector'";
    try (ResultSet rows = statement.executeQuery(probe)) {
      if (rows.next()) {
        return;
      }
    }
    long begin = System.nanoTime();
    for (String ddl : Schema.searchStatements(dialect)) {
      statement.execute(ddl);
    }
    if (dialect == Dialect.SQLITE) {
      for (String fill : Schema.sqliteSearchBackfill()) {
        statement.execute(fill);
      }
    }
    LOG.info("full-text index of {} ready in {} ms", databaseName, (System.nanoTime() - begin) / 1_000_000);
  }

  /** Work on a statement of the connection. */
  @FunctionalInterface
  private interface StatementWork {
    void run(Statement statement) throws SQLException;
  }

  /** Runs the work in one transaction, committed when it returns and rolled back when it throws. */
  private static void inTransaction(Connection connection, StatementWork work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      work.run(statement);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Builds the secondary indexes that are missing, in one transaction. Writers call it when they
   * close: sorting the rows of a whole run into an index once costs a fraction of updating it
   * row by row, which is what a database that already had documents (and so kept its indexes)
   * does.
   */
  public static void createMissingIndexes(Connection connection, String databaseName) throws SQLException {
    long begin = System.nanoTime();
    inTransaction(connection, statement -> {
      for (String ddl : Schema.indexStatements()) {
        statement.execute(ddl);
      }
    });
    LOG.info("indexes of {} ready in {} ms", databaseName, (System.nanoTime() - begin) / 1_000_000);
  }

  private static boolean isEmpty(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT 1 FROM documents LIMIT 1")) {
      return !rows.next();
    }
  }

  /** The highest recorded schema version, 0 when there is none (or no table). */
  public static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private static String releaseVersion() {
    String version = SchemaManager.class.getPackage().getImplementationVersion();
    return version == null ? "(development)" : version;
  }
}
