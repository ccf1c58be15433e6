package org.annalist.consumer.sql;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.annalist.consumer.sql.schema.SchemaManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Database} per URL and user for the whole JVM, shared by every consumer instance
 * (each worker thread has its own) and closed when the last one releases it. The schema is
 * checked and created when a database is first opened.
 */
public final class DatabaseRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseRegistry.class);
  private static final Map<String, Entry> OPEN = new HashMap<>();

  private static final class Entry {
    final Database database;
    int users;

    Entry(Database database) {
      this.database = database;
    }
  }

  private DatabaseRegistry() {}

  /** The shared database for this target, opened (and its schema ensured) on first use. */
  public static synchronized Database acquire(DatabaseTarget target, ConnectionSettings settings) throws SQLException {
    String key = target.jdbcUrl() + "\u0000" + settings.user();
    Entry entry = OPEN.get(key);
    if (entry == null) {
      Database database = open(target, settings);
      try {
        database.inTransaction(connection ->
            SchemaManager.ensure(connection, target.dialect(), target.displayName()));
      } catch (SQLException | RuntimeException e) {
        database.close();
        throw e;
      }
      entry = new Entry(database);
      OPEN.put(key, entry);
      LOG.debug("opened {}", target.displayName());
    }
    entry.users++;
    return entry.database;
  }

  /** Gives the database back; the last user closes it. */
  public static synchronized void release(Database database) {
    for (var it = OPEN.entrySet().iterator(); it.hasNext(); ) {
      Entry entry = it.next().getValue();
      if (entry.database == database) {
        if (--entry.users <= 0) {
          it.remove();
          database.close();
          LOG.debug("closed {}", database.target().displayName());
        }
        return;
      }
    }
  }

  /** Number of databases currently open (for tests). */
  static synchronized int openCount() {
    return OPEN.size();
  }

  private static Database open(DatabaseTarget target, ConnectionSettings settings) {
    return switch (target.dialect()) {
      case SQLITE -> new SqliteDatabase(target, settings.commitEvery(), settings.commitIntervalMillis());
      case POSTGRESQL -> new PostgresDatabase(target, settings);
    };
  }
}
