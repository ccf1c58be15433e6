package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientErrorsTest {

  @Test
  void connectionLossDeadlocksAndBusyFilesAreTransient() {
    assertThat(TransientErrors.isTransient(new SQLException("refused", "08001"))).isTrue();
    assertThat(TransientErrors.isTransient(new SQLException("deadlock", "40P01"))).isTrue();
    assertThat(TransientErrors.isTransient(new SQLTransientConnectionException("pool timeout"))).isTrue();
    assertThat(TransientErrors.isTransient(new RuntimeException(new SQLException("x", "57P01")))).isTrue();
    assertThat(TransientErrors.isTransient(
        new org.sqlite.SQLiteException("busy", org.sqlite.SQLiteErrorCode.SQLITE_BUSY))).isTrue();
  }

  @Test
  void rejectedDataIsNotRetried() {
    assertThat(TransientErrors.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(TransientErrors.isTransient(new SQLException("syntax", "42601"))).isFalse();
    assertThat(TransientErrors.isTransient(
        new org.sqlite.SQLiteException("constraint", org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT))).isFalse();
  }
}
