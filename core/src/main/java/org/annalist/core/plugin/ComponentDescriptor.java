package org.annalist.core.plugin;

import java.util.Objects;

/**
 * A component made known under a short name by a plugin.
 *
 * @param name short name used in pipeline YAML, e.g. {@code dates}
 * @param kind reader, annotator or consumer
 * @param type the uimaFIT component class
 * @param description one line shown by {@code annalist components}
 */
public record ComponentDescriptor(String name, ComponentKind kind, Class<?> type, String description) {

  public ComponentDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
  }

  public static ComponentDescriptor reader(String name, Class<?> type, String description) {
    return new ComponentDescriptor(name, ComponentKind.READER, type, description);
  }

  public static ComponentDescriptor annotator(String name, Class<?> type, String description) {
    return new ComponentDescriptor(name, ComponentKind.ANNOTATOR, type, description);
  }

  public static ComponentDescriptor consumer(String name, Class<?> type, String description) {
    return new ComponentDescriptor(name, ComponentKind.CONSUMER, type, description);
  }
}
