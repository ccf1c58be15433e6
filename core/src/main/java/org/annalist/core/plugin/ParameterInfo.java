package org.annalist.core.plugin;

import java.lang.reflect.Field;
import java.util.List;

/**
 * One {@code @ConfigurationParameter} of a component, as read from its class.
 *
 * @param name parameter name used in YAML
 * @param javaType the field's type
 * @param mandatory whether a value must be given
 * @param defaultValues default values as written in the annotation (empty when none)
 * @param description what the parameter does
 * @param inputPath whether the value names a file or folder that must exist
 */
public record ParameterInfo(
    String name,
    Class<?> javaType,
    boolean mandatory,
    List<String> defaultValues,
    String description,
    boolean inputPath) {

  public boolean multiValued() {
    return javaType.isArray() || java.util.Collection.class.isAssignableFrom(javaType);
  }

  /** A readable type name for help output: string, integer, boolean, float, string[] ... */
  public String typeLabel() {
    Class<?> base = javaType.isArray() ? javaType.getComponentType() : javaType;
    String label;
    if (base == int.class || base == Integer.class || base == long.class || base == Long.class) {
      label = "integer";
    } else if (base == boolean.class || base == Boolean.class) {
      label = "boolean";
    } else if (base == float.class || base == Float.class || base == double.class || base == Double.class) {
      label = "number";
    } else if (base.isEnum()) {
      label = "one of " + java.util.Arrays.toString(base.getEnumConstants());
    } else {
      label = "string";
    }
    return multiValued() ? label + "[]" : label;
  }

  static ParameterInfo of(Field field, org.apache.uima.fit.descriptor.ConfigurationParameter annotation) {
    String name = annotation.name().equals(org.apache.uima.fit.descriptor.ConfigurationParameter.USE_FIELD_NAME)
        ? field.getName()
        : annotation.name();
    List<String> defaults = List.of(annotation.defaultValue());
    if (defaults.size() == 1 && org.apache.uima.fit.descriptor.ConfigurationParameter.NO_DEFAULT_VALUE.equals(defaults.get(0))) {
      defaults = List.of();
    }
    return new ParameterInfo(
        name,
        field.getType(),
        annotation.mandatory(),
        defaults,
        annotation.description(),
        field.isAnnotationPresent(InputPath.class));
  }
}
