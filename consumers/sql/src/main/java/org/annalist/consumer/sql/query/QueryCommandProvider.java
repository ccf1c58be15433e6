package org.annalist.consumer.sql.query;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;

/** Adds {@code annalist query} to the command line. */
public class QueryCommandProvider implements CommandProvider {

  @Override
  public List<Object> topLevelCommands() {
    return List.of(new QueryCommand());
  }
}
