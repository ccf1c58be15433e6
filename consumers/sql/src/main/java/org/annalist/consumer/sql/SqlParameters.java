package org.annalist.consumer.sql;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.plugin.ParameterChecker;

/** Checks the SQL consumer's target before a run starts: a folder, a .db file, or a supported JDBC URL. */
public final class SqlParameters implements ParameterChecker {

  @Override
  public Map<String, String> check(Map<String, Object> values) {
    Map<String, String> problems = new LinkedHashMap<>();
    Object target = values.get(SqlConsumer.PARAM_TARGET_LOCATION);
    if (target != null) {
      try {
        DatabaseTarget.resolve(String.valueOf(target));
      } catch (IllegalArgumentException e) {
        problems.put(SqlConsumer.PARAM_TARGET_LOCATION, e.getMessage());
      }
    }
    return problems;
  }
}
