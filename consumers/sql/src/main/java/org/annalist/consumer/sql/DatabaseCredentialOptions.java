package org.annalist.consumer.sql;

import picocli.CommandLine.Option;

/**
 * The {@code --user-env}/{@code --password-env} options of the commands that read a run's database
 * ({@code query}, {@code search}, {@code report}): where a PostgreSQL user and password come from.
 */
public final class DatabaseCredentialOptions {

  @Option(names = "--user-env", defaultValue = "ANNALIST_DB_USER",
      description = "Environment variable holding the PostgreSQL user (default: ${DEFAULT-VALUE})")
  String userEnv;

  @Option(names = "--password-env", defaultValue = "ANNALIST_DB_PASSWORD",
      description = "Environment variable holding the PostgreSQL password (default: ${DEFAULT-VALUE})")
  String passwordEnv;

  /** Settings for a command's one reading connection, with the credentials those variables hold. */
  public ConnectionSettings readingConnection() {
    return ConnectionSettings.fromEnvironment(userEnv, passwordEnv, 1, 10, 1, 0);
  }
}
