package org.annalist.consumer.sql.search;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;

/** Adds {@code annalist search} to the command line. */
public class SearchCommandProvider implements CommandProvider {

  @Override
  public List<Object> topLevelCommands() {
    return List.of(new SearchCommand());
  }
}
