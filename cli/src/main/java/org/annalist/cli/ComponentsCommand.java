package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentParametersReader;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.plugin.LanguageSupport;
import org.annalist.core.plugin.ParameterInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist components}: every reader, annotator and consumer with its parameters. */
@Command(name = "components", mixinStandardHelpOptions = true,
    description = "List every reader, annotator and consumer with its parameters, types, defaults and description.")
final class ComponentsCommand implements Callable<Integer> {

  @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
  ComponentKind kind;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<ComponentDescriptor> components = ComponentRegistry.load().all().stream()
        .filter(c -> kind == null || c.kind() == kind).toList();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asMaps(components)));
    } else {
      printText(out, components);
    }
    out.flush();
    return 0;
  }

  private static void printText(PrintWriter out, List<ComponentDescriptor> components) {
    ComponentKind previous = null;
    for (ComponentDescriptor component : components) {
      if (component.kind() != previous) {
        out.println(component.kind().label().toUpperCase() + "S");
        previous = component.kind();
      }
      out.println("  " + component.name() + "  -  " + component.description());
      out.println("    class: " + component.type().getName());
      if (component.kind() == ComponentKind.ANNOTATOR) {
        out.println("    languages: " + LanguageSupport.of(component.type()));
      }
      for (ParameterInfo parameter : ComponentParametersReader.parameters(component.type()).values()) {
        StringBuilder line = new StringBuilder("    ").append(parameter.name()).append(" (").append(parameter.typeLabel());
        if (parameter.mandatory() && parameter.defaultValues().isEmpty()) {
          line.append(", required");
        }
        if (!parameter.defaultValues().isEmpty()) {
          line.append(", default ").append(String.join(",", parameter.defaultValues()));
        }
        line.append(")");
        if (!parameter.description().isEmpty()) {
          line.append(": ").append(parameter.description());
        }
        out.println(line);
      }
    }
  }

  private static List<Map<String, Object>> asMaps(List<ComponentDescriptor> components) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ComponentDescriptor component : components) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("name", component.name());
      map.put("kind", component.kind().label());
      map.put("class", component.type().getName());
      map.put("description", component.description());
      if (component.kind() == ComponentKind.ANNOTATOR) {
        LanguageSupport languages = LanguageSupport.of(component.type());
        map.put("languages", languages.isAny() ? List.of("any") : List.copyOf(languages.languages()));
      }
      List<Map<String, Object>> parameters = new ArrayList<>();
      for (ParameterInfo parameter : ComponentParametersReader.parameters(component.type()).values()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", parameter.name());
        p.put("type", parameter.typeLabel());
        p.put("mandatory", parameter.mandatory());
        p.put("default", parameter.defaultValues());
        p.put("description", parameter.description());
        parameters.add(p);
      }
      map.put("parameters", parameters);
      list.add(map);
    }
    return list;
  }
}
