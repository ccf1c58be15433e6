package org.annalist.consumer.sql;

import java.sql.SQLException;

/** A session whose writes are retried by a {@link RetryPolicy} after transient database errors. */
final class RetryingWriteSession implements WriteSession {

  private final RetryPolicy policy;
  private final Database database;
  private final WriteSession inner;

  RetryingWriteSession(RetryPolicy policy, Database database, WriteSession inner) {
    this.policy = policy;
    this.database = database;
    this.inner = inner;
  }

  @Override
  public void write(String docId, SqlWork work) throws SQLException {
    policy.run(database, inner, docId, work);
  }

  @Override
  public void commit() {
    inner.commit();
  }

  @Override
  public void close() {
    inner.close();
  }
}
