package org.annalist.consumer.sql;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the rows go: a JDBC URL and its dialect. A plain path names an output folder, whose
 * {@value #SQLITE_FILE_NAME} is used; a path ending in {@code .db}/{@code .sqlite} names the file.
 */
public record DatabaseTarget(String jdbcUrl, Dialect dialect, Path sqliteFile) {

  public static final String SQLITE_FILE_NAME = "annalist.db";

  /** Resolves a consumer target: folders are created when missing. */
  public static DatabaseTarget forWriting(String location) {
    DatabaseTarget target = resolve(location);
    if (target.sqliteFile() != null) {
      try {
        Path parent = target.sqliteFile().toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException(
            "cannot create the folder for " + target.sqliteFile() + ": " + e.getMessage(), e);
      }
    }
    return target;
  }

  /** Resolves a location without touching the file system. */
  public static DatabaseTarget resolve(String location) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("no database location given (an output folder or a JDBC URL)");
    }
    String trimmed = location.strip();
    if (trimmed.startsWith("jdbc:")) {
      Dialect dialect = Dialect.ofUrl(trimmed);
      Path file = null;
      if (dialect == Dialect.SQLITE) {
        String rest = trimmed.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String name = query >= 0 ? rest.substring(0, query) : rest;
        if (!name.isEmpty() && !name.startsWith(":memory:") && !name.startsWith("file:")) {
          file = Path.of(name);
        }
      }
      return new DatabaseTarget(trimmed, dialect, file);
    }
    Path path = Path.of(trimmed);
    String lower = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
    Path file = lower.endsWith(".db") || lower.endsWith(".sqlite") || lower.endsWith(".sqlite3")
        ? path
        : path.resolve(SQLITE_FILE_NAME);
    return new DatabaseTarget("jdbc:sqlite:" + file.toAbsolutePath(), Dialect.SQLITE, file);
  }

  /** The URL without its query string, safe to print (credentials may sit in the query). */
  public String displayName() {
    int query = jdbcUrl.indexOf('?');
    return query >= 0 ? jdbcUrl.substring(0, query) : jdbcUrl;
  }
}
