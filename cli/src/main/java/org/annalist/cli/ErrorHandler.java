package org.annalist.cli;

import java.io.PrintWriter;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.annalist.core.plugin.PluginLoadException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Prints configuration and usage errors as short messages with exit code 2. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  static final int CONFIGURATION_ERROR = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof PipelineConfigurationException configuration) {
      configuration.problems().forEach(problem -> err.println(problem));
      err.flush();
      return CONFIGURATION_ERROR;
    }
    if (e instanceof PluginLoadException plugin) {
      err.println(plugin.getMessage());
      err.flush();
      return CONFIGURATION_ERROR;
    }
    if (e instanceof UserInputException input) {
      err.println(commandLine.getCommandName() + ": " + input.getMessage());
      err.flush();
      return CONFIGURATION_ERROR;
    }
    err.println(commandLine.getCommandName() + ": " + e);
    e.printStackTrace(err);
    err.flush();
    return 3;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    }
    err.flush();
    return CONFIGURATION_ERROR;
  }
}
