package org.annalist.cli;

import java.nio.file.Path;
import java.util.List;

/** Finds the plugin folders a command line names (or the default ones) and loads their plugins. */
final class PluginLoader {

  private PluginLoader() {}

  /**
   * The folders to load plugins from: the one named by {@code --plugins DIR} (which must exist),
   * else {@code ./plugins} and {@code $ANNALIST_HOME/plugins} where they exist.
   */
  static List<Path> pluginDirectories(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--plugins") && i + 1 < args.length) {
        return org.annalist.core.plugin.PluginLoader.directories(Path.of(args[i + 1]));
      } else if (args[i].startsWith("--plugins=")) {
        return org.annalist.core.plugin.PluginLoader.directories(Path.of(args[i].substring("--plugins=".length())));
      }
    }
    return org.annalist.core.plugin.PluginLoader.directories(null);
  }

  /**
   * The plugins' class loader (see {@link org.annalist.core.plugin.PluginLoader}).
   *
   * @throws org.annalist.core.pipeline.PipelineConfigurationException when a plugin jar cannot be read
   */
  static ClassLoader create(List<Path> directories) {
    return org.annalist.core.plugin.PluginLoader.load(directories, Annalist.class.getClassLoader());
  }
}
