package org.annalist.consumer.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.annalist.consumer.sql.schema.SchemaManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection per file, shared by every writer of the JVM and used by one thread at a
 * time (SQLite allows a single writer; queuing in the JVM avoids busy-waiting on the file lock).
 *
 * <p>Each document is written inside a savepoint (rolled back alone when it fails) of a
 * transaction committed on {@link #flush} (the runner's checkpoints), every {@code commitEvery}
 * documents, at the latest {@code commitIntervalMillis} after its first one, and on close. A kill
 * loses at most the uncommitted group (the file itself stays consistent), which the runner has
 * not yet recorded as completed; documents of a group whose commit fails are reported by
 * {@link #takeLost}.
 */
final class SqliteDatabase implements Database {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;
  private static final int COMMIT_ATTEMPTS = 3;
  private static final int CACHE_KIB = 64 * 1024;

  private final DatabaseTarget target;
  private final int commitEvery;
  private final long commitIntervalMillis;
  private final ReentrantLock writer = new ReentrantLock(true);
  private final List<String> uncommitted = new ArrayList<>();
  private final Set<String> lost = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService flusher;
  private long groupStartedMillis;
  private Connection connection;
  private volatile boolean unavailable;

  SqliteDatabase(DatabaseTarget target, int commitEvery, long commitIntervalMillis) {
    this.target = target;
    this.commitEvery = Math.max(1, commitEvery);
    this.commitIntervalMillis = Math.max(0, commitIntervalMillis);
    if (this.commitEvery > 1 && this.commitIntervalMillis > 0) {
      flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "annalist-sqlite-commit");
        thread.setDaemon(true);
        return thread;
      });
      long period = Math.max(50, this.commitIntervalMillis / 2);
      flusher.scheduleWithFixedDelay(this::commitIfDue, period, period, TimeUnit.MILLISECONDS);
    } else {
      flusher = null;
    }
  }

  @Override
  public WriteSession openSession() {
    return new SqliteWriteSession(this);
  }

  @Override
  public DatabaseTarget target() {
    return target;
  }

  @Override
  public void inTransaction(SqlWork work) throws SQLException {
    writer.lock();
    try {
      commitGroup();
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

  /** Writes one document in a savepoint of the shared group. */
  void writeDocument(String docId, SqlWork work) throws SQLException {
    writer.lock();
    try {
      Connection open = open();
      if (uncommitted.isEmpty()) {
        groupStartedMillis = System.currentTimeMillis();
      }
      execute(open, "SAVEPOINT annalist_document");
      try {
        work.run(open);
        execute(open, "RELEASE annalist_document");
      } catch (SQLException | RuntimeException e) {
        try {
          execute(open, "ROLLBACK TO annalist_document");
          execute(open, "RELEASE annalist_document");
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
          abandonGroup("rolling back " + docId + " failed");
        }
        throw e;
      }
      uncommitted.add(docId);
      if (uncommitted.size() >= commitEvery || System.currentTimeMillis() - groupStartedMillis >= commitIntervalMillis) {
        commitGroup();
      }
    } finally {
      writer.unlock();
    }
  }

  private void commitIfDue() {
    writer.lock();
    try {
      if (!uncommitted.isEmpty() && System.currentTimeMillis() - groupStartedMillis >= commitIntervalMillis) {
        commitGroup();
      }
    } catch (SQLException e) {
      LOG.error("{}", e.getMessage());
    } finally {
      writer.unlock();
    }
  }

  /** Commits the pending group, retrying a busy database; on failure the group is lost and named. */
  private void commitGroup() throws SQLException {
    if (uncommitted.isEmpty() || connection == null) {
      uncommitted.clear();
      return;
    }
    SQLException last = null;
    for (int attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      try {
        connection.commit();
        uncommitted.clear();
        return;
      } catch (SQLException e) {
        last = e;
        if (!TransientErrors.isTransient(e)) {
          break;
        }
        sleep(200L << attempt);
      }
    }
    String lost = String.join(", ", uncommitted);
    abandonGroup("commit failed");
    throw new SQLException("commit to " + target.displayName() + " failed, these documents were not stored: "
        + lost + " (" + (last == null ? "" : last.getMessage()) + ")", last);
  }

  private void abandonGroup(String why) {
    if (!uncommitted.isEmpty()) {
      LOG.error("{} on {}: the documents {} were not stored", why, target.displayName(), uncommitted);
      lost.addAll(uncommitted);
    }
    uncommitted.clear();
    if (connection != null) {
      rollbackQuietly(connection);
    }
  }

  private static void execute(Connection open, String sql) throws SQLException {
    try (Statement statement = open.createStatement()) {
      statement.execute(sql);
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
    // 16 B-trees take random inserts: keep their hot pages in memory (the default cache is 2 MB)
    config.setCacheSize(-CACHE_KIB);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // version-1 databases declare foreign keys; they hold, each document being replaced whole
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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Which of {@code documentIds} a failed group commit lost; forgotten once reported. */
  List<String> takeLost(Collection<String> documentIds) {
    if (lost.isEmpty()) {
      return List.of();
    }
    List<String> taken = new ArrayList<>();
    for (String id : documentIds) {
      if (lost.remove(id)) {
        taken.add(id);
      }
    }
    return taken;
  }

  @Override
  public boolean isMarkedUnavailable() {
    return unavailable;
  }

  @Override
  public void markUnavailable(boolean unavailable) {
    this.unavailable = unavailable;
  }

  /** Commits the pending group. */
  void flush() throws SQLException {
    writer.lock();
    try {
      commitGroup();
    } finally {
      writer.unlock();
    }
  }

  @Override
  public void close() {
    if (flusher != null) {
      flusher.shutdownNow();
    }
    writer.lock();
    try {
      try {
        commitGroup();
      } catch (SQLException e) {
        LOG.error("{}", e.getMessage());
      }
      if (connection != null) {
        try {
          SchemaManager.createMissingIndexes(connection, target.displayName());
        } catch (SQLException e) {
          LOG.error("building the indexes of {} failed (the next run tries again): {}", target.displayName(),
              e.getMessage());
        }
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
