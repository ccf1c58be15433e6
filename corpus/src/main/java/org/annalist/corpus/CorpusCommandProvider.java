package org.annalist.corpus;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;
import org.annalist.corpus.eval.DuplicatesEvalCommand;
import org.annalist.corpus.eval.StoriesEvalCommand;

/** Adds {@code annalist corpus}, {@code annalist eval duplicates} and {@code annalist eval stories}. */
public class CorpusCommandProvider implements CommandProvider {

  @Override
  public List<Object> topLevelCommands() {
    return List.of(new CorpusCommand());
  }

  @Override
  public List<Object> evalCommands() {
    return List.of(new DuplicatesEvalCommand(), new StoriesEvalCommand());
  }
}
