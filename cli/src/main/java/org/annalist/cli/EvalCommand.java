package org.annalist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annalist eval}: container for the evaluation commands that plugins contribute. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score an annotator on a benchmark (subcommands come from the plugins; each takes --json).")
final class EvalCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    CommandLine commandLine = spec.commandLine();
    if (commandLine.getSubcommands().isEmpty()) {
      commandLine.getErr().println("No evaluation commands are installed.");
    }
    commandLine.usage(commandLine.getOut());
  }
}
