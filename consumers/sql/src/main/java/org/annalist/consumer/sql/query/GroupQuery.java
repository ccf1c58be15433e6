package org.annalist.consumer.sql.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of one group the corpus stage wrote ({@code --story ID}, {@code --person ID}): from
 * the group table and its {@code _members} table, in the group's order (the earliest first).
 */
final class GroupQuery {

  private GroupQuery() {}

  /**
   * @param table the group table ("stories" or "people")
   * @param what how to name a group in messages ("story", "person")
   */
  static QueryResult documents(Connection connection, String table, String what, String id, int limit)
      throws SQLException, UnreadableDatabaseException {
    String label = null;
    boolean found = false;
    try (PreparedStatement select = connection.prepareStatement("SELECT label FROM " + table + " WHERE group_id = ?")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        if (rows.next()) {
          found = true;
          label = rows.getString(1);
        }
      }
    } catch (SQLException e) {
      throw new UnreadableDatabaseException("the database has no " + table + " table yet: run 'annalist corpus' over"
          + " it first (" + e.getMessage() + ")", e);
    }
    if (!found) {
      throw new UnreadableDatabaseException("no " + what + " '" + id + "' in the database ('annalist corpus OUTPUT"
          + " --json' lists the groups with their ids)");
    }
    List<Map<String, Object>> result = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT m.ord, m.doc_id, d.title, d.published_day"
        + " FROM " + table + "_members m LEFT JOIN documents d ON d.doc_id = m.doc_id WHERE m.group_id = ?"
        + " ORDER BY m.ord")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next() && result.size() < limit) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put(what, id);
          row.put("label", label);
          row.put("document", rows.getString(2));
          row.put("title", rows.getString(3));
          row.put("published", rows.getString(4));
          result.add(row);
        }
      }
    }
    return new QueryResult("documents of " + what + " " + id, List.of(what, "label", "document", "title", "published"),
        result);
  }
}
