package org.annalist.consumer.sql.query;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.annalist.consumer.sql.ConnectionSettings;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.Dialect;
import org.annalist.consumer.sql.schema.Schema;
import org.annalist.consumer.sql.schema.SchemaManager;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens an existing Annalist database for reading, with clear messages when that is impossible. */
public final class ReadConnections {

  private ReadConnections() {}

  public static Connection open(DatabaseTarget target, ConnectionSettings settings) throws UnreadableDatabaseException {
    Connection connection;
    try {
      connection = target.dialect() == Dialect.SQLITE ? openSqlite(target) : openPostgres(target, settings);
    } catch (SQLException e) {
      throw new UnreadableDatabaseException("cannot open " + target.displayName() + ": " + e.getMessage(), e);
    }
    try {
      checkSchema(connection, target);
      return connection;
    } catch (UnreadableDatabaseException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static Connection openSqlite(DatabaseTarget target) throws SQLException, UnreadableDatabaseException {
    if (target.sqliteFile() != null && !Files.isRegularFile(target.sqliteFile())) {
      throw new UnreadableDatabaseException("no Annalist database at " + target.sqliteFile()
          + " (give the output folder of a run with the sql consumer, a .db file or a JDBC URL)");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    config.setBusyTimeout(10_000);
    Connection connection = config.createConnection(target.jdbcUrl());
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA query_only = true");
    }
    return connection;
  }

  private static Connection openPostgres(DatabaseTarget target, ConnectionSettings settings) throws SQLException {
    Properties properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeoutSeconds())));
    properties.setProperty("readOnly", "true");
    return DriverManager.getConnection(target.jdbcUrl(), properties);
  }

  private static void checkSchema(Connection connection, DatabaseTarget target) throws UnreadableDatabaseException {
    int version;
    try {
      version = SchemaManager.currentVersion(connection);
    } catch (SQLException e) {
      throw new UnreadableDatabaseException(target.displayName()
          + " is not an Annalist database (no readable schema_version table): " + e.getMessage(), e);
    }
    if (version <= 0) {
      throw new UnreadableDatabaseException(target.displayName() + " holds no Annalist schema yet");
    }
    if (version > Schema.CURRENT_VERSION) {
      throw new UnreadableDatabaseException(target.displayName() + " has schema version " + version
          + ", newer than this Annalist release reads (" + Schema.CURRENT_VERSION + "); upgrade Annalist");
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the original problem is the one worth reporting
    }
  }
}
