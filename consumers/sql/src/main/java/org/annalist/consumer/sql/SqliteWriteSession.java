package org.annalist.consumer.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.plugin.DocumentsNotStoredException;

/** A session on the one SQLite connection that every writer of the file shares. */
final class SqliteWriteSession implements WriteSession {

  private final SqliteDatabase database;
  private final List<String> written = new ArrayList<>();

  SqliteWriteSession(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public void write(String docId, SqlWork work) throws SQLException {
    database.writeDocument(docId, work);
    written.add(docId);
  }

  @Override
  public void commit() {
    SQLException failure = null;
    try {
      database.flush();
    } catch (SQLException e) {
      failure = e;
    }
    List<String> lost = database.takeLost(written);
    written.clear();
    if (!lost.isEmpty()) {
      throw new DocumentsNotStoredException(lost, failure != null ? failure.getMessage()
          : "a commit of " + database.target().displayName() + " failed", failure);
    }
  }

  @Override
  public void close() {
    commit();
  }
}
