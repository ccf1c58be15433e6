package org.annalist.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.ComponentParametersReader;
import org.annalist.core.plugin.ComponentRegistry;

/**
 * Command-line changes to a pipeline: {@code --set reader.sourceLocation=docs},
 * {@code --set annotators.dates.anchorDate=2022-01-07}, {@code --set consumers.jsonl.targetLocation=out},
 * {@code --set run.threads=4}; and the {@code --input}/{@code --output} shortcuts.
 */
public final class PipelineOverrides {

  private static final String LABEL = "--set";

  private PipelineOverrides() {}

  public static PipelineSpec apply(PipelineSpec spec, List<String> assignments) {
    List<ConfigurationProblem> problems = new ArrayList<>();
    PipelineSpec current = spec;
    for (String assignment : assignments) {
      int equals = assignment.indexOf('=');
      if (equals <= 0) {
        problems.add(new ConfigurationProblem(LABEL, 0, "'" + assignment
            + "' is not of the form section.step.param=value (e.g. annotators.dates.anchorDate=2022-01-07)"));
        continue;
      }
      String path = assignment.substring(0, equals).trim();
      Located value = new Located(assignment.substring(equals + 1).trim(), 0);
      String[] parts = path.split("\\.");
      try {
        current = applyOne(current, parts, value);
      } catch (IllegalArgumentException e) {
        problems.add(new ConfigurationProblem(LABEL, 0, "'" + path + "': " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new PipelineConfigurationException(problems);
    }
    return current;
  }

  private static PipelineSpec applyOne(PipelineSpec spec, String[] parts, Located value) {
    switch (parts[0]) {
      case "reader" -> {
        require(parts.length == 2, "expected reader.PARAM");
        return spec.withSteps(spec.reader().withParam(parts[1], value),
            spec.annotators(), spec.consumers(), spec.run());
      }
      case "annotators", "consumers" -> {
        require(parts.length == 3, "expected " + parts[0] + ".STEP.PARAM");
        boolean annotators = parts[0].equals("annotators");
        List<StepSpec> steps = new ArrayList<>(annotators ? spec.annotators() : spec.consumers());
        int index = indexOf(steps, parts[1]);
        steps.set(index, steps.get(index).withParam(parts[2], value));
        return annotators
            ? spec.withSteps(spec.reader(), steps, spec.consumers(), spec.run())
            : spec.withSteps(spec.reader(), spec.annotators(), steps, spec.run());
      }
      case "run" -> {
        require(parts.length == 2, "expected run.SETTING");
        require(PipelineLoader.RUN_KEYS.contains(parts[1]), "unknown run setting"
            + Suggestions.didYouMean(parts[1], PipelineLoader.RUN_KEYS));
        Map<String, Located> run = new LinkedHashMap<>(spec.run());
        run.put(parts[1], value);
        return spec.withSteps(spec.reader(), spec.annotators(), spec.consumers(), run);
      }
      default -> throw new IllegalArgumentException("must start with reader, annotators, consumers or run"
          + Suggestions.didYouMean(parts[0], List.of("reader", "annotators", "consumers", "run")));
    }
  }

  /** Points the reader at {@code input} ({@code sourceLocation}). */
  public static PipelineSpec withInput(PipelineSpec spec, String input) {
    return apply(spec, List.of("reader." + ComponentParameters.SOURCE_LOCATION + "=" + input));
  }

  /**
   * Sends every consumer that has a {@code targetLocation} parameter, and the run's own records,
   * to {@code output}; except consumers whose target is a database or server URL ({@code jdbc:...},
   * {@code http://...}), which keep it: an output folder never replaces a database.
   */
  public static PipelineSpec withOutput(PipelineSpec spec, String output, ComponentRegistry registry) {
    List<StepSpec> consumers = new ArrayList<>();
    for (StepSpec consumer : spec.consumers()) {
      boolean takesTarget = registry.find(consumer.kind(), consumer.component())
          .map(d -> ComponentParametersReader.parameters(d.type()).containsKey(ComponentParameters.TARGET_LOCATION))
          .orElse(false);
      Located current = consumer.params().get(ComponentParameters.TARGET_LOCATION);
      if (current != null && isUrl(String.valueOf(current.value()))) {
        takesTarget = false;
      }
      consumers.add(takesTarget ? consumer.withParam(ComponentParameters.TARGET_LOCATION, new Located(output, 0)) : consumer);
    }
    Map<String, Located> run = new LinkedHashMap<>(spec.run());
    run.put("output", new Located(output, 0));
    return spec.withSteps(spec.reader(), spec.annotators(), consumers, run);
  }

  /** A JDBC or other URL, as opposed to a folder or file. */
  public static boolean isUrl(String location) {
    String trimmed = location.strip();
    return trimmed.startsWith("jdbc:") || trimmed.contains("://");
  }

  private static int indexOf(List<StepSpec> steps, String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no step named '" + id + "'"
        + Suggestions.didYouMean(id, steps.stream().map(StepSpec::id).toList())
        + "; steps are " + steps.stream().map(StepSpec::id).toList());
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
