package org.annalist.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads plugin jars from plugin folders into a class loader above the application's. */
final class PluginLoader {

  private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

  private PluginLoader() {}

  /**
   * The folders to load plugins from: the one named by {@code --plugins DIR} (which must exist),
   * else {@code ./plugins} and {@code $ANNALIST_HOME/plugins} where they exist.
   */
  static List<Path> pluginDirectories(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--plugins") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--plugins=")) {
        value = args[i].substring("--plugins=".length());
      }
      if (value != null) {
        Path dir = Path.of(value);
        if (!Files.isDirectory(dir)) {
          throw new IllegalArgumentException("--plugins " + value + ": no such folder");
        }
        return List.of(dir);
      }
    }
    List<Path> dirs = new ArrayList<>();
    Path local = Path.of("plugins");
    if (Files.isDirectory(local)) {
      dirs.add(local);
    }
    String home = System.getenv("ANNALIST_HOME");
    if (home != null) {
      Path homePlugins = Path.of(home, "plugins");
      if (Files.isDirectory(homePlugins) && !dirs.stream().anyMatch(d -> sameFile(d, homePlugins))) {
        dirs.add(homePlugins);
      }
    }
    return dirs;
  }

  static ClassLoader create(List<Path> directories) {
    List<URL> jars = new ArrayList<>();
    for (Path dir : directories) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          jars.add(jar.toUri().toURL());
          LOG.info("plugin jar {}", jar);
        }
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("bad plugin path in " + dir + ": " + e.getMessage());
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot list plugin folder " + dir + ": " + e.getMessage());
      }
    }
    ClassLoader parent = Annalist.class.getClassLoader();
    return jars.isEmpty() ? parent : new URLClassLoader("annalist-plugins", jars.toArray(URL[]::new), parent);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
