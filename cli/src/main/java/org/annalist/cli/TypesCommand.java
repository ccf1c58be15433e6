package org.annalist.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.core.cas.TypeSystemExport;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.plugin.TypeDefinitionConflicts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist types}: the merged type system of the host and the plugins, as TypeSystem.xml. */
@Command(name = "types", mixinStandardHelpOptions = true,
    description = {"Print the merged UIMA type system (built-in and plugin types) as a type system descriptor,",
        "the TypeSystem.xml that every XMI output folder gets."})
final class TypesCommand implements Callable<Integer> {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ClassLoader classLoader = ComponentRegistry.load().classLoader();
    List<ConfigurationProblem> conflicts = TypeDefinitionConflicts.find(classLoader);
    if (!conflicts.isEmpty()) {
      throw new PipelineConfigurationException(conflicts);
    }
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    TypeSystemExport.write(TypeSystemExport.merged(classLoader), xml);
    if (output == null) {
      spec.commandLine().getOut().print(xml.toString(StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    } else {
      try {
        if (output.toAbsolutePath().getParent() != null) {
          Files.createDirectories(output.toAbsolutePath().getParent());
        }
        Files.write(output, xml.toByteArray());
      } catch (IOException e) {
        throw new UserInputException("cannot write " + output + ": " + e.getMessage());
      }
    }
    return 0;
  }
}
