package org.annalist.consumer.sql;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries transient failures with exponential back-off. While a database is marked unavailable
 * (a previous document exhausted its retries) each document gets a single attempt, so a run
 * against a dead server fails its documents quickly instead of waiting out every back-off; the
 * first success clears the mark.
 */
record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis) {

  private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

  void run(Database database, WriteSession session, String what, SqlWork work) throws SQLException {
    int allowedRetries = database.isMarkedUnavailable() ? 0 : Math.max(0, maxRetries);
    long delay = Math.max(0, initialDelayMillis);
    for (int attempt = 0; ; attempt++) {
      try {
        session.write(what, work);
        if (database.isMarkedUnavailable()) {
          LOG.info("{} is reachable again", database.target().displayName());
          database.markUnavailable(false);
        }
        return;
      } catch (SQLException e) {
        boolean transientError = TransientErrors.isTransient(e);
        if (!transientError || attempt >= allowedRetries) {
          if (transientError) {
            database.markUnavailable(true);
          }
          throw e;
        }
        LOG.warn("{}: transient database error ({}), retry {} of {} in {} ms", what, e.getMessage(),
            attempt + 1, allowedRetries, delay);
        sleep(delay);
        delay = Math.min(Math.max(1, delay * 2), Math.max(initialDelayMillis, maxDelayMillis));
      }
    }
  }

  private static void sleep(long millis) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting to retry", e);
    }
  }
}
