package org.annalist.core.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.collection.CollectionReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every component known to this JVM: those plugins register under short names through
 * {@link ComponentProvider}, and any UIMA component named by its fully qualified class name.
 */
public final class ComponentRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(ComponentRegistry.class);

  private final ClassLoader classLoader;
  private final Map<String, ComponentDescriptor> byName = new LinkedHashMap<>();

  private ComponentRegistry(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** Loads every {@link ComponentProvider} visible to the class loader. */
  public static ComponentRegistry load(ClassLoader classLoader) {
    ComponentRegistry registry = new ComponentRegistry(classLoader);
    for (ComponentProvider provider : ServiceLoader.load(ComponentProvider.class, classLoader)) {
      for (ComponentDescriptor descriptor : provider.components()) {
        registry.register(descriptor);
      }
    }
    return registry;
  }

  public static ComponentRegistry load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** The class loader components are looked up in (the plugins' one, with the host's as parent). */
  public ClassLoader classLoader() {
    return classLoader;
  }

  public void register(ComponentDescriptor descriptor) {
    String key = key(descriptor.kind(), descriptor.name());
    ComponentDescriptor previous = byName.putIfAbsent(key, descriptor);
    if (previous != null && previous.type() != descriptor.type()) {
      LOG.warn("{} '{}' is registered twice ({} and {}); keeping the first",
          descriptor.kind().label(), descriptor.name(), previous.type().getName(), descriptor.type().getName());
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
    try {
      Class<?> type = Class.forName(nameOrClass, false, classLoader);
      Class<?> expected = kind == ComponentKind.READER ? CollectionReader.class : AnalysisComponent.class;
      if (!expected.isAssignableFrom(type)) {
        return Optional.empty();
      }
      return Optional.of(new ComponentDescriptor(nameOrClass, kind, type, ""));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  private static String key(ComponentKind kind, String name) {
    return kind.name() + ':' + name;
  }
}
