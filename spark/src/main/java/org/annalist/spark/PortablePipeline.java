package org.annalist.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.Located;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.StepSpec;
import org.annalist.core.plugin.ComponentKind;

/**
 * A pipeline as the driver resolved it (variables substituted, overrides applied), in a form
 * that travels to the executors with the task. Executors validate and assemble it again with
 * their own plugin registry, so the components are exactly those of the local runner.
 */
public record PortablePipeline(
    String source, String name, Step reader, List<Step> annotators, List<Step> consumers, Map<String, String> run)
    implements Serializable {

  /** One step; a value is a String or an ArrayList of Strings. */
  public record Step(String id, String component, ComponentKind kind, LinkedHashMap<String, Serializable> params,
      int line) implements Serializable {

    static Step of(StepSpec spec) {
      LinkedHashMap<String, Serializable> params = new LinkedHashMap<>();
      for (Map.Entry<String, Located> entry : spec.params().entrySet()) {
        Object value = entry.getValue().value();
        params.put(entry.getKey(), value instanceof List<?> list
            ? new ArrayList<>(list.stream().map(String::valueOf).toList())
            : String.valueOf(value));
      }
      return new Step(spec.id(), spec.component(), spec.kind(), params, spec.line());
    }

    StepSpec toSpec() {
      Map<String, Located> located = new LinkedHashMap<>();
      params.forEach((name, value) -> located.put(name, new Located(value, line)));
      return new StepSpec(id, component, kind, located, line);
    }
  }

  public static PortablePipeline of(PipelineSpec spec) {
    Map<String, String> run = new LinkedHashMap<>();
    spec.run().forEach((key, value) -> run.put(key, String.valueOf(value.value())));
    return new PortablePipeline(spec.source(), spec.name(), Step.of(spec.reader()),
        new ArrayList<>(spec.annotators().stream().map(Step::of).toList()),
        new ArrayList<>(spec.consumers().stream().map(Step::of).toList()),
        new LinkedHashMap<>(run));
  }

  public PipelineSpec toSpec() {
    Map<String, Located> settings = new LinkedHashMap<>();
    run.forEach((key, value) -> settings.put(key, new Located(value, 0)));
    return new PipelineSpec(source, name, reader.toSpec(),
        annotators.stream().map(Step::toSpec).toList(),
        consumers.stream().map(Step::toSpec).toList(),
        settings);
  }
}
