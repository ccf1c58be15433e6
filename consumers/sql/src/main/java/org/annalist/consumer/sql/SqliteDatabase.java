package org.annalist.consumer.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection per file, shared by every writer of the JVM and used by one thread at a
 * time (SQLite allows a single writer; queuing in the JVM avoids busy-waiting on the file lock).
 * WAL journal, NORMAL synchronisation and a busy timeout let readers and other processes in.
 */
final class SqliteDatabase implements Database {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final DatabaseTarget target;
  private final ReentrantLock writer = new ReentrantLock(true);
  private Connection connection;
  private volatile boolean unavailable;

  SqliteDatabase(DatabaseTarget target) {
    this.target = target;
  }

  @Override
  public DatabaseTarget target() {
    return target;
  }

  @Override
  public void inTransaction(SqlWork work) throws SQLException {
    writer.lock();
    try {
      Connection open = open();
      try {
        work.run(open);
        open.commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(open);
        throw e;
      }
    } finally {
      writer.unlock();
    }
  }

  private Connection open() throws SQLException {
    if (connection != null && !connection.isClosed()) {
      return connection;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    Connection fresh = config.createConnection(target.jdbcUrl());
    fresh.setAutoCommit(false);
    connection = fresh;
    return fresh;
  }

  private void rollbackQuietly(Connection open) {
    try {
      open.rollback();
    } catch (SQLException e) {
      LOG.warn("rollback failed on {}; reopening the connection: {}", target.displayName(), e.getMessage());
      closeConnection();
    }
  }

  @Override
  public boolean isMarkedUnavailable() {
    return unavailable;
  }

  @Override
  public void markUnavailable(boolean unavailable) {
    this.unavailable = unavailable;
  }

  @Override
  public void close() {
    writer.lock();
    try {
      if (connection != null) {
        try (Statement statement = connection.createStatement()) {
          // fold the write-ahead log into the main file so that the .db file alone is complete
          statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
          LOG.debug("checkpoint of {} failed: {}", target.displayName(), e.getMessage());
        }
      }
      closeConnection();
    } finally {
      writer.unlock();
    }
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing {} failed: {}", target.displayName(), e.getMessage());
      }
      connection = null;
    }
  }
}
