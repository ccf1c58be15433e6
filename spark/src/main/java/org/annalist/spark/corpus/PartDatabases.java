package org.annalist.spark.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.Dialect;
import org.annalist.consumer.sql.schema.Schema;
import org.annalist.consumer.sql.schema.SchemaManager;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite databases a Spark run's sql consumer wrote, one per partition
 * ({@code TARGET/part-NNNNN/annalist.db}), copied into one database at {@code TARGET/annalist.db}
 * (where a local run writes it), so that the corpus stage, {@code annalist query} and
 * {@code annalist corpus} see every document. The combined database keeps its corpus tables between
 * runs (earlier groups, what each step grouped); a document's rows are replaced by those of its part.
 */
final class PartDatabases {

  private PartDatabases() {}

  /** The part databases under a sql consumer's folder target, in part order. */
  static List<Path> parts(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(target)) {
      return folders.filter(p -> p.getFileName().toString().matches("part-\\d+") && Files.isDirectory(p))
          .map(p -> DatabaseTarget.resolve(p.toString()).sqliteFile())
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  /** Where the combined database of a folder target goes: the file a local run writes there. */
  static Path combined(Path target) {
    Path file = DatabaseTarget.resolve(target.toString()).sqliteFile();
    return Files.isDirectory(file) ? file.resolve(DatabaseTarget.SQLITE_FILE_NAME) : file;
  }

  /** Copies every part's documents (all per-document tables) into the combined database; returns its document count. */
  static long merge(Path combined, List<Path> parts) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(30_000);
    String name = combined.toAbsolutePath().toString();
    try (Connection connection = config.createConnection("jdbc:sqlite:" + name)) {
      SchemaManager.ensure(connection, Dialect.SQLITE, name);
      List<String> childrenFirst = Schema.DOCUMENT_TABLES;
      List<String> parentsFirst = new ArrayList<>(childrenFirst);
      java.util.Collections.reverse(parentsFirst);
      for (Path part : parts) {
        try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS part")) {
          attach.setString(1, part.toAbsolutePath().toString());
          attach.execute();
        }
        try {
          checkVersion(connection, part);
          connection.setAutoCommit(false);
          try (Statement statement = connection.createStatement()) {
            for (String table : childrenFirst) {
              statement.execute("DELETE FROM main." + table + " WHERE doc_id IN (SELECT doc_id FROM part.documents)");
            }
            for (String table : parentsFirst) {
              String columns = String.join(", ", sharedColumns(connection, table));
              statement.execute("INSERT INTO main." + table + " (" + columns + ") SELECT " + columns + " FROM part." + table);
            }
            connection.commit();
          } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
          } finally {
            connection.setAutoCommit(true);
          }
        } finally {
          try (Statement statement = connection.createStatement()) {
            statement.execute("DETACH DATABASE part");
          }
        }
      }
      // the full-text index is keyed by the documents' row ids, which the copy renumbered
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM " + Schema.SQLITE_SEARCH_TABLE);
        for (String backfill : Schema.sqliteSearchBackfill()) {
          statement.execute(backfill);
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
      SchemaManager.createMissingIndexes(connection, name);
      try (Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM documents")) {
        count.next();
        return count.getLong(1);
      }
    }
  }

  private static void checkVersion(Connection connection, Path part) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("SELECT MAX(version) FROM part.schema_version")) {
      int found = version.next() ? version.getInt(1) : 0;
      if (found != Schema.CURRENT_VERSION) {
        throw new SQLException(part + " holds schema version " + found + ", not " + Schema.CURRENT_VERSION
            + "; run the pipeline again with --force so that every part is written by this release");
      }
    }
  }

  /** The columns of a table in both databases, in the combined database's order. */
  private static List<String> sharedColumns(Connection connection, String table) throws SQLException {
    Set<String> main = columns(connection, "main", table);
    Set<String> part = columns(connection, "part", table);
    main.retainAll(part);
    return new ArrayList<>(main);
  }

  private static Set<String> columns(Connection connection, String schema, String table) throws SQLException {
    Set<String> columns = new LinkedHashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + schema + ".table_info(" + table + ")")) {
      while (rows.next()) {
        columns.add(rows.getString("name"));
      }
    }
    return columns;
  }
}
