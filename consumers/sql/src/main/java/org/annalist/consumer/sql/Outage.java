package org.annalist.consumer.sql;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.annalist.core.plugin.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lost connection to a database, shared by every writer of the JVM. The first writer that loses
 * it reports it (one log line, no stack trace); from then on every writer waits here instead of
 * trying on its own, while one thread tries to connect with growing pauses. When the server answers
 * again the writers go on; when it has not answered within the time allowed, every write fails at
 * once with a {@link StorageUnavailableException}, which stops the run.
 */
final class Outage {

  /** Tries to open (and close) one connection: true when the server answers. */
  @FunctionalInterface
  interface Probe {
    void connect() throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Outage.class);
  private static final long FIRST_PAUSE_MILLIS = 250;
  private static final long LONGEST_PAUSE_MILLIS = 10_000;

  private enum State { AVAILABLE, DOWN, GONE }

  private final String name;
  private final Probe probe;
  private State state = State.AVAILABLE;
  private long downSinceNanos;
  private String reason;

  Outage(String name, Probe probe) {
    this.name = name;
    this.probe = probe;
  }

  /** A lost or refused connection (as opposed to an error in what was written). */
  static boolean isConnectionLoss(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
          || t instanceof IOException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }

  /** A writer lost its connection: pause everyone and try to reconnect for up to {@code allowedSeconds}. */
  synchronized void report(SQLException error, int allowedSeconds) {
    if (state != State.AVAILABLE) {
      return;
    }
    state = State.DOWN;
    downSinceNanos = System.nanoTime();
    reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().strip();
    LOG.warn("lost the connection to {} ({}); all writes pause while it is retried for up to {} s", name,
        firstLine(reason), allowedSeconds);
    Thread reconnect = new Thread(() -> reconnect(allowedSeconds), "annalist-sql-reconnect");
    reconnect.setDaemon(true);
    reconnect.start();
  }

  /** Returns when the database is available; throws when it is gone for good. */
  synchronized void awaitAvailable() throws SQLException {
    while (state == State.DOWN) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for " + name + " to come back", e);
      }
    }
    if (state == State.GONE) {
      throw gone();
    }
  }

  synchronized boolean isGone() {
    return state == State.GONE;
  }

  /** The failure every write gets once the database is gone: its cause stops the run. */
  synchronized SQLException gone() {
    String message = name + " has been unreachable for " + secondsDown() + " s (" + firstLine(reason) + ")";
    return new SQLException(message, "08006", new StorageUnavailableException(message, null));
  }

  private long secondsDown() {
    return (System.nanoTime() - downSinceNanos) / 1_000_000_000L;
  }

  private void reconnect(int allowedSeconds) {
    long deadline = downSinceNanos + allowedSeconds * 1_000_000_000L;
    long pause = FIRST_PAUSE_MILLIS;
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
      try {
        probe.connect();
        synchronized (this) {
          LOG.warn("{} is reachable again after {} s; writing resumes", name, secondsDown());
          state = State.AVAILABLE;
          notifyAll();
        }
        return;
      } catch (SQLException | RuntimeException e) {
        LOG.debug("{} still unreachable: {}", name, e.getMessage());
      }
    }
    synchronized (this) {
      LOG.error("{} is still unreachable after {} s: the run stops; the documents not stored are recorded "
          + "as failed and a resumed run stores them", name, secondsDown());
      state = State.GONE;
      notifyAll();
    }
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
