package org.annalist.consumer.sql;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/** Tells database errors worth retrying (lost connection, lock, busy file) from permanent ones. */
final class TransientErrors {

  /** PostgreSQL SQLSTATEs for serialisation failure, deadlock, lock timeout and server shutdown. */
  private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03");
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;

  private TransientErrors() {}

  static boolean isTransient(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && isTransientSql(sql)) {
        return true;
      }
      if (t instanceof java.io.IOException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTransientSql(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (next instanceof SQLTransientException || next instanceof SQLRecoverableException) {
        return true;
      }
      String state = next.getSQLState();
      if (state != null && (state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(state))) {
        return true;
      }
      if (next instanceof org.sqlite.SQLiteException) {
        int primary = next.getErrorCode() & 0xff;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
          return true;
        }
      }
    }
    return false;
  }
}
