package org.annalist.core.pipeline;

import java.util.Map;
import org.annalist.core.plugin.ComponentDescriptor;

/**
 * A validated step: its component class and parameter values converted to the parameter types.
 *
 * @param spec the step as written
 * @param descriptor the component it names
 * @param values parameter values ready for uimaFIT (String, Integer, Boolean, Float, arrays ...)
 */
public record ResolvedStep(StepSpec spec, ComponentDescriptor descriptor, Map<String, Object> values) {

  public String id() {
    return spec.id();
  }

  /** uimaFIT's alternating name/value array. */
  public Object[] parameterArray() {
    Object[] array = new Object[values.size() * 2];
    int i = 0;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      array[i++] = entry.getKey();
      array[i++] = entry.getValue();
    }
    return array;
  }
}
