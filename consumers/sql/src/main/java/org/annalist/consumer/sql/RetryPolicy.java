package org.annalist.consumer.sql;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries transient failures with exponential back-off. A lost connection is handled by the
 * database's {@link Outage} when it has one (PostgreSQL): every writer waits for the server to come
 * back, up to {@code outageSeconds}, and then writes again; once it is gone for good every write
 * fails at once. Otherwise, while a database is marked unavailable (a previous document exhausted
 * its retries) each document gets a single attempt; the first success clears the mark.
 */
record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis, int outageSeconds) {

  /** Writes of one document retried after the connection came back, before it fails anyway. */
  private static final int MAX_RECONNECTED_ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

  void run(Database database, WriteSession session, String what, SqlWork work) throws SQLException {
    int allowedRetries = database.isMarkedUnavailable() ? 0 : Math.max(0, maxRetries);
    long delay = Math.max(0, initialDelayMillis);
    Outage outage = outageSeconds > 0 ? database.outage() : null;
    int reconnected = 0;
    for (int attempt = 0; ; attempt++) {
      if (outage != null) {
        outage.awaitAvailable();
      }
      try {
        session.write(what, work);
        if (database.isMarkedUnavailable()) {
          LOG.info("{} is reachable again", database.target().displayName());
          database.markUnavailable(false);
        }
        return;
      } catch (SQLException e) {
        if (outage != null && Outage.isConnectionLoss(e) && reconnected++ < MAX_RECONNECTED_ATTEMPTS) {
          outage.report(e, outageSeconds);
          attempt--;
          continue;
        }
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
