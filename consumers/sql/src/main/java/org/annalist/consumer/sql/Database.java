package org.annalist.consumer.sql;

import java.sql.SQLException;
import org.annalist.consumer.sql.schema.SchemaManager;

/** A database shared by all consumer instances of a JVM that write to the same URL. */
public interface Database extends AutoCloseable {

  DatabaseTarget target();

  /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
  void inTransaction(SqlWork work) throws SQLException;

  /** Creates or checks the schema (see {@link SchemaManager}); called once when the database is opened. */
  default void initializeSchema() throws SQLException {
    inTransaction(connection -> SchemaManager.ensure(connection, target().dialect(), target().displayName()));
  }

  /** A writer for one consumer instance, grouping its documents into commits. */
  WriteSession openSession();

  /** True while the last attempt to reach the database failed for good (see {@link RetryPolicy}). */
  boolean isMarkedUnavailable();

  void markUnavailable(boolean unavailable);

  /** The shared record of a lost connection, for servers that can come back; null when not tracked. */
  default Outage outage() {
    return null;
  }

  @Override
  void close();
}
