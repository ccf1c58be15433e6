package org.annalist.consumer.sql;

/**
 * How to connect: credentials (already read from the environment, never from the pipeline YAML),
 * the PostgreSQL pool size and how long to wait for a connection, and how SQLite groups commits.
 */
public record ConnectionSettings(String user, String password, int maxConnections, int connectTimeoutSeconds,
    int commitEvery, int commitIntervalMillis) {

  /** Settings with the credentials read from the environment variables with these names. */
  public static ConnectionSettings fromEnvironment(String userEnv, String passwordEnv, int maxConnections,
      int connectTimeoutSeconds, int commitEvery, int commitIntervalMillis) {
    return new ConnectionSettings(env(userEnv), env(passwordEnv), maxConnections, connectTimeoutSeconds,
        commitEvery, commitIntervalMillis);
  }

  private static String env(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String value = System.getenv(name.strip());
    return value == null || value.isEmpty() ? null : value;
  }

  @Override
  public String toString() {
    return "ConnectionSettings[user=" + user + ", password=" + (password == null ? "none" : "***")
        + ", maxConnections=" + maxConnections + ", connectTimeoutSeconds=" + connectTimeoutSeconds
        + ", commitEvery=" + commitEvery + ", commitIntervalMillis=" + commitIntervalMillis + "]";
  }
}
