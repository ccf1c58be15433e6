package org.annalist.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.pipeline.PipelineConfigurationException;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
final class CliRunner {

  record Result(int exitCode, String out, String err) {}

  private CliRunner() {}

  static Result run(String... args) {
    return run(Annalist.class.getClassLoader(), args);
  }

  static Result runWithPlugins(Path pluginDirectory, String... args) {
    List<String> all = new ArrayList<>(List.of("--plugins", pluginDirectory.toString()));
    all.addAll(List.of(args));
    return execute(all.toArray(String[]::new));
  }

  /** As {@link Annalist#execute}: loads the plugins the arguments name (anywhere in them), then runs. */
  static Result execute(String... argv) {
    ClassLoader loader;
    try {
      loader = PluginLoader.create(PluginLoader.pluginDirectories(argv));
    } catch (PipelineConfigurationException e) {
      return new Result(2, "", String.join("\n", e.problems().stream().map(Object::toString).toList()) + "\n");
    }
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      return run(loader, argv);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static Result run(ClassLoader loader, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Annalist.commandLine(loader);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
