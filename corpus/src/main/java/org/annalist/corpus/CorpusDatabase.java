package org.annalist.corpus;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.annalist.consumer.sql.ConnectionSettings;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.Dialect;
import org.annalist.consumer.sql.schema.SchemaManager;
import org.annalist.consumer.sql.schema.SchemaTooNewException;
import org.sqlite.SQLiteConfig;

/**
 * A writable connection to a run's database for the corpus stage. The database must hold an
 * Annalist schema (a run wrote it); an older schema version is upgraded to the current one.
 */
public final class CorpusDatabase implements AutoCloseable {

  private final DatabaseTarget target;
  private final Connection connection;

  private CorpusDatabase(DatabaseTarget target, Connection connection) {
    this.target = target;
    this.connection = connection;
  }

  /** Opens the database at an output folder, a .db file or a JDBC URL; a problem is a {@link CorpusInputException}. */
  public static CorpusDatabase open(String location, ConnectionSettings settings) {
    DatabaseTarget target;
    try {
      target = DatabaseTarget.resolve(location);
    } catch (IllegalArgumentException e) {
      throw new CorpusInputException(e.getMessage());
    }
    if (target.sqliteFile() != null && !Files.isRegularFile(target.sqliteFile())) {
      throw new CorpusInputException("no Annalist database at " + target.sqliteFile()
          + " (give the output folder of a run with the sql consumer, a .db file or a JDBC URL)");
    }
    Connection connection;
    try {
      connection = target.dialect() == Dialect.SQLITE ? sqlite(target) : postgres(target, settings);
    } catch (SQLException e) {
      throw new CorpusInputException("cannot open " + target.displayName() + ": " + e.getMessage());
    }
    try {
      int version;
      try {
        version = SchemaManager.currentVersion(connection);
      } catch (SQLException e) {
        throw new CorpusInputException(target.displayName()
            + " is not an Annalist database (no readable schema_version table); run a pipeline with the sql consumer first");
      }
      if (version <= 0) {
        throw new CorpusInputException(target.displayName() + " holds no Annalist schema yet");
      }
      SchemaManager.ensure(connection, target.dialect(), target.displayName());
      return new CorpusDatabase(target, connection);
    } catch (SchemaTooNewException e) {
      close(connection);
      throw new CorpusInputException(e.getMessage());
    } catch (SQLException e) {
      close(connection);
      throw new CorpusInputException("cannot prepare " + target.displayName() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      close(connection);
      throw e;
    }
  }

  private static Connection sqlite(DatabaseTarget target) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(30_000);
    return config.createConnection(target.jdbcUrl());
  }

  private static Connection postgres(DatabaseTarget target, ConnectionSettings settings) throws SQLException {
    Properties properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeoutSeconds())));
    return DriverManager.getConnection(target.jdbcUrl(), properties);
  }

  public CorpusStore store() {
    return new CorpusStore(connection, target.dialect());
  }

  public DatabaseTarget target() {
    return target;
  }

  @Override
  public void close() {
    close(connection);
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // nothing left to release
    }
  }
}
