package org.annalist.geo.eval;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;

/** Adds {@code annalist eval geo}. */
public final class GeoEvalCommands implements CommandProvider {

  @Override
  public List<Object> evalCommands() {
    return List.of(new GeoEvalCommand());
  }
}
