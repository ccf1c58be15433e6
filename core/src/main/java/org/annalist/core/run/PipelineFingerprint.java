package org.annalist.core.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineAssembler.EngineStep;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.ComponentParametersReader;
import org.annalist.core.plugin.ParameterInfo;
import org.apache.uima.resource.metadata.NameValuePair;
import org.apache.uima.resource.metadata.ResourceMetaData;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.collection.CollectionReaderDescription;

/**
 * What produced a run's results: every component (reader, annotators, consumers) with its class,
 * the version of the jar it came from and its parameter values, and Annalist's own version. It is
 * stored in {@code .annalist/pipeline.json} beside the completion ledger, so that a resumed run can
 * tell when it would mix results of two different pipelines. The reader's {@code sourceLocation}
 * and other input paths are left out: documents are recognised by id and content, wherever they
 * are read from.
 *
 * @param annalistVersion version of Annalist's core
 * @param components one entry per component, in pipeline order
 */
public record PipelineFingerprint(String annalistVersion, List<Component> components) {

  static final String FILE_NAME = "pipeline.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One component.
   *
   * @param id its step name (reader for the reader)
   * @param implementation its class
   * @param version the version of the jar holding the class
   * @param parameters parameter values as text, sorted by name
   */
  public record Component(String id, String implementation, String version, Map<String, String> parameters) {}

  public static PipelineFingerprint of(AssembledPipeline pipeline) {
    List<Component> components = new ArrayList<>();
    CollectionReaderDescription reader = pipeline.reader();
    components.add(component("reader", reader.getImplementationName(), reader.getMetaData(), true));
    for (EngineStep step : pipeline.engines()) {
      AnalysisEngineDescription description = step.description();
      components.add(component(step.id(), description.getAnnotatorImplementationName(), description.getMetaData(),
          false));
    }
    return new PipelineFingerprint(versionOf(PipelineFingerprint.class), components);
  }

  private static Component component(String id, String implementation, ResourceMetaData metadata, boolean reader) {
    Class<?> type = load(implementation);
    Set<String> inputs = new HashSet<>(Set.of(ComponentParameters.SOURCE_LOCATION));
    if (reader && type != null) {
      ComponentParametersReader.parameters(type).values().stream()
          .filter(ParameterInfo::inputPath).map(ParameterInfo::name).forEach(inputs::add);
    }
    Map<String, String> parameters = new TreeMap<>();
    if (metadata != null && metadata.getConfigurationParameterSettings() != null) {
      for (NameValuePair pair : metadata.getConfigurationParameterSettings().getParameterSettings()) {
        if (reader && inputs.contains(pair.getName())) {
          continue;
        }
        parameters.put(pair.getName(), text(pair.getValue()));
      }
    }
    return new Component(id, implementation, versionOf(type), parameters);
  }

  private static String text(Object value) {
    if (value instanceof Object[] array) {
      return Arrays.toString(array);
    }
    return String.valueOf(value);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      try {
        return Class.forName(name, false, PipelineFingerprint.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError | RuntimeException again) {
        return null;
      }
    }
  }

  /** The manifest's implementation version, else the name of the jar (which carries the version). */
  static String versionOf(Class<?> type) {
    if (type == null) {
      return "unknown";
    }
    Package pkg = type.getPackage();
    if (pkg != null && pkg.getImplementationVersion() != null) {
      return pkg.getImplementationVersion();
    }
    try {
      URL location = type.getProtectionDomain().getCodeSource().getLocation();
      String path = location.getPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      return path.substring(path.lastIndexOf('/') + 1);
    } catch (RuntimeException e) {
      return "unknown";
    }
  }

  /** SHA-256 of the canonical JSON form. */
  public String hash() {
    try {
      byte[] json = new ObjectMapper().writeValueAsBytes(this);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the pipeline", e);
    }
  }

  /** What differs from {@code earlier}, one readable line per difference; empty when they are the same. */
  public List<String> differencesFrom(PipelineFingerprint earlier) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(annalistVersion, earlier.annalistVersion)) {
      changes.add("Annalist version: " + earlier.annalistVersion + " -> " + annalistVersion);
    }
    Map<String, Component> before = byId(earlier.components);
    Map<String, Component> now = byId(components);
    for (Component old : before.values()) {
      if (!now.containsKey(old.id())) {
        changes.add("component '" + old.id() + "' removed");
      }
    }
    for (Component current : now.values()) {
      Component old = before.get(current.id());
      if (old == null) {
        changes.add("component '" + current.id() + "' added");
        continue;
      }
      if (!Objects.equals(old.implementation(), current.implementation())) {
        changes.add("component '" + current.id() + "': " + old.implementation() + " -> " + current.implementation());
      } else if (!Objects.equals(old.version(), current.version())) {
        changes.add("component '" + current.id() + "' version: " + old.version() + " -> " + current.version());
      }
      TreeMap<String, String> names = new TreeMap<>(old.parameters());
      names.putAll(current.parameters());
      for (String name : names.keySet()) {
        String was = old.parameters().get(name);
        String is = current.parameters().get(name);
        if (!Objects.equals(was, is)) {
          changes.add(current.id() + "." + name + ": " + (was == null ? "(not set)" : was) + " -> "
              + (is == null ? "(not set)" : is));
        }
      }
    }
    List<String> order = components.stream().map(Component::id).toList();
    if (changes.isEmpty() && !order.equals(earlier.components.stream().map(Component::id).toList())) {
      changes.add("component order: " + earlier.components.stream().map(Component::id).toList() + " -> " + order);
    }
    return changes;
  }

  private static Map<String, Component> byId(List<Component> components) {
    Map<String, Component> map = new LinkedHashMap<>();
    components.forEach(c -> map.put(c.id(), c));
    return map;
  }

  void write(Path runDirectory) throws IOException {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("fingerprint", hash());
    content.put("annalistVersion", annalistVersion);
    content.put("components", components);
    Path file = runDirectory.resolve(FILE_NAME);
    Path temp = runDirectory.resolve(FILE_NAME + ".tmp");
    Files.write(temp, JSON.writeValueAsBytes(content));
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The fingerprint stored in {@code runDirectory}, or null when there is none (or it cannot be read). */
  static PipelineFingerprint read(Path runDirectory) {
    Path file = runDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Map<String, Object> content = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8),
          new TypeReference<Map<String, Object>>() {});
      List<Component> components = JSON.convertValue(content.get("components"),
          new TypeReference<List<Component>>() {});
      return new PipelineFingerprint(String.valueOf(content.get("annalistVersion")), components);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
