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
import java.util.ServiceLoader;
import java.util.Set;
import org.annalist.core.plugin.AfterRunStage;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.ComponentParametersReader;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.plugin.PluginLoadException;
import org.annalist.core.plugin.TypeDefinitionConflicts;
import org.annalist.core.plugin.ParameterChecker;
import org.annalist.core.plugin.ParameterInfo;

/**
 * Checks a whole pipeline before any document is read: components exist, parameters exist and
 * have the right type (booleans are true or false), mandatory parameters are given, input paths
 * are readable, output folders writable, and each component's own {@link ParameterChecker} agrees. Reports every
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
    if (spec.corpus() != null) {
      checkStageSection("corpus", spec.corpus(), consumers);
    }
    if (registry.classLoader() != PipelineValidator.class.getClassLoader()) {
      problems.addAll(TypeDefinitionConflicts.find(registry.classLoader()));
    }
    if (!problems.isEmpty()) {
      throw new PipelineConfigurationException(problems);
    }
    return new ValidatedPipeline(spec, reader, annotators, consumers, settings, registry.classLoader());
  }

  /** A stage section needs an installed stage, which checks its settings. */
  private void checkStageSection(String name, SectionSpec section, List<ResolvedStep> consumers) {
    AfterRunStage stage = afterRunStage(registry.classLoader(), name);
    if (stage == null) {
      problem(section.line(), "the '" + name + ":' section needs the annalist-" + name + " module, which is not"
          + " installed (put its jar in the distribution's lib/ or plugins/ folder, or remove the section)");
      return;
    }
    problems.addAll(stage.check(source, section, consumers));
  }

  /** The installed stage of a pipeline section, or null. */
  public static AfterRunStage afterRunStage(ClassLoader classLoader, String section) {
    for (AfterRunStage stage : ServiceLoader.load(AfterRunStage.class, classLoader)) {
      if (stage.section().equals(section)) {
        return stage;
      }
    }
    return null;
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
        if (step.kind() == ComponentKind.CONSUMER && name.equals(ComponentParameters.TARGET_LOCATION)) {
          checkWritable(String.valueOf(value));
        }
        values.put(name, value);
      } catch (IllegalArgumentException e) {
        problem(located.line(), "parameter '" + name + "' of " + step.kind().label() + " '" + step.id() + "': "
            + e.getMessage());
      }
    }
    runChecker(step, descriptor, values);
    for (ParameterInfo parameter : declared.values()) {
      if (parameter.mandatory() && parameter.defaultValues().isEmpty() && !step.params().containsKey(parameter.name())) {
        problem(step.line(), step.kind().label() + " '" + step.id() + "' needs parameter '" + parameter.name()
            + "' (" + parameter.typeLabel() + (parameter.description().isEmpty() ? "" : ": " + parameter.description())
            + ")");
      }
    }
    return new ResolvedStep(step, descriptor, values);
  }

  /** The component's own {@link ParameterChecker}, when it names one. */
  private void runChecker(StepSpec step, ComponentDescriptor descriptor, Map<String, Object> values) {
    ParameterChecker.CheckedBy checkedBy = descriptor.type().getAnnotation(ParameterChecker.CheckedBy.class);
    if (checkedBy == null) {
      return;
    }
    Map<String, String> found;
    try {
      found = checkedBy.value().getConstructor().newInstance().check(Map.copyOf(values));
    } catch (ReflectiveOperationException | RuntimeException e) {
      problem(step.line(), step.kind().label() + " '" + step.id() + "': its parameter check failed: " + e);
      return;
    }
    found.forEach((name, message) -> {
      Located located = step.params().get(name);
      problem(located == null ? step.line() : located.line(),
          "parameter '" + name + "' of " + step.kind().label() + " '" + step.id() + "': " + message);
    });
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
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("expected true or false, found '" + text + "'"
            + (Set.of("yes", "no", "on", "off", "y", "n").contains(trimmed.toLowerCase(Locale.ROOT))
                ? " (write true or false: yes/no/on/off are not taken as booleans)" : ""));
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
        resolved = Path.of(globBase(path));
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

  /**
   * For a glob such as {@code crawl/**}{@code /*.warc.gz}, the folder before its first wildcard, which must
   * exist; any other path is returned as it is.
   */
  static String globBase(String path) {
    int wildcard = -1;
    for (int i = 0; i < path.length(); i++) {
      if ("*?[{".indexOf(path.charAt(i)) >= 0) {
        wildcard = i;
        break;
      }
    }
    if (wildcard < 0) {
      return path;
    }
    int slash = path.lastIndexOf('/', wildcard);
    return slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
  }

  /** An output folder (not a URL) must be a folder, or creatable in a writable one. */
  private static void checkWritable(String location) {
    if (location.isBlank() || location.contains("://") || location.startsWith("jdbc:")) {
      return;
    }
    Path path;
    try {
      path = Path.of(location).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + location + "' is not a valid path");
    }
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      if (existing.equals(path) && isFileTarget(path)) {
        existing = path.getParent();
      } else {
        throw new IllegalArgumentException("cannot write to '" + location + "': " + existing + " is a file, not a folder");
      }
    }
    if (!Files.isWritable(existing)) {
      throw new IllegalArgumentException("cannot write to '" + location + "': the folder " + existing
          + " is not writable");
    }
  }

  private static boolean isFileTarget(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlite3") || name.endsWith(".jsonl");
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
