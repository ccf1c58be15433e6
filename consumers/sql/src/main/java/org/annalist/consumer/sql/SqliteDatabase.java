package org.annalist.consumer.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.annalist.consumer.sql.schema.SchemaManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file, written by one thread of its own for every writer of the JVM. SQLite has a
 * single writer: worker threads sharing a connection under a lock waited for each other (2
 * workers lost a fifth of their throughput that way), so they hand their documents to this
 * thread instead and go on with the next one.
 *
 * <p>Each document is written into a transaction (when one fails, the others of its group are
 * written again without it) committed on {@link #flush} (the runner's checkpoints), every {@code commitEvery}
 * documents, at the latest {@code commitIntervalMillis} after its first one, and on close. A
 * document whose write or commit fails is reported by {@link #takeLost} at the next checkpoint. A
 * kill loses at most the uncommitted group (the file itself stays consistent), which the runner
 * has not yet recorded as completed. With {@code commitEvery} 1 every document is written and
 * committed before {@link #writeDocument} returns, and its failure is thrown there.
 */
final class SqliteDatabase implements Database {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;
  private static final int COMMIT_ATTEMPTS = 3;
  private static final int CACHE_KIB = 64 * 1024;
  /** Documents handed over and not yet written: bounds the memory their rows take. */
  private static final int QUEUE_CAPACITY = 64;

  /** What the writing thread is asked to do. */
  private sealed interface Task permits Write, Commit, Transaction, Stop {}

  /** Write a document; {@code written} (synchronous mode) completes once it is committed. */
  private record Write(String docId, SqlWork work, CompletableFuture<Void> written) implements Task {}

  private record Commit(CompletableFuture<Void> done) implements Task {}

  private record Transaction(SqlWork work, CompletableFuture<Void> done) implements Task {}

  private record Stop(CompletableFuture<Void> done) implements Task {}

  private final DatabaseTarget target;
  private final int commitEvery;
  private final long commitIntervalMillis;
  private final BlockingQueue<Task> tasks = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Map<String, String> lost = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean unavailable;
  private volatile boolean stopped;

  // owned by the writing thread
  private final List<Write> uncommitted = new ArrayList<>();
  private final Map<String, PreparedStatement> savepointStatements = new HashMap<>();
  private long groupStartedMillis;
  private long documentsWritten;
  private Connection connection;

  SqliteDatabase(DatabaseTarget target, int commitEvery, long commitIntervalMillis) {
    this.target = target;
    this.commitEvery = Math.max(1, commitEvery);
    this.commitIntervalMillis = Math.max(0, commitIntervalMillis);
    this.thread = new Thread(this::writeLoop, "annalist-sqlite-writer");
    thread.setDaemon(true);
    thread.start();
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
    await(submit(new Transaction(work, new CompletableFuture<>())).done());
  }

  /**
   * Hands a document over to the writing thread. With {@code commitEvery} 1 it waits until the
   * document is committed and throws its failure; otherwise it returns at once and a failure is
   * reported by {@link #takeLost}.
   */
  void writeDocument(String docId, SqlWork work) throws SQLException {
    if (commitEvery == 1) {
      await(submit(new Write(docId, work, new CompletableFuture<>())).written());
    } else {
      submit(new Write(docId, work, null));
    }
  }

  /** Commits everything handed over so far. */
  void flush() throws SQLException {
    await(submit(new Commit(new CompletableFuture<>())).done());
  }

  /** Which of {@code documentIds} could not be stored, with the reasons; forgotten once reported. */
  Map<String, String> takeLost(Collection<String> documentIds) {
    if (lost.isEmpty()) {
      return Map.of();
    }
    Map<String, String> taken = new java.util.LinkedHashMap<>();
    for (String id : documentIds) {
      String reason = lost.remove(id);
      if (reason != null) {
        taken.put(id, reason);
      }
    }
    return taken;
  }

  private <T extends Task> T submit(T task) throws SQLException {
    if (stopped) {
      throw new SQLException(target.displayName() + " is closed");
    }
    try {
      tasks.put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while handing work to the writer of " + target.displayName(), e);
    }
    return task;
  }

  private void await(CompletableFuture<Void> done) throws SQLException {
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for the writer of " + target.displayName(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new SQLException(cause);
    }
  }

  // --- the writing thread ---

  private void writeLoop() {
    while (true) {
      Task task;
      try {
        task = uncommitted.isEmpty() ? tasks.take()
            : tasks.poll(Math.max(1, groupStartedMillis + commitIntervalMillis - System.currentTimeMillis()),
                TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        commitGroup();
        return;
      }
      if (task == null) {
        commitGroup();
        continue;
      }
      if (task instanceof Stop stop) {
        commitGroup();
        LOG.info("{}: {} documents written, {} ms of CPU in the writing thread", target.displayName(),
            documentsWritten, java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                / 1_000_000);
        stop.done().complete(null);
        return;
      }
      try {
        handle(task);
      } catch (RuntimeException e) {
        LOG.error("the writer of {} failed: {}", target.displayName(), e.toString());
        failTask(task, e);
      }
    }
  }

  private void handle(Task task) {
    if (task instanceof Write write) {
      write(write);
    } else if (task instanceof Commit commit) {
      commitGroup();
      commit.done().complete(null);
    } else if (task instanceof Transaction transaction) {
      runTransaction(transaction);
    }
  }

  private void failTask(Task task, RuntimeException e) {
    if (task instanceof Write write) {
      failed(write, e);
    } else if (task instanceof Commit commit) {
      commit.done().completeExceptionally(e);
    } else if (task instanceof Transaction transaction) {
      transaction.done().completeExceptionally(e);
    }
  }

  /**
   * Writes a document straight into the group's transaction. A savepoint per document cost a
   * tenth of the writing; instead, when a document fails, the transaction is rolled back and the
   * group's earlier documents are written again, each in a savepoint of its own.
   */
  private void write(Write write) {
    try {
      Connection open = open();
      if (uncommitted.isEmpty()) {
        groupStartedMillis = System.currentTimeMillis();
      }
      write.work().run(open);
    } catch (SQLException | RuntimeException e) {
      failed(write, e);
      rewriteGroupWithout(write);
      return;
    }
    uncommitted.add(write);
    documentsWritten++;
    if (uncommitted.size() >= commitEvery || System.currentTimeMillis() - groupStartedMillis >= commitIntervalMillis) {
      commitGroup();
    }
  }

  /** Rolls back the partial rows of a failed document by redoing its group without it. */
  private void rewriteGroupWithout(Write failedWrite) {
    List<Write> group = new ArrayList<>(uncommitted);
    uncommitted.clear();
    if (connection == null) {
      lose(group, "the connection to " + target.displayName() + " was lost", null);
      return;
    }
    try {
      connection.rollback();
    } catch (SQLException e) {
      lose(group, "rolling back after " + failedWrite.docId() + " failed", e);
      closeConnection();
      return;
    }
    for (Write write : group) {
      writeInSavepoint(write);
    }
  }

  private void writeInSavepoint(Write write) {
    Connection open;
    try {
      open = open();
      execute(open, "SAVEPOINT annalist_document");
    } catch (SQLException | RuntimeException e) {
      failed(write, e);
      return;
    }
    try {
      write.work().run(open);
      execute(open, "RELEASE annalist_document");
      uncommitted.add(write);
    } catch (SQLException | RuntimeException e) {
      try {
        execute(open, "ROLLBACK TO annalist_document");
        execute(open, "RELEASE annalist_document");
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
        abandonGroup("rolling back " + write.docId() + " failed", rollbackFailure);
      }
      failed(write, e);
    }
  }

  private void failed(Write write, Exception e) {
    if (write.written() != null) {
      write.written().completeExceptionally(e);
    } else {
      LOG.warn("{} could not be stored in {}: {}", write.docId(), target.displayName(), e.getMessage());
      lost.put(write.docId(), e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private void runTransaction(Transaction transaction) {
    commitGroup();
    try {
      Connection open = open();
      try {
        transaction.work().run(open);
        open.commit();
        transaction.done().complete(null);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(open);
        transaction.done().completeExceptionally(e);
      }
    } catch (SQLException | RuntimeException e) {
      transaction.done().completeExceptionally(e);
    }
  }

  /** Commits the pending group, retrying a busy database; on failure its documents are lost. */
  private void commitGroup() {
    if (uncommitted.isEmpty() || connection == null) {
      uncommitted.clear();
      return;
    }
    SQLException last = null;
    for (int attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      try {
        connection.commit();
        for (Write write : uncommitted) {
          if (write.written() != null) {
            write.written().complete(null);
          }
        }
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
    abandonGroup("commit to " + target.displayName() + " failed", last);
  }

  private void abandonGroup(String why, SQLException cause) {
    lose(uncommitted, why, cause);
    uncommitted.clear();
    if (connection != null) {
      rollbackQuietly(connection);
    }
  }

  private void lose(List<Write> writes, String why, SQLException cause) {
    if (writes.isEmpty()) {
      return;
    }
    LOG.error("{}: the documents {} were not stored", why, writes.stream().map(Write::docId).toList());
    String reason = why + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage());
    for (Write write : writes) {
      if (write.written() != null) {
        write.written().completeExceptionally(new SQLException(reason, cause));
      } else {
        lost.put(write.docId(), reason);
      }
    }
  }

  /** Runs one of the savepoint statements, compiled once per connection. */
  private void execute(Connection open, String sql) throws SQLException {
    PreparedStatement statement = savepointStatements.get(sql);
    if (statement == null) {
      statement = open.prepareStatement(sql);
      savepointStatements.put(sql, statement);
    }
    statement.execute();
  }

  private Connection open() throws SQLException {
    if (connection != null && !connection.isClosed()) {
      return connection;
    }
    savepointStatements.clear();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    // the B-trees take random inserts: keep their hot pages in memory (the default cache is 2 MB)
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

  @Override
  public boolean isMarkedUnavailable() {
    return unavailable;
  }

  @Override
  public void markUnavailable(boolean unavailable) {
    this.unavailable = unavailable;
  }

  /**
   * Commits what was handed over, stops the writing thread, builds the missing indexes and folds
   * the write-ahead log into the main file, so that the .db file alone is complete.
   */
  @Override
  public void close() {
    if (!stopped) {
      try {
        CompletableFuture<Void> done = submit(new Stop(new CompletableFuture<>())).done();
        stopped = true;
        await(done);
        thread.join();
      } catch (SQLException e) {
        LOG.error("{}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      stopped = true;
    }
    if (connection != null) {
      try {
        SchemaManager.createMissingIndexes(connection, target.displayName());
      } catch (SQLException e) {
        LOG.error("building the indexes of {} failed (the next run tries again): {}", target.displayName(),
            e.getMessage());
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      } catch (SQLException e) {
        LOG.debug("checkpoint of {} failed: {}", target.displayName(), e.getMessage());
      }
    }
    closeConnection();
  }

  private void closeConnection() {
    for (PreparedStatement statement : savepointStatements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        LOG.debug("closing a statement of {} failed: {}", target.displayName(), e.getMessage());
      }
    }
    savepointStatements.clear();
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
