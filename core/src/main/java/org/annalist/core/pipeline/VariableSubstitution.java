package org.annalist.core.pipeline;

import java.util.Map;
import java.util.function.Function;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in pipeline values with environment
 * variables; {@code $${} stays a literal {@code ${}.
 */
final class VariableSubstitution {

  private final Function<String, String> variables;

  VariableSubstitution(Function<String, String> variables) {
    this.variables = variables;
  }

  static VariableSubstitution fromEnvironment(Map<String, String> extra) {
    return new VariableSubstitution(name -> extra.containsKey(name) ? extra.get(name) : System.getenv(name));
  }

  /** The substituted value; throws IllegalArgumentException naming an undefined variable. */
  String apply(String value) {
    if (value.indexOf('$') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '$' && value.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (c == '$' && value.startsWith("${", i)) {
        int close = value.indexOf('}', i + 2);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed '${' in value '" + value + "'");
        }
        out.append(resolve(value.substring(i + 2, close)));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String resolve(String expression) {
    int defaultAt = expression.indexOf(":-");
    String name = defaultAt < 0 ? expression : expression.substring(0, defaultAt);
    String fallback = defaultAt < 0 ? null : expression.substring(defaultAt + 2);
    String value = variables.apply(name.trim());
    if (value != null && !value.isEmpty()) {
      return value;
    }
    if (fallback != null) {
      return fallback;
    }
    throw new IllegalArgumentException("environment variable '" + name.trim()
        + "' is not set (set it, or write ${" + name.trim() + ":-default})");
  }
}
