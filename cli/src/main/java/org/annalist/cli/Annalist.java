package org.annalist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.annalist.core.plugin.CommandProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code annalist} command. */
@Command(
    name = "annalist",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns documents into structured facts: dates, places, quotes.",
    subcommands = {RunCommand.class, ValidateCommand.class, ComponentsCommand.class, EvalCommand.class,
        NewPluginCommand.class})
public final class Annalist implements Runnable {

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "Folder of plugin jars to load (default: ./plugins and $ANNALIST_HOME/plugins when they exist).")
  Path pluginsDirectory;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 some documents failed, 2 usage or configuration). */
  public static int execute(String... args) {
    ClassLoader plugins;
    try {
      plugins = PluginLoader.create(PluginLoader.pluginDirectories(args));
    } catch (IllegalArgumentException e) {
      System.err.println("annalist: " + e.getMessage());
      return 2;
    }
    Thread.currentThread().setContextClassLoader(plugins);
    return commandLine(plugins).execute(args);
  }

  /** The command tree, including the commands plugins contribute. */
  public static CommandLine commandLine(ClassLoader plugins) {
    CommandLine commandLine = new CommandLine(new Annalist());
    CommandLine eval = commandLine.getSubcommands().get("eval");
    for (CommandProvider provider : ServiceLoader.load(CommandProvider.class, plugins)) {
      addAll(eval, provider.evalCommands());
      addAll(commandLine, provider.topLevelCommands());
    }
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(new ErrorHandler());
    return commandLine;
  }

  private static void addAll(CommandLine parent, List<Object> commands) {
    for (Object command : commands) {
      CommandLine child = new CommandLine(command);
      String name = child.getCommandName();
      if (!parent.getSubcommands().containsKey(name)) {
        parent.addSubcommand(name, child);
      }
    }
  }
}
