package org.annalist.core.plugin;

import java.util.List;

/**
 * Service interface through which a plugin adds picocli commands to the {@code annalist} CLI.
 * Each returned object must be a {@code @picocli.CommandLine.Command}-annotated instance.
 * Register implementations in {@code META-INF/services/org.annalist.core.plugin.CommandProvider}.
 */
public interface CommandProvider {

  /** Commands added under {@code annalist eval}, e.g. {@code annalist eval dates}. */
  default List<Object> evalCommands() {
    return List.of();
  }

  /** Commands added at the top level, e.g. {@code annalist query}. */
  default List<Object> topLevelCommands() {
    return List.of();
  }
}
