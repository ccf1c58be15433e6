package org.annalist.boilerplate;

import java.util.List;
import org.annalist.boilerplate.eval.BoilerplateEvalCommand;
import org.annalist.core.plugin.CommandProvider;

/** Adds {@code annalist eval boilerplate}. */
public final class BoilerplateCommands implements CommandProvider {

  @Override
  public List<Object> evalCommands() {
    return List.of(new BoilerplateEvalCommand());
  }
}
