package org.annalist.consumer.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.consumer.sql.schema.SchemaManager;

/**
 * A HikariCP pool for one PostgreSQL URL, shared by every writer of the JVM; each writer's
 * {@link PostgresWriteSession} borrows a connection while it has uncommitted documents.
 */
final class PostgresDatabase implements Database {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostgresDatabase.class);

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final DatabaseTarget target;
  private final ConnectionSettings settings;
  private final HikariDataSource pool;
  private final Outage outage;
  private volatile boolean unavailable;
  private volatile boolean schemaReady;

  PostgresDatabase(DatabaseTarget target, ConnectionSettings settings) {
    this.target = target;
    this.settings = settings;
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
    // do not connect here: initializeSchema() reports an unreachable server
    config.setInitializationFailTimeout(-1);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeoutSeconds())));
    config.addDataSourceProperty("ApplicationName", "annalist");
    pool = new HikariDataSource(config);
    outage = new Outage(target.displayName(), () -> {
      try (Connection probe = DriverManager.getConnection(target.jdbcUrl(), connectionProperties())) {
        probe.isValid(Math.max(1, settings.connectTimeoutSeconds()));
      }
      if (pool.getHikariPoolMXBean() != null) {
        // connections opened before the outage are dead: open new ones
        pool.getHikariPoolMXBean().softEvictConnections();
      }
    });
  }

  @Override
  public Outage outage() {
    return outage;
  }

  private Properties connectionProperties() {
    Properties properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeoutSeconds())));
    return properties;
  }

  @Override
  public WriteSession openSession() {
    return new PostgresWriteSession(this, settings.commitEvery(), settings.commitIntervalMillis());
  }

  /** A pooled connection (auto-commit off); closing it returns it to the pool. */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public DatabaseTarget target() {
    return target;
  }

  /**
   * Checks the schema over a connection of its own: an unreachable server then fails at once with
   * the driver's message, before the pool starts retrying in the background.
   */
  @Override
  public void initializeSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), connectionProperties())) {
      SchemaManager.ensure(connection, target.dialect(), target.displayName());
    }
    schemaReady = true;
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
    if (!schemaReady || unavailable || outage.isGone()) {
      pool.close();
      return;
    }
    try (Connection connection = pool.getConnection()) {
      SchemaManager.createMissingIndexes(connection, target.displayName());
    } catch (SQLException e) {
      LOG.error("building the indexes of {} failed (the next run tries again): {}", target.displayName(),
          e.getMessage());
    }
    pool.close();
  }
}
