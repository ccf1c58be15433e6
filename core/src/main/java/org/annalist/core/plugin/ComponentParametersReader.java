package org.annalist.core.plugin;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.fit.descriptor.ConfigurationParameter;

/** Reads the {@code @ConfigurationParameter} fields of a component class and its superclasses. */
public final class ComponentParametersReader {

  private ComponentParametersReader() {}

  /** Parameters by name, most specific class first, in declaration order. */
  public static Map<String, ParameterInfo> parameters(Class<?> componentClass) {
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = componentClass; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(c);
    }
    Collections.reverse(hierarchy);
    Map<String, ParameterInfo> parameters = new LinkedHashMap<>();
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        ConfigurationParameter annotation = field.getAnnotation(ConfigurationParameter.class);
        if (annotation != null) {
          ParameterInfo info = ParameterInfo.of(field, annotation);
          parameters.put(info.name(), info);
        }
      }
    }
    return parameters;
  }
}
