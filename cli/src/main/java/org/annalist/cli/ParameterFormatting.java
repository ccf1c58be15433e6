package org.annalist.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints parameter values for humans. */
final class ParameterFormatting {

  private ParameterFormatting() {}

  static String format(Map<String, Object> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + (e.getValue() instanceof Object[] array ? Arrays.toString(array) : e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
