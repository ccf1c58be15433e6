package org.annalist.consumer.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** A HikariCP pool for one PostgreSQL URL, shared by every writer of the JVM. */
final class PostgresDatabase implements Database {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final DatabaseTarget target;
  private final HikariDataSource pool;
  private volatile boolean unavailable;

  PostgresDatabase(DatabaseTarget target, ConnectionSettings settings) {
    this.target = target;
    HikariConfig config = new HikariConfig();
    config.setPoolName("annalist-sql-" + POOLS.incrementAndGet());
    config.setJdbcUrl(target.jdbcUrl());
    if (settings.user() != null) {
      config.setUsername(settings.user());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(Math.max(1, settings.maxConnections()));
    config.setMinimumIdle(0);
    config.setAutoCommit(false);
    config.setConnectionTimeout(Math.max(250L, settings.connectTimeoutSeconds() * 1000L));
    config.setValidationTimeout(Math.max(250L, Math.min(5_000L, settings.connectTimeoutSeconds() * 1000L)));
    // do not fail here: the first transaction (schema creation) reports an unreachable server
    config.setInitializationFailTimeout(-1);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeoutSeconds())));
    config.addDataSourceProperty("ApplicationName", "annalist");
    pool = new HikariDataSource(config);
  }

  @Override
  public DatabaseTarget target() {
    return target;
  }

  @Override
  public void inTransaction(SqlWork work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      }
    }
  }

  @Override
  public boolean isMarkedUnavailable() {
    return unavailable;
  }

  @Override
  public void markUnavailable(boolean unavailable) {
    this.unavailable = unavailable;
  }

  @Override
  public void close() {
    pool.close();
  }
}
