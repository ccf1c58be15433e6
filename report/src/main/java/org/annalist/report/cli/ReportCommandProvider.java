package org.annalist.report.cli;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;

/** Adds {@code annalist report} to the command line. */
public class ReportCommandProvider implements CommandProvider {

  @Override
  public List<Object> topLevelCommands() {
    return List.of(new ReportCommand());
  }
}
