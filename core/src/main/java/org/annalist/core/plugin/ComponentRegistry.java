package org.annalist.core.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.collection.CollectionReader;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.PipelineConfigurationException;

/**
 * Every component known to this JVM: those plugins register under short names through
 * {@link ComponentProvider}, and any UIMA component named by its fully qualified class name.
 */
public final class ComponentRegistry {

  private static final String SERVICE_FILE = "META-INF/services/" + ComponentProvider.class.getName();

  private final ClassLoader classLoader;
  private final Map<String, ComponentDescriptor> byName = new LinkedHashMap<>();

  private ComponentRegistry(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * Loads every {@link ComponentProvider} visible to the class loader (listed in
   * {@code META-INF/services/org.annalist.core.plugin.ComponentProvider}).
   *
   * @throws PipelineConfigurationException naming the jar when a provider or one of its components
   *     cannot be loaded, or when two different components claim the same short name
   */
  public static ComponentRegistry load(ClassLoader classLoader) {
    ComponentRegistry registry = new ComponentRegistry(classLoader);
    List<ConfigurationProblem> problems = new ArrayList<>();
    for (Map.Entry<String, String> provider : providerClasses(classLoader, problems).entrySet()) {
      String jar = provider.getValue();
      try {
        Class<?> type = Class.forName(provider.getKey(), true, classLoader);
        ComponentProvider instance = (ComponentProvider) type.getDeclaredConstructor().newInstance();
        for (ComponentDescriptor descriptor : instance.components()) {
          ComponentParametersReader.parameters(descriptor.type());
          registry.register(descriptor, problems);
        }
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        Throwable cause = e instanceof java.lang.reflect.InvocationTargetException target ? target.getCause() : e;
        problems.add(new ConfigurationProblem(jar, 0,
            PluginErrors.explain("component provider " + provider.getKey(), cause)));
      }
    }
    if (!problems.isEmpty()) {
      throw new PipelineConfigurationException(problems);
    }
    return registry;
  }

  /** Provider class names in service-file order, each with the jar whose service file names it. */
  private static Map<String, String> providerClasses(ClassLoader classLoader, List<ConfigurationProblem> problems) {
    Map<String, String> classes = new LinkedHashMap<>();
    try {
      Enumeration<URL> files = classLoader.getResources(SERVICE_FILE);
      while (files.hasMoreElements()) {
        URL file = files.nextElement();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!name.isEmpty()) {
              classes.putIfAbsent(name, PluginErrors.path(file));
            }
          }
        } catch (IOException e) {
          problems.add(new ConfigurationProblem(PluginErrors.path(file), 0,
              "cannot read " + SERVICE_FILE + " (" + e.getMessage() + "): rebuild the jar or remove it"));
        }
      }
    } catch (IOException e) {
      problems.add(new ConfigurationProblem(SERVICE_FILE, 0, "cannot list component providers: " + e.getMessage()));
    }
    return classes;
  }

  public static ComponentRegistry load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** The class loader components are looked up in (the plugins' one, with the host's as parent). */
  public ClassLoader classLoader() {
    return classLoader;
  }

  private void register(ComponentDescriptor descriptor, List<ConfigurationProblem> problems) {
    String key = key(descriptor.kind(), descriptor.name());
    ComponentDescriptor previous = byName.putIfAbsent(key, descriptor);
    if (previous != null && previous.type() != descriptor.type()) {
      problems.add(new ConfigurationProblem(PluginErrors.origin(descriptor.type()), 0,
          descriptor.kind().label() + " '" + descriptor.name() + "' is registered twice: by "
              + PluginErrors.origin(previous.type()) + " (" + previous.type().getName() + ") and by this jar ("
              + descriptor.type().getName() + "): remove one of the two plugins from the plugins folder"));
    }
  }

  /** All registered components, sorted by kind then name. */
  public List<ComponentDescriptor> all() {
    List<ComponentDescriptor> all = new ArrayList<>(byName.values());
    all.sort(Comparator.comparing(ComponentDescriptor::kind).thenComparing(ComponentDescriptor::name));
    return all;
  }

  public Collection<String> names(ComponentKind kind) {
    return all().stream().filter(d -> d.kind() == kind).map(ComponentDescriptor::name).toList();
  }

  /**
   * Finds a component by short name, or by fully qualified class name of any UIMA reader (for
   * {@link ComponentKind#READER}) or analysis component (annotators and consumers).
   */
  public Optional<ComponentDescriptor> find(ComponentKind kind, String nameOrClass) {
    ComponentDescriptor registered = byName.get(key(kind, nameOrClass));
    if (registered != null) {
      return Optional.of(registered);
    }
    if (!nameOrClass.contains(".")) {
      return Optional.empty();
    }
    Class<?> type;
    try {
      type = Class.forName(nameOrClass, false, classLoader);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (LinkageError e) {
      throw new PluginLoadException(PluginErrors.jarOf(nameOrClass, classLoader) + ": "
          + PluginErrors.explain(kind.label() + " " + nameOrClass, e));
    }
    Class<?> expected = kind == ComponentKind.READER ? CollectionReader.class : AnalysisComponent.class;
    try {
      if (!expected.isAssignableFrom(type)) {
        return Optional.empty();
      }
      ComponentParametersReader.parameters(type);
    } catch (LinkageError e) {
      throw new PluginLoadException(PluginErrors.origin(type) + ": "
          + PluginErrors.explain(kind.label() + " " + nameOrClass, e));
    }
    return Optional.of(new ComponentDescriptor(nameOrClass, kind, type, ""));
  }

  private static String key(ComponentKind kind, String name) {
    return kind.name() + ':' + name;
  }
}
