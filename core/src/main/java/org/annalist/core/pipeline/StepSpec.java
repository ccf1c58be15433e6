package org.annalist.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.plugin.ComponentKind;

/**
 * One reader, annotator or consumer entry of a pipeline file, before validation.
 *
 * @param id name of the step, used by {@code --set annotators.ID.param=value}; defaults to the component name
 * @param component short name or fully qualified class name
 * @param kind the section it was listed in
 * @param params parameter values by name
 * @param line line of the entry
 */
public record StepSpec(String id, String component, ComponentKind kind, Map<String, Located> params, int line) {

  public StepSpec {
    params = new LinkedHashMap<>(params);
  }

  public StepSpec withParam(String name, Located value) {
    Map<String, Located> changed = new LinkedHashMap<>(params);
    changed.put(name, value);
    return new StepSpec(id, component, kind, changed, line);
  }
}
