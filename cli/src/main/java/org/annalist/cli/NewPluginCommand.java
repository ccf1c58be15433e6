package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist new-plugin NAME}: writes a plugin project from the plugin archetype's templates. */
@Command(name = "new-plugin", mixinStandardHelpOptions = true,
    description = {"Write a new plugin project (Maven): an annotator registered as NAME, its UIMA type system,"
        + " registration, a test with annalist-testkit and a README. It builds with `mvn package` as it is."})
final class NewPluginCommand implements Callable<Integer> {

  static final String DEFAULT_GROUP_ID = "org.example";
  static final String PROJECT_VERSION = "0.1.0-SNAPSHOT";

  @Parameters(paramLabel = "NAME",
      description = "Short name of the annotator, also the artifactId: lower-case letters, digits and dashes (e.g. acronyms).")
  String name;

  @Option(names = "--dir", paramLabel = "D", description = "Folder to write the project into (default: ./NAME). Must be new or empty.")
  Path dir;

  @Option(names = "--group-id", paramLabel = "G", defaultValue = DEFAULT_GROUP_ID,
      description = "Maven groupId (default: ${DEFAULT-VALUE}).")
  String groupId;

  @Option(names = "--package", paramLabel = "P", description = "Java package (default: GROUP-ID.NAME without dashes).")
  String packageName;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new UserInputException("new-plugin " + name + ": NAME must be lower-case letters and digits, words joined"
          + " by single dashes, starting with a letter (e.g. acronyms, place-types)");
    }
    if (!SourceVersion.isName(groupId)) {
      throw new UserInputException("--group-id " + groupId + ": not a valid groupId here (use dotted Java names, e.g. org.example)");
    }
    String javaPackage = packageName != null ? packageName : groupId + "." + name.replace("-", "");
    if (!SourceVersion.isName(javaPackage)) {
      throw new UserInputException("--package " + javaPackage + ": not a Java package name (e.g. org.example.acronyms)");
    }
    Path target = dir != null ? dir : Path.of(name);
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      throw new UserInputException(target + " already exists and is not empty; choose another folder with --dir");
    }

    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("groupId", groupId);
    properties.put("artifactId", name);
    properties.put("version", PROJECT_VERSION);
    properties.put("package", javaPackage);
    properties.put("packageInPathFormat", javaPackage.replace('.', '/'));
    properties.put("className", className(name));
    properties.put("componentName", name);
    List<Path> files = PluginTemplate.load().write(target, properties);

    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote plugin project '" + name + "' into " + target + ":");
    files.forEach(f -> out.println("  " + f));
    out.println();
    out.println("next:");
    out.println("  cd " + target + " && mvn package");
    out.println("  cp target/" + name + "-" + PROJECT_VERSION + ".jar <annalist>/plugins/     (or run annalist with --plugins DIR)");
    out.println("  annalist components --kind ANNOTATOR                  (lists '" + name + "')");
    out.println("The build needs annalist-bom, annalist-core and annalist-testkit in your Maven repository;"
        + " see docs/plugins.md.");
    out.flush();
    return 0;
  }

  /** {@code place-types} gives {@code PlaceTypes}. */
  static String className(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("-")) {
      out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return out.toString();
  }

  private static boolean isEmptyDirectory(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries.findAny().isEmpty();
    }
  }
}
