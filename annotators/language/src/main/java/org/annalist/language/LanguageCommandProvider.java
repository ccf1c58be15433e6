package org.annalist.language;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;
import org.annalist.language.eval.LanguageEvalCommand;

/** Adds {@code annalist eval language}. */
public class LanguageCommandProvider implements CommandProvider {

  @Override
  public List<Object> evalCommands() {
    return List.of(new LanguageEvalCommand());
  }
}
