package org.annalist.corpus;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;
import org.annalist.corpus.eval.DuplicatesEvalCommand;

/** Adds {@code annalist corpus} and {@code annalist eval duplicates}. */
public class CorpusCommandProvider implements CommandProvider {

  @Override
  public List<Object> topLevelCommands() {
    return List.of(new CorpusCommand());
  }

  @Override
  public List<Object> evalCommands() {
    return List.of(new DuplicatesEvalCommand());
  }
}
