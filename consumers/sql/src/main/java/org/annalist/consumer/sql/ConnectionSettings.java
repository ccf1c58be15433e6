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

  /**
   * For an authentication error, which environment variables hold the credentials and whether they
   * are set; empty for other errors.
   */
  String credentialsHint(java.sql.SQLException e, String userEnv, String passwordEnv) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (!state.startsWith("28") && !message.contains("password") && !message.contains("authentication")) {
      return "";
    }
    return " (the password is read from the environment variable " + passwordEnv
        + (password == null ? ", which is not set" : "") + ", the user from " + userEnv
        + (user == null ? ", which is not set" : "") + "; set them, or name other variables with the "
        + "consumer's parameters passwordEnv and userEnv)";
  }

  @Override
  public String toString() {
    return "ConnectionSettings[user=" + user + ", password=" + (password == null ? "none" : "***")
        + ", maxConnections=" + maxConnections + ", connectTimeoutSeconds=" + connectTimeoutSeconds
        + ", commitEvery=" + commitEvery + ", commitIntervalMillis=" + commitIntervalMillis + "]";
  }
}
