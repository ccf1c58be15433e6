package org.annalist.core.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.core.plugin.ComponentKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a pipeline YAML file into a {@link PipelineSpec}, keeping the line of every value.
 *
 * <pre>
 * name: news
 * reader:
 *   component: tika
 *   params:
 *     sourceLocation: ${ANNALIST_INPUT:-samples}
 * annotators:
 *   - boilerplate
 *   - component: dates
 *     params: { anchorDate: 2022-01-07 }
 * consumers:
 *   - component: jsonl
 *     params: { targetLocation: output }
 * run:
 *   threads: 2
 * </pre>
 */
public final class PipelineLoader {

  private static final Set<String> TOP_LEVEL_KEYS = Set.of("name", "description", "reader", "annotators", "consumers", "run",
      "corpus");
  private static final Set<String> STEP_KEYS = Set.of("component", "name", "params");
  public static final Set<String> RUN_KEYS = Set.of("threads", "timeoutSeconds", "failFast", "output", "resume", "queueSize",
      "checkpointEvery", "checkpointSeconds");

  private final VariableSubstitution substitution;
  private final List<ConfigurationProblem> problems = new ArrayList<>();
  private String source;

  public PipelineLoader(Map<String, String> extraVariables) {
    this.substitution = VariableSubstitution.fromEnvironment(extraVariables);
  }

  public PipelineLoader() {
    this(Map.of());
  }

  public PipelineSpec load(Path file) {
    String label = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new PipelineConfigurationException(new ConfigurationProblem(label, 0,
          "pipeline file not found (expected a YAML file, e.g. pipelines/news.yaml)"));
    }
    try {
      return parse(label, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new PipelineConfigurationException(new ConfigurationProblem(label, 0, "cannot read the file: " + e.getMessage()));
    }
  }

  public PipelineSpec parse(String label, String yaml) {
    this.source = label;
    problems.clear();
    Node root;
    try (Reader reader = new StringReader(yaml)) {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new PipelineConfigurationException(new ConfigurationProblem(label, line,
          "not valid YAML: " + e.getProblem()));
    } catch (YAMLException | IOException e) {
      throw new PipelineConfigurationException(new ConfigurationProblem(label, 0, "not valid YAML: " + e.getMessage()));
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new PipelineConfigurationException(new ConfigurationProblem(label, root == null ? 0 : line(root),
          "expected a mapping with the keys reader, annotators, consumers"));
    }
    String name = null;
    StepSpec reader = null;
    List<StepSpec> annotators = new ArrayList<>();
    List<StepSpec> consumers = new ArrayList<>();
    Map<String, Located> run = new LinkedHashMap<>();
    SectionSpec corpus = null;
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalarKey(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      switch (key == null ? "" : key) {
        case "name" -> name = scalar(value, "a pipeline name");
        case "description" -> scalar(value, "a description");
        case "reader" -> reader = step(value, ComponentKind.READER, "reader");
        case "annotators" -> annotators = steps(value, ComponentKind.ANNOTATOR);
        case "consumers" -> consumers = steps(value, ComponentKind.CONSUMER);
        case "run" -> run = runSettings(value);
        case "corpus" -> corpus = new SectionSpec(line(tuple.getKeyNode()), section(value, "corpus"));
        default -> problem(tuple.getKeyNode(), "unknown key '" + key + "'"
            + Suggestions.didYouMean(key, TOP_LEVEL_KEYS) + "; expected one of " + sorted(TOP_LEVEL_KEYS));
      }
    }
    if (reader == null && problems.isEmpty()) {
      problem(root, "no 'reader:' section; a pipeline needs a reader, e.g. 'reader: { component: tika }'");
    }
    if (!problems.isEmpty()) {
      throw new PipelineConfigurationException(problems);
    }
    return new PipelineSpec(label, name == null ? "pipeline" : name, reader, annotators, consumers, run, corpus);
  }

  private List<StepSpec> steps(Node node, ComponentKind kind) {
    List<StepSpec> steps = new ArrayList<>();
    if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
      return steps;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "expected a list of " + kind.label() + "s (lines starting with '- ')");
      return steps;
    }
    for (Node item : sequence.getValue()) {
      StepSpec step = step(item, kind, kind.label());
      if (step != null) {
        steps.add(step);
      }
    }
    return steps;
  }

  private StepSpec step(Node node, ComponentKind kind, String what) {
    if (node instanceof ScalarNode scalar) {
      String component = substitute(scalar);
      return new StepSpec(component, component, kind, Map.of(), line(node));
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(node, "expected a " + what + ": a component name, or a mapping with 'component' and 'params'");
      return null;
    }
    String component = null;
    String id = null;
    Map<String, Located> params = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalarKey(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      switch (key == null ? "" : key) {
        case "component" -> component = scalar(value, "a component name");
        case "name" -> id = scalar(value, "a step name");
        case "params" -> params = params(value);
        default -> problem(tuple.getKeyNode(), "unknown key '" + key + "' in a " + what
            + Suggestions.didYouMean(key, STEP_KEYS) + "; expected component, name, params");
      }
    }
    if (component == null) {
      problem(node, "the " + what + " has no 'component:' (a short name such as 'dates' or a class name)");
      return null;
    }
    return new StepSpec(id == null ? component : id, component, kind, params, line(node));
  }

  private Map<String, Located> params(Node node) {
    Map<String, Located> params = new LinkedHashMap<>();
    if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
      return params;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(node, "expected 'params:' to be a mapping of parameter names to values");
      return params;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalarKey(tuple.getKeyNode());
      if (key == null) {
        continue;
      }
      Node value = tuple.getValueNode();
      if (value instanceof SequenceNode sequence) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          String text = scalar(item, "a value");
          if (text != null) {
            values.add(text);
          }
        }
        params.put(key, new Located(values, line(tuple.getKeyNode())));
      } else {
        String text = scalar(value, "a value or a list of values");
        if (text != null) {
          params.put(key, new Located(text, line(tuple.getKeyNode())));
        }
      }
    }
    return params;
  }

  private Map<String, Located> runSettings(Node node) {
    Map<String, Located> run = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      problem(node, "expected 'run:' to be a mapping, e.g. 'run: { threads: 2 }'");
      return run;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalarKey(tuple.getKeyNode());
      if (key == null) {
        continue;
      }
      if (!RUN_KEYS.contains(key)) {
        problem(tuple.getKeyNode(), "unknown run setting '" + key + "'" + Suggestions.didYouMean(key, RUN_KEYS)
            + "; expected one of " + sorted(RUN_KEYS));
        continue;
      }
      String value = scalar(tuple.getValueNode(), "a value");
      if (value != null) {
        run.put(key, new Located(value, line(tuple.getKeyNode())));
      }
    }
    return run;
  }

  /**
   * The settings of a stage section ({@code corpus:}): scalars or lists of scalars; which keys it
   * takes is checked by the stage (see {@code PipelineValidator}). An empty section is allowed.
   */
  private Map<String, Located> section(Node node, String name) {
    Map<String, Located> settings = new LinkedHashMap<>();
    if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
      return settings;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(node, "expected '" + name + ":' to be a mapping of settings, e.g. '" + name + ": { steps: [duplicates] }'");
      return settings;
    }
    return params(mapping);
  }

  private String scalarKey(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    problem(node, "expected a plain key");
    return null;
  }

  private String scalar(Node node, String expected) {
    if (node instanceof ScalarNode scalar) {
      return substitute(scalar);
    }
    problem(node, "expected " + expected + ", found a " + (node instanceof SequenceNode ? "list" : "mapping"));
    return null;
  }

  private String substitute(ScalarNode scalar) {
    try {
      return substitution.apply(scalar.getValue());
    } catch (IllegalArgumentException e) {
      problem(scalar, e.getMessage());
      return scalar.getValue();
    }
  }

  private void problem(Node node, String message) {
    problems.add(new ConfigurationProblem(source, line(node), message));
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }
}
