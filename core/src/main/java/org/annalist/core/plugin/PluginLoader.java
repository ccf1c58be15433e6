package org.annalist.core.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.apache.uima.internal.util.UIMAClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads plugins from plugin folders. A plugin is a jar in the folder, or a sub-folder
 * {@code NAME/} holding a plugin jar and the jars it depends on. All of them share one class
 * loader whose parent is the host's: classes of the host (UIMA, uimaFIT, annalist-core, SLF4J,
 * Log4j, Jackson ...) always come from the host, so a plugin's own copy of them is ignored (and
 * warned about once).
 */
public final class PluginLoader {

  private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

  /** Libraries the host provides, each recognised by one of its classes. */
  static final Map<String, String> HOST_LIBRARIES = hostLibraries();

  private PluginLoader() {}

  /**
   * The plugins' class loader over every jar in {@code directories} (and in their sub-folders
   * one level down); the host's class loader when there is none.
   *
   * @throws PipelineConfigurationException naming the jar when a jar cannot be read
   */
  public static ClassLoader load(List<Path> directories, ClassLoader host) {
    List<Path> jars = jars(directories);
    if (jars.isEmpty()) {
      return host;
    }
    List<ConfigurationProblem> problems = new ArrayList<>();
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        warnAboutHostCopies(jar, file);
        urls.add(jar.toUri().toURL());
        LOG.debug("plugin jar {}", jar);
      } catch (MalformedURLException e) {
        problems.add(new ConfigurationProblem(jar.toString(), 0, "bad plugin path: " + e.getMessage()));
      } catch (IOException e) {
        problems.add(new ConfigurationProblem(jar.toString(), 0, "not a readable jar (" + e.getMessage()
            + "): rebuild it or remove it from the plugins folder"));
      }
    }
    if (!problems.isEmpty()) {
      throw new PipelineConfigurationException(problems);
    }
    // a UIMA class loader in front of the plugins' one: UIMA then binds plugin JCas classes with no wrapper of its own
    URLClassLoader plugins = new URLClassLoader("annalist-plugins", urls.toArray(URL[]::new), host);
    return new UIMAClassLoader(new URL[0], plugins);
  }

  /**
   * The folders to load plugins from: {@code explicit} when given (it must exist), else
   * {@code ./plugins} and {@code $ANNALIST_HOME/plugins} where they exist.
   *
   * @throws IllegalArgumentException when {@code explicit} is not a folder
   */
  public static List<Path> directories(Path explicit) {
    if (explicit != null) {
      if (!Files.isDirectory(explicit)) {
        throw new IllegalArgumentException("--plugins " + explicit + ": no such folder");
      }
      return List.of(explicit);
    }
    List<Path> dirs = new ArrayList<>();
    Path local = Path.of("plugins");
    if (Files.isDirectory(local)) {
      dirs.add(local);
    }
    String home = System.getenv("ANNALIST_HOME");
    if (home != null) {
      Path homePlugins = Path.of(home, "plugins");
      if (Files.isDirectory(homePlugins) && dirs.stream().noneMatch(d -> sameFile(d, homePlugins))) {
        dirs.add(homePlugins);
      }
    }
    return dirs;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Plugin jars: {@code DIR/*.jar} and {@code DIR/NAME/*.jar}, sorted by path. */
  public static List<Path> jars(List<Path> directories) {
    List<Path> jars = new ArrayList<>();
    for (Path dir : directories) {
      try (Stream<Path> entries = Files.list(dir)) {
        for (Path entry : entries.sorted().toList()) {
          if (isJar(entry)) {
            jars.add(entry);
          } else if (Files.isDirectory(entry) && !entry.getFileName().toString().startsWith(".")) {
            try (Stream<Path> inner = Files.list(entry)) {
              inner.filter(PluginLoader::isJar).sorted().forEach(jars::add);
            }
          }
        }
      } catch (IOException e) {
        throw new PipelineConfigurationException(new ConfigurationProblem(dir.toString(), 0,
            "cannot list the plugin folder: " + e.getMessage()));
      }
    }
    return jars;
  }

  private static boolean isJar(Path path) {
    return path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path);
  }

  private static void warnAboutHostCopies(Path jar, JarFile file) {
    List<String> copies = hostLibrariesIn(file);
    if (!copies.isEmpty()) {
      LOG.warn("{} bundles its own copy of {}, which the host provides; the host's copy is used. Remove it from the "
          + "plugin (Maven scope provided, or delete the jar from the plugin folder)", jar, String.join(", ", copies));
    }
  }

  /** The host libraries of which {@code jar} holds a copy. */
  static List<String> hostLibrariesIn(JarFile jar) {
    List<String> copies = new ArrayList<>();
    for (Map.Entry<String, String> library : HOST_LIBRARIES.entrySet()) {
      if (jar.getEntry(library.getValue()) != null) {
        copies.add(library.getKey());
      }
    }
    return copies;
  }

  private static Map<String, String> hostLibraries() {
    Map<String, String> libraries = new LinkedHashMap<>();
    libraries.put("annalist-core", "org/annalist/core/plugin/ComponentProvider.class");
    libraries.put("UIMA (uimaj-core)", "org/apache/uima/cas/CAS.class");
    libraries.put("uimaFIT (uimafit-core)", "org/apache/uima/fit/factory/AnalysisEngineFactory.class");
    libraries.put("SLF4J (slf4j-api)", "org/slf4j/LoggerFactory.class");
    libraries.put("Log4j 2 (log4j-api)", "org/apache/logging/log4j/LogManager.class");
    libraries.put("Log4j 2 (log4j-core)", "org/apache/logging/log4j/core/LoggerContext.class");
    libraries.put("Jackson (jackson-databind)", "com/fasterxml/jackson/databind/ObjectMapper.class");
    libraries.put("Jackson (jackson-core)", "com/fasterxml/jackson/core/JsonFactory.class");
    libraries.put("SnakeYAML", "org/yaml/snakeyaml/Yaml.class");
    libraries.put("picocli", "picocli/CommandLine.class");
    return libraries;
  }
}
