package org.annalist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.annalist.core.plugin.PluginErrors;
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
    subcommands = {RunCommand.class, ValidateCommand.class, ComponentsCommand.class, TypesCommand.class,
        EvalCommand.class, NewPluginCommand.class})
public final class Annalist implements Runnable {

  @Option(names = "--plugins", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Folder of plugins to load: jars, or folders NAME/ holding a jar and its dependencies "
          + "(default: ./plugins and $ANNALIST_HOME/plugins when they exist). Accepted before or after the command.")
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
    } catch (PipelineConfigurationException e) {
      e.problems().forEach(System.err::println);
      return 2;
    }
    Thread.currentThread().setContextClassLoader(plugins);
    CommandLine commandLine;
    try {
      commandLine = commandLine(plugins);
    } catch (PipelineConfigurationException e) {
      e.problems().forEach(System.err::println);
      return 2;
    }
    return commandLine.execute(args);
  }

  /** The command tree, including the commands plugins contribute. */
  public static CommandLine commandLine(ClassLoader plugins) {
    CommandLine commandLine = new CommandLine(new Annalist());
    CommandLine eval = commandLine.getSubcommands().get("eval");
    Iterator<CommandProvider> providers = ServiceLoader.load(CommandProvider.class, plugins).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        CommandProvider provider = providers.next();
        addAll(eval, provider.evalCommands());
        addAll(commandLine, provider.topLevelCommands());
      } catch (ServiceConfigurationError | LinkageError e) {
        throw new PipelineConfigurationException(new ConfigurationProblem(CommandProvider.class.getName(), 0,
            PluginErrors.explain("a command provider", e)));
      }
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
