package org.annalist.consumer.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    List<String> accepted = List.copyOf(written);
    written.clear();
    Map<String, String> lost = database.takeLost(accepted);
    if (!lost.isEmpty()) {
      String reasons = lost.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; "));
      throw new DocumentsNotStoredException(List.copyOf(lost.keySet()), reasons, failure);
    }
    if (failure != null) {
      throw new DocumentsNotStoredException(accepted, failure.getMessage(), failure);
    }
  }

  @Override
  public void close() {
    commit();
  }
}
