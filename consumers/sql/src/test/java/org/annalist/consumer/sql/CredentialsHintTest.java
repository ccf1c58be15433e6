package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CredentialsHintTest {

  @Test
  void authenticationErrorsNameTheVariablesToSet() {
    ConnectionSettings none = new ConnectionSettings(null, null, 1, 1, 1, 1);
    String missing = none.credentialsHint(new SQLException(
        "The server requested SCRAM-based authentication, but no password was provided.", "08004"),
        "ANNALIST_DB_USER", "ANNALIST_DB_PASSWORD");
    assertThat(missing).contains("ANNALIST_DB_PASSWORD, which is not set", "ANNALIST_DB_USER, which is not set");

    ConnectionSettings given = new ConnectionSettings("annalist", "wrong", 1, 1, 1, 1);
    String wrong = given.credentialsHint(new SQLException(
        "FATAL: password authentication failed for user \"annalist\"", "28P01"), "ANNALIST_DB_USER", "ANNALIST_DB_PASSWORD");
    assertThat(wrong).contains("ANNALIST_DB_PASSWORD").doesNotContain("not set").doesNotContain("wrong");

    assertThat(given.credentialsHint(new SQLException("Connection refused", "08001"), "U", "P")).isEmpty();
  }
}
