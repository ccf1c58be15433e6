package org.annalist.core.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one {@code annalist eval} run, printed either as a readable report or as one
 * JSON object (with {@code --json}). Sections keep their insertion order.
 */
public final class EvalReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String task;
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();

  public EvalReport(String task) {
    this.task = task;
  }

  /** Adds a figure, e.g. {@code put("relaxed.f1", 0.93)}; dotted keys group in JSON. */
  public EvalReport put(String key, Object value) {
    figures.put(key, value);
    return this;
  }

  /** Adds a row to a named list (worst pages, confusions ...). */
  public EvalReport addRow(String list, Map<String, Object> row) {
    lists.computeIfAbsent(list, k -> new ArrayList<>()).add(new LinkedHashMap<>(row));
    return this;
  }

  public Map<String, Object> figures() {
    return figures;
  }

  public Object get(String key) {
    return figures.get(key);
  }

  public double getDouble(String key) {
    Object value = figures.get(key);
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  public List<Map<String, Object>> rows(String list) {
    return lists.getOrDefault(list, List.of());
  }

  /** A nested map: dotted figure keys become nested objects; lists are added as arrays. */
  public Map<String, Object> toMap() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("task", task);
    for (Map.Entry<String, Object> figure : figures.entrySet()) {
      String[] path = figure.getKey().split("\\.");
      Map<String, Object> node = root;
      for (int i = 0; i < path.length - 1; i++) {
        Object child = node.get(path[i]);
        if (!(child instanceof Map)) {
          child = new LinkedHashMap<String, Object>();
          node.put(path[i], child);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> next = (Map<String, Object>) child;
        node = next;
      }
      node.put(path[path.length - 1], figure.getValue());
    }
    root.putAll(lists);
    return root;
  }

  public void printJson(PrintStream out) {
    try {
      out.println(JSON.writeValueAsString(toMap()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void printText(PrintStream out) {
    out.println("== " + task + " ==");
    int width = figures.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Object> figure : figures.entrySet()) {
      out.printf(Locale.ROOT, "%-" + width + "s  %s%n", figure.getKey(), format(figure.getValue()));
    }
    for (Map.Entry<String, List<Map<String, Object>>> list : lists.entrySet()) {
      out.println();
      out.println(list.getKey() + ":");
      for (Map<String, Object> row : list.getValue()) {
        StringBuilder line = new StringBuilder("  ");
        row.forEach((k, v) -> line.append(k).append('=').append(format(v)).append("  "));
        out.println(line.toString().stripTrailing());
      }
    }
  }

  public void print(PrintStream out, boolean json) {
    if (json) {
      printJson(out);
    } else {
      printText(out);
    }
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.4f", d);
    }
    if (value instanceof Float f) {
      return String.format(Locale.ROOT, "%.4f", f);
    }
    return String.valueOf(value);
  }
}
