package org.annalist.quotes;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;
import org.annalist.quotes.eval.QuotesEvalCommand;

/** Adds {@code annalist eval quotes}. */
public class QuotesCommandProvider implements CommandProvider {

  @Override
  public List<Object> evalCommands() {
    return List.of(new QuotesEvalCommand());
  }
}
