package org.annalist.report.site;

import static org.annalist.report.site.SiteBuilder.map;

import java.util.List;
import java.util.Map;

/** Columns, rows and cells of the report's sortable tables ({@code table.mustache}). */
final class TableCells {

  private TableCells() {}

  static Map<String, Object> col(String label) {
    return map("label", label, "numeric", false);
  }

  static Map<String, Object> numCol(String label) {
    return map("label", label, "numeric", true);
  }

  static Map<String, Object> cell(String text) {
    return map("text", text == null ? "" : text);
  }

  static Map<String, Object> cell(String text, String href) {
    return map("text", text == null ? "" : text, "href", href);
  }

  static Map<String, Object> num(long value) {
    return map("text", value, "numeric", true);
  }

  @SafeVarargs
  static Map<String, Object> row(Map<String, Object>... cells) {
    return map("cells", List.of(cells));
  }
}
