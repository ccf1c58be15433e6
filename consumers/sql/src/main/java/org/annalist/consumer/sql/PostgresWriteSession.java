package org.annalist.consumer.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session holding one pooled PostgreSQL connection while it has uncommitted documents. Each
 * document is written in a savepoint (rolled back alone when it fails); the transaction is
 * committed at {@link #commit}, every {@code commitEvery} documents or {@code commitIntervalMillis}
 * after its first one, and the connection goes back to the pool. When the connection breaks or a
 * commit fails, the documents of the open transaction are lost and reported by the next commit.
 */
final class PostgresWriteSession implements WriteSession {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresWriteSession.class);

  private final PostgresDatabase database;
  private final int commitEvery;
  private final long commitIntervalMillis;
  private final List<String> uncommitted = new ArrayList<>();
  private final List<String> lost = new ArrayList<>();
  private String lostReason;
  private SQLException lostCause;
  private Connection connection;
  private long groupStartedMillis;

  PostgresWriteSession(PostgresDatabase database, int commitEvery, long commitIntervalMillis) {
    this.database = database;
    this.commitEvery = Math.max(1, commitEvery);
    this.commitIntervalMillis = Math.max(0, commitIntervalMillis);
  }

  @Override
  public void write(String docId, SqlWork work) throws SQLException {
    if (connection == null) {
      connection = database.connection();
    }
    if (uncommitted.isEmpty()) {
      groupStartedMillis = System.currentTimeMillis();
    }
    try {
      execute("SAVEPOINT annalist_document");
      work.run(connection);
      execute("RELEASE SAVEPOINT annalist_document");
    } catch (SQLException | RuntimeException e) {
      try {
        execute("ROLLBACK TO SAVEPOINT annalist_document");
        execute("RELEASE SAVEPOINT annalist_document");
      } catch (SQLException broken) {
        e.addSuppressed(broken);
        abandon("the connection broke while writing " + docId, e instanceof SQLException s ? s : null);
      }
      throw e;
    }
    uncommitted.add(docId);
    if (uncommitted.size() >= commitEvery || System.currentTimeMillis() - groupStartedMillis >= commitIntervalMillis) {
      commitGroup();
    }
  }

  @Override
  public void commit() {
    commitGroup();
    if (!lost.isEmpty()) {
      List<String> reported = List.copyOf(lost);
      String reason = lostReason;
      SQLException cause = lostCause;
      lost.clear();
      lostReason = null;
      lostCause = null;
      throw new DocumentsNotStoredException(reported, reason, cause);
    }
  }

  private void commitGroup() {
    if (connection == null) {
      return;
    }
    try {
      connection.commit();
      uncommitted.clear();
      closeConnection();
    } catch (SQLException e) {
      abandon("commit to " + database.target().displayName() + " failed: " + e.getMessage(), e);
    }
  }

  /** Gives up the open transaction: its documents are lost, the connection is dropped. */
  private void abandon(String reason, SQLException cause) {
    if (!uncommitted.isEmpty()) {
      LOG.error("{}: the documents {} were not stored", reason, uncommitted);
      lost.addAll(uncommitted);
      lostReason = reason;
      lostCause = cause;
      uncommitted.clear();
    }
    if (connection != null) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the connection is gone; the server rolls back on its own
      }
      closeConnection();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void closeConnection() {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("returning a connection to the pool failed: {}", e.getMessage());
    }
    connection = null;
  }

  @Override
  public void close() {
    commit();
  }
}
