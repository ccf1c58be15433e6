package org.annalist.dates;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;
import org.annalist.dates.eval.EvalDatesCommand;

/** Adds {@code annalist eval dates}. */
public final class DatesCommandProvider implements CommandProvider {

  @Override
  public List<Object> evalCommands() {
    return List.of(new EvalDatesCommand());
  }
}
