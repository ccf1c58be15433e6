package org.annalist.consumer.sql;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.annalist.consumer.sql.schema.SchemaManager;

/** A database shared by all consumer instances of a JVM that write to the same URL. */
public interface Database extends AutoCloseable {

  DatabaseTarget target();

  /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
  void inTransaction(SqlWork work) throws SQLException;

  /**
   * Replaces one document's rows: the work runs in a transaction of its own, or (SQLite) in a
   * savepoint of a group committed shortly after. Either way a failure leaves no row of it behind.
   */
  default void writeDocument(String docId, SqlWork work) throws SQLException {
    inTransaction(work);
  }

  /** Creates or checks the schema (see {@link SchemaManager}); called once when the database is opened. */
  default void initializeSchema() throws SQLException {
    inTransaction(connection -> SchemaManager.ensure(connection, target().dialect(), target().displayName()));
  }

  /** Commits whatever is pending (documents written in a group not yet committed). */
  default void flush() throws SQLException {}

  /**
   * Which of {@code documentIds}, all accepted by {@link #writeDocument} earlier, a failed group
   * commit lost since; they are forgotten once reported.
   */
  default List<String> takeLost(Collection<String> documentIds) {
    return List.of();
  }

  /** True while the last attempt to reach the database failed for good (see {@link RetryPolicy}). */
  boolean isMarkedUnavailable();

  void markUnavailable(boolean unavailable);

  @Override
  void close();
}
