package org.annalist.consumer.sql.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints a {@link QueryResult} as an aligned text table or as a JSON array of objects. */
final class ResultPrinter {

  private static final int MAX_CELL = 70;

  private ResultPrinter() {}

  static void json(QueryResult result, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      out.println(mapper.writeValueAsString(result.rows()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print the result as JSON", e);
    }
    out.flush();
  }

  static void table(QueryResult result, PrintWriter out) {
    List<String> columns = result.columns();
    List<String[]> cells = new ArrayList<>();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).length();
    }
    for (Map<String, Object> row : result.rows()) {
      String[] line = new String[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        line[c] = cell(row.get(columns.get(c)));
        widths[c] = Math.max(widths[c], line[c].length());
      }
      cells.add(line);
    }
    out.println(line(columns.toArray(String[]::new), widths));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (String[] line : cells) {
      out.println(line(line, widths));
    }
    out.println("(" + result.rows().size() + " " + result.kind() + ")");
    out.flush();
  }

  private static String line(String[] values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < values.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      line.append(values[c]);
      if (c < values.length - 1) {
        line.append(" ".repeat(widths[c] - values[c].length()));
      }
    }
    return line.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString().replaceAll("\\s+", " ").strip();
    return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
  }
}
