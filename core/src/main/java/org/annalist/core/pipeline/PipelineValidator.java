package org.annalist.core.pipeline;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentParametersReader;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.plugin.PluginLoadException;
import org.annalist.core.plugin.TypeDefinitionConflicts;
import org.annalist.core.plugin.ParameterInfo;

/**
 * Checks a whole pipeline before any document is read: components exist, parameters exist and
 * have the right type, mandatory parameters are given, input paths are readable. Reports every
 * problem at once, each with file and line.
 */
public final class PipelineValidator {

  private final ComponentRegistry registry;
  private final List<ConfigurationProblem> problems = new ArrayList<>();
  private String source;

  public PipelineValidator(ComponentRegistry registry) {
    this.registry = registry;
  }

  public ValidatedPipeline validate(PipelineSpec spec) {
    problems.clear();
    source = spec.source();
    ResolvedStep reader = resolve(spec.reader());
    List<ResolvedStep> annotators = resolveAll(spec.annotators());
    List<ResolvedStep> consumers = resolveAll(spec.consumers());
    checkUniqueIds(spec.annotators());
    checkUniqueIds(spec.consumers());
    ValidatedPipeline.RunSettings settings = runSettings(spec.run());
    if (registry.classLoader() != PipelineValidator.class.getClassLoader()) {
      problems.addAll(TypeDefinitionConflicts.find(registry.classLoader()));
    }
    if (!problems.isEmpty()) {
      throw new PipelineConfigurationException(problems);
    }
    return new ValidatedPipeline(spec, reader, annotators, consumers, settings, registry.classLoader());
  }

  private List<ResolvedStep> resolveAll(List<StepSpec> steps) {
    List<ResolvedStep> resolved = new ArrayList<>();
    for (StepSpec step : steps) {
      ResolvedStep r = resolve(step);
      if (r != null) {
        resolved.add(r);
      }
    }
    return resolved;
  }

  private void checkUniqueIds(List<StepSpec> steps) {
    Map<String, StepSpec> seen = new LinkedHashMap<>();
    for (StepSpec step : steps) {
      StepSpec earlier = seen.putIfAbsent(step.id(), step);
      if (earlier != null) {
        problem(step.line(), step.kind().label() + " '" + step.id() + "' appears twice (also on line "
            + earlier.line() + "); give one of them a distinct 'name:'");
      }
    }
  }

  private ResolvedStep resolve(StepSpec step) {
    Optional<ComponentDescriptor> found;
    try {
      found = registry.find(step.kind(), step.component());
    } catch (PluginLoadException e) {
      problem(step.line(), e.getMessage());
      return null;
    }
    if (found.isEmpty()) {
      problem(step.line(), unknownComponent(step));
      return null;
    }
    ComponentDescriptor descriptor = found.get();
    Map<String, ParameterInfo> declared = ComponentParametersReader.parameters(descriptor.type());
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Located> entry : step.params().entrySet()) {
      String name = entry.getKey();
      Located located = entry.getValue();
      ParameterInfo parameter = declared.get(name);
      if (parameter == null) {
        problem(located.line(), step.kind().label() + " '" + step.id() + "' has no parameter '" + name + "'"
            + Suggestions.didYouMean(name, declared.keySet())
            + (declared.isEmpty() ? "; it takes no parameters" : "; its parameters are " + declared.keySet()));
        continue;
      }
      try {
        Object value = convert(parameter, located.value());
        checkPath(parameter, value);
        values.put(name, value);
      } catch (IllegalArgumentException e) {
        problem(located.line(), "parameter '" + name + "' of " + step.kind().label() + " '" + step.id() + "': "
            + e.getMessage());
      }
    }
    for (ParameterInfo parameter : declared.values()) {
      if (parameter.mandatory() && parameter.defaultValues().isEmpty() && !step.params().containsKey(parameter.name())) {
        problem(step.line(), step.kind().label() + " '" + step.id() + "' needs parameter '" + parameter.name()
            + "' (" + parameter.typeLabel() + (parameter.description().isEmpty() ? "" : ": " + parameter.description())
            + ")");
      }
    }
    return new ResolvedStep(step, descriptor, values);
  }

  private String unknownComponent(StepSpec step) {
    List<String> known = new ArrayList<>(registry.names(step.kind()));
    String hint = Suggestions.didYouMean(step.component(), known);
    String message = "unknown " + step.kind().label() + " '" + step.component() + "'" + hint;
    if (step.component().contains(".")) {
      return message + "; no such UIMA " + (step.kind() == ComponentKind.READER ? "collection reader" : "analysis component")
          + " class on the class path (is its jar in plugins/?)";
    }
    return message + "; known " + step.kind().label() + "s: " + known
        + " (or give a fully qualified UIMA class name; see 'annalist components')";
  }

  private static Object convert(ParameterInfo parameter, Object raw) {
    Class<?> type = parameter.javaType();
    boolean multi = parameter.multiValued();
    List<String> items;
    if (raw instanceof List<?> list) {
      if (!multi) {
        throw new IllegalArgumentException("expected one " + parameter.typeLabel() + ", found a list");
      }
      items = list.stream().map(String::valueOf).toList();
    } else if (multi) {
      String text = String.valueOf(raw);
      items = text.isBlank() ? List.of() : List.of(text.split("\\s*,\\s*"));
    } else {
      return convertOne(type, String.valueOf(raw), parameter);
    }
    Class<?> element = type.isArray() ? type.getComponentType() : String.class;
    Class<?> boxed = box(element);
    Object array = Array.newInstance(boxed == Object.class ? String.class : boxed, items.size());
    for (int i = 0; i < items.size(); i++) {
      Array.set(array, i, convertOne(element, items.get(i), parameter));
    }
    return array;
  }

  private static Object convertOne(Class<?> type, String text, ParameterInfo parameter) {
    String trimmed = text.trim();
    try {
      if (type == int.class || type == Integer.class) {
        return Integer.valueOf(trimmed);
      }
      if (type == long.class || type == Long.class) {
        return Long.valueOf(trimmed);
      }
      if (type == float.class || type == Float.class) {
        return Float.valueOf(trimmed);
      }
      if (type == double.class || type == Double.class) {
        return Double.valueOf(trimmed);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected " + parameter.typeLabel().replace("[]", "") + ", found '" + text + "'");
    }
    if (type == boolean.class || type == Boolean.class) {
      return switch (trimmed.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> Boolean.TRUE;
        case "false", "no", "off" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("expected true or false, found '" + text + "'");
      };
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equalsIgnoreCase(trimmed)) {
          return ((Enum<?>) constant).name();
        }
      }
      throw new IllegalArgumentException("expected " + parameter.typeLabel() + ", found '" + text + "'");
    }
    return text;
  }

  private static Class<?> box(Class<?> type) {
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type.isEnum() || !(Number.class.isAssignableFrom(type) || type == Boolean.class)) {
      return String.class;
    }
    return type;
  }

  private static void checkPath(ParameterInfo parameter, Object value) {
    if (!parameter.inputPath()) {
      return;
    }
    List<String> paths = value instanceof String[] array ? List.of(array) : List.of(String.valueOf(value));
    for (String path : paths) {
      if (path.isBlank() || path.contains("://") || path.startsWith("jdbc:")) {
        continue;
      }
      Path resolved;
      try {
        resolved = Path.of(path);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("'" + path + "' is not a valid path");
      }
      if (!Files.exists(resolved)) {
        throw new IllegalArgumentException("'" + path + "' does not exist (looked in "
            + resolved.toAbsolutePath().normalize() + ")");
      }
      if (!Files.isReadable(resolved)) {
        throw new IllegalArgumentException("'" + path + "' is not readable");
      }
    }
  }

  private ValidatedPipeline.RunSettings runSettings(Map<String, Located> run) {
    if (run.isEmpty()) {
      return ValidatedPipeline.RunSettings.empty();
    }
    return new ValidatedPipeline.RunSettings(
        positive(run.get("threads"), "threads"),
        positive(run.get("timeoutSeconds"), "timeoutSeconds"),
        bool(run.get("failFast"), "failFast"),
        run.containsKey("output") ? String.valueOf(run.get("output").value()) : null,
        bool(run.get("resume"), "resume"),
        positive(run.get("queueSize"), "queueSize"),
        positive(run.get("checkpointEvery"), "checkpointEvery"),
        positive(run.get("checkpointSeconds"), "checkpointSeconds"));
  }

  private Integer positive(Located located, String name) {
    if (located == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(String.valueOf(located.value()).trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(located.line(), "run setting '" + name + "': expected a whole number above 0, found '" + located.value() + "'");
    return null;
  }

  private Boolean bool(Located located, String name) {
    if (located == null) {
      return null;
    }
    String text = String.valueOf(located.value()).trim().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    problem(located.line(), "run setting '" + name + "': expected true or false, found '" + located.value() + "'");
    return null;
  }

  /** Values given on the command line carry line 0; say so, since the file is not where to look. */
  private void problem(int line, String message) {
    problems.add(new ConfigurationProblem(source, line, line > 0 ? message : message + " (value given on the command line)"));
  }
}
