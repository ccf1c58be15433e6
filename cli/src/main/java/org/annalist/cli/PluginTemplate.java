package org.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin project templates of the {@code annalist-plugin-archetype} jar, applied the way Maven's
 * archetype plugin applies them: the file sets of {@code META-INF/maven/archetype-metadata.xml}
 * (directory, includes, packaged, filtered), {@code __property__} in file names and
 * {@code ${property}} in filtered files. The templates use no other Velocity feature, so both ways
 * write the same project.
 */
final class PluginTemplate {

  private static final String TEMPLATES = "archetype-resources";
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.]*)}");

  private record FileSet(String directory, List<Pattern> includes, boolean packaged, boolean filtered) {

    boolean matches(String file) {
      if (!directory.isEmpty() && !file.startsWith(directory + "/")) {
        return false;
      }
      String rest = directory.isEmpty() ? file : file.substring(directory.length() + 1);
      return includes.stream().anyMatch(p -> p.matcher(rest).matches());
    }
  }

  private final Path root;
  private final List<FileSet> fileSets;
  private final List<String> requiredProperties;

  private PluginTemplate(Path root, List<FileSet> fileSets, List<String> requiredProperties) {
    this.root = root;
    this.fileSets = fileSets;
    this.requiredProperties = requiredProperties;
  }

  /** The templates on the class path (the archetype jar in lib/, or its classes folder in a build). */
  static PluginTemplate load() {
    URL pom = PluginTemplate.class.getClassLoader().getResource(TEMPLATES + "/pom.xml");
    if (pom == null) {
      throw new IllegalStateException("the plugin templates (annalist-plugin-archetype) are not on the class path");
    }
    try {
      URI uri = pom.toURI();
      Path root;
      if (uri.getScheme().equals("jar")) {
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          jar = FileSystems.getFileSystem(uri);
        }
        root = jar.getPath("/");
      } else {
        root = Path.of(uri).getParent().getParent();
      }
      Path metadata = root.resolve("META-INF/maven/archetype-metadata.xml");
      try (InputStream in = Files.newInputStream(metadata)) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(in);
        return new PluginTemplate(root, fileSets(document), requiredProperties(document));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plugin templates: " + e.getMessage(), e);
    } catch (URISyntaxException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IllegalStateException("cannot read the plugin templates: " + e.getMessage(), e);
    }
  }

  /** Writes the project into {@code target}; returns the files written, relative to it. */
  List<Path> write(Path target, Map<String, String> properties) throws IOException {
    for (String required : requiredProperties) {
      if (!properties.containsKey(required)) {
        throw new IllegalStateException("the plugin templates need the property '" + required + "'");
      }
    }
    Path templates = root.resolve(TEMPLATES);
    List<String> files;
    try (Stream<Path> walk = Files.walk(templates)) {
      files = walk.filter(Files::isRegularFile).map(p -> templates.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
    List<Path> written = new ArrayList<>();
    for (String file : files) {
      String output;
      boolean filtered;
      if (file.equals("pom.xml")) {
        output = file;
        filtered = true;
      } else {
        FileSet set = fileSets.stream().filter(s -> s.matches(file)).findFirst().orElse(null);
        if (set == null) {
          continue;
        }
        String rest = set.directory().isEmpty() ? file : file.substring(set.directory().length() + 1);
        String packagePath = set.packaged() ? properties.get("packageInPathFormat") + "/" : "";
        output = (set.directory().isEmpty() ? "" : set.directory() + "/") + packagePath + rest;
        filtered = set.filtered();
      }
      for (Map.Entry<String, String> property : properties.entrySet()) {
        output = output.replace("__" + property.getKey() + "__", property.getValue());
      }
      String content = Files.readString(templates.resolve(file), StandardCharsets.UTF_8);
      if (filtered) {
        content = substitute(content, properties);
      }
      Path destination = target.resolve(output);
      Files.createDirectories(destination.getParent());
      Files.writeString(destination, content, StandardCharsets.UTF_8);
      written.add(Path.of(output));
    }
    return written;
  }

  /** Replaces {@code ${name}} for the given properties; leaves other references (Maven's own) as they are. */
  static String substitute(String text, Map<String, String> properties) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = properties.get(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static List<FileSet> fileSets(Document document) {
    List<FileSet> sets = new ArrayList<>();
    NodeList nodes = document.getElementsByTagNameNS("*", "fileSet");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element set = (Element) nodes.item(i);
      List<Pattern> includes = new ArrayList<>();
      NodeList includeNodes = set.getElementsByTagNameNS("*", "include");
      for (int j = 0; j < includeNodes.getLength(); j++) {
        includes.add(antPattern(includeNodes.item(j).getTextContent().strip()));
      }
      sets.add(new FileSet(text(set, "directory"), includes,
          Boolean.parseBoolean(set.getAttribute("packaged")), Boolean.parseBoolean(set.getAttribute("filtered"))));
    }
    return sets;
  }

  private static List<String> requiredProperties(Document document) {
    List<String> keys = new ArrayList<>();
    NodeList nodes = document.getElementsByTagNameNS("*", "requiredProperty");
    for (int i = 0; i < nodes.getLength(); i++) {
      keys.add(((Element) nodes.item(i)).getAttribute("key"));
    }
    return keys;
  }

  private static String text(Element parent, String child) {
    NodeList nodes = parent.getElementsByTagNameNS("*", child);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  /** An Ant-style include pattern ({@code **}{@code /*.java}, {@code types/*.xml}) as a regular expression. */
  static Pattern antPattern(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (pattern.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (pattern.startsWith("**", i)) {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
