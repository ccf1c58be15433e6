package org.annalist.consumer.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection inside one transaction. */
@FunctionalInterface
public interface SqlWork {
  void run(Connection connection) throws SQLException;
}
