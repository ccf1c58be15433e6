package org.annalist.consumer.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a session's writes on a thread of its own, so that the worker goes on with its next
 * document while the database works (PostgreSQL: a round trip per statement, about a dozen per
 * document, each waited for). Documents are written in the order they were handed over. A
 * document whose write fails is reported, with its reason, by the next {@link #commit} together
 * with any the inner session lost, so the runner records exactly those as failed.
 */
final class BackgroundWriteSession implements WriteSession {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundWriteSession.class);
  /** Documents handed over and not yet written: bounds the memory their rows take. */
  private static final int QUEUE_CAPACITY = 32;

  private sealed interface Task permits Write, Commit, Stop {}

  private record Write(String docId, SqlWork work) implements Task {}

  private record Commit(CompletableFuture<Void> done) implements Task {}

  private record Stop() implements Task {}

  private final WriteSession inner;
  private final String databaseName;
  private final BlockingQueue<Task> tasks = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Thread thread;
  private volatile boolean closed;

  /** Owned by the writing thread: documents whose write failed since the last commit. */
  private final Map<String, String> failed = new LinkedHashMap<>();

  BackgroundWriteSession(WriteSession inner, String databaseName) {
    this.inner = inner;
    this.databaseName = databaseName;
    this.thread = new Thread(this::writeLoop, "annalist-sql-writer");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void write(String docId, SqlWork work) throws SQLException {
    if (closed) {
      throw new SQLException("the writer of " + databaseName + " is closed");
    }
    put(new Write(docId, work));
  }

  @Override
  public void commit() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      put(new Commit(done));
      awaitWhileWriterLives(done);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the writer of " + databaseName, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      commit();
    } finally {
      closed = true;
      try {
        tasks.put(new Stop());
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void awaitWhileWriterLives(CompletableFuture<Void> done) throws InterruptedException, ExecutionException {
    while (true) {
      try {
        done.get(1, TimeUnit.SECONDS);
        return;
      } catch (TimeoutException e) {
        if (!thread.isAlive()) {
          throw new IllegalStateException("the writer of " + databaseName + " stopped");
        }
      }
    }
  }

  private void put(Task task) throws SQLException {
    try {
      tasks.put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while handing work to the writer of " + databaseName, e);
    }
  }

  // --- the writing thread ---

  private void writeLoop() {
    while (true) {
      Task task;
      try {
        task = tasks.take();
      } catch (InterruptedException e) {
        // drivers may interrupt the thread that waited on them (a connection attempt timing
        // out); only close() ends this loop, or a worker would wait for its commit forever
        continue;
      }
      if (task instanceof Stop) {
        closeInner();
        return;
      }
      if (task instanceof Write write) {
        write(write);
      } else if (task instanceof Commit commit) {
        commit(commit.done());
      }
    }
  }

  /** Lets the inner session go; {@link #close} committed just before, so nothing is pending. */
  private void closeInner() {
    try {
      inner.close();
    } catch (RuntimeException e) {
      LOG.warn("closing the session on {} failed: {}", databaseName, e.getMessage());
    }
  }

  private void write(Write write) {
    try {
      inner.write(write.docId(), write.work());
    } catch (SQLException | RuntimeException | Error e) {
      String reason = "could not store document " + write.docId() + " in " + databaseName + ": "
          + (e.getMessage() == null ? e.toString() : e.getMessage());
      if (org.annalist.core.plugin.StorageUnavailableException.findIn(e) == null) {
        LOG.warn("{}", reason);
      } else {
        // the database is gone for good: said once by the outage, not once per document
        LOG.debug("{}", reason);
      }
      failed.put(write.docId(), reason);
    }
  }

  private void commit(CompletableFuture<Void> done) {
    List<String> ids = new ArrayList<>(failed.keySet());
    List<String> reasons = new ArrayList<>(failed.values());
    Throwable cause = null;
    failed.clear();
    try {
      inner.commit();
    } catch (DocumentsNotStoredException e) {
      ids.addAll(e.documentIds());
      reasons.add(e.getMessage());
      cause = e.getCause();
    } catch (RuntimeException | Error e) {
      done.completeExceptionally(e);
      return;
    }
    if (ids.isEmpty()) {
      done.complete(null);
    } else {
      done.completeExceptionally(new DocumentsNotStoredException(
          List.copyOf(ids), reasons.stream().collect(Collectors.joining("; ")), cause));
    }
  }
}
