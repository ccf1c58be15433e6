package org.annalist.core.plugin;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Explains, in one line naming the jar, why a plugin class cannot be loaded, and what to do. */
public final class PluginErrors {

  private static final Pattern CLASS_VERSION = Pattern.compile("class file version (\\d+)");
  private static final int FIRST_CLASS_FILE_VERSION = 44;

  private PluginErrors() {}

  /** Where a class comes from: its jar or folder, or the host. */
  public static String origin(Class<?> type) {
    if (type.getClassLoader() == PluginErrors.class.getClassLoader()) {
      return "the host (built in)";
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null ? type.getClassLoader().getName() : path(source.getLocation());
  }

  /** The jar holding the class file of {@code className} in {@code loader}, or a placeholder. */
  public static String jarOf(String className, ClassLoader loader) {
    URL url = loader == null ? null : loader.getResource(className.replace('.', '/') + ".class");
    return url == null ? "(a plugin jar)" : path(url);
  }

  /** Turns the URL of a class, resource or jar into the path of its jar (or folder). */
  static String path(URL url) {
    String text = url.toString();
    if (text.startsWith("jar:")) {
      int bang = text.indexOf("!/");
      text = text.substring(4, bang < 0 ? text.length() : bang);
    }
    try {
      return Path.of(new URL(text).toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException | java.net.MalformedURLException e) {
      return text;
    }
  }

  /** The message for a class named {@code what} that failed with {@code error} while being loaded. */
  public static String explain(String what, Throwable error) {
    Throwable cause = rootLinkageError(error);
    if (cause instanceof UnsupportedClassVersionError version) {
      Matcher matcher = CLASS_VERSION.matcher(String.valueOf(version.getMessage()));
      String needs = matcher.find()
          ? "Java " + (Integer.parseInt(matcher.group(1)) - FIRST_CLASS_FILE_VERSION) : "a newer Java";
      return what + " was compiled for " + needs + " but this is Java " + Runtime.version().feature()
          + ": rebuild the plugin with <maven.compiler.release>" + Runtime.version().feature()
          + "</maven.compiler.release> (javac --release " + Runtime.version().feature() + ")";
    }
    if (cause instanceof NoClassDefFoundError missing) {
      String name = String.valueOf(missing.getMessage()).replace('/', '.');
      return what + " needs class " + name + ", which neither the plugin nor the host provides: put the jar holding it"
          + " (a dependency of the plugin) into the plugin's folder plugins/NAME/ beside the plugin jar";
    }
    if (cause instanceof LinkageError linkage) {
      return what + " cannot be loaded (" + linkage.getClass().getSimpleName() + ": " + linkage.getMessage()
          + "): rebuild the plugin against this version of annalist-core";
    }
    return what + " cannot be loaded: " + error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage().replace('\n', ' '));
  }

  private static Throwable rootLinkageError(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LinkageError) {
        return t;
      }
    }
    return error;
  }
}
