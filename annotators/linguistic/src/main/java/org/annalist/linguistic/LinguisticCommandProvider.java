package org.annalist.linguistic;

import java.util.List;
import org.annalist.core.plugin.CommandProvider;
import org.annalist.linguistic.eval.EvalPosCommand;
import org.annalist.linguistic.eval.EvalSegmentationCommand;

/** Adds {@code annalist eval segmentation} and {@code annalist eval pos}. */
public final class LinguisticCommandProvider implements CommandProvider {

  @Override
  public List<Object> evalCommands() {
    return List.of(new EvalSegmentationCommand(), new EvalPosCommand());
  }
}
