package org.annalist.consumer.sql.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The document-level conditions shared by every question, as an SQL fragment over the documents
 * table aliased {@code d} plus its bound parameters (no user text is ever put into the SQL).
 *
 * <ul>
 *   <li>words: every word occurs (case-insensitively, as a substring) in the clean text or title;
 *   <li>dates: the published day lies in [from, to], or a DATE/TIME expression of the document
 *       covers days that all lie in [from, to] (2022-01-05 and 2022-01 are inside January 2022,
 *       2022 is not).
 * </ul>
 */
public final class DocumentFilter {

  static final String MIN_DAY = "0000-01-01";
  static final String MAX_DAY = "9999-12-31";

  private final StringBuilder sql = new StringBuilder("1 = 1");
  private final List<Object> parameters = new ArrayList<>();

  DocumentFilter words(List<String> words) {
    for (String word : words) {
      if (word.isBlank()) {
        continue;
      }
      sql.append(" AND lower(COALESCE(d.title, '') || ' ' || COALESCE(d.clean_text, '')) LIKE ? ESCAPE '!'");
      parameters.add(containsPattern(word));
    }
    return this;
  }

  DocumentFilter dates(String fromDay, String toDay) {
    if (fromDay == null && toDay == null) {
      return this;
    }
    String from = fromDay == null ? MIN_DAY : fromDay;
    String to = toDay == null ? MAX_DAY : toDay;
    sql.append(" AND ((d.published_day >= ? AND d.published_day <= ?) OR EXISTS (SELECT 1 FROM time_expressions t"
        + " WHERE t.doc_id = d.doc_id AND t.value_begin >= ? AND t.value_end <= ?))");
    parameters.add(from);
    parameters.add(to);
    parameters.add(from);
    parameters.add(to);
    return this;
  }

  /**
   * Documents mentioning a place whose lower-cased resolved name is one of {@code lowerNames}.
   * Correlated, so that it costs a look at the document's own places (its primary-key range) for
   * each document the other conditions leave, rather than a list of every document mentioning a
   * frequent place ("Iraq") built first.
   */
  DocumentFilter placeNamed(List<String> lowerNames) {
    sql.append(" AND EXISTS (SELECT 1 FROM places p WHERE p.doc_id = d.doc_id AND lower(p.name) IN (")
        .append(String.join(", ", java.util.Collections.nCopies(lowerNames.size(), "?"))).append("))");
    parameters.addAll(lowerNames);
    return this;
  }

  /**
   * Documents mentioning a place within {@code radiusKm} of the point: a latitude/longitude box
   * (served by the places(latitude, longitude) index), then the exact great-circle distance.
   */
  DocumentFilter placeWithin(double latitude, double longitude, double radiusKm) {
    GeoDistance.Box box = GeoDistance.boundingBox(latitude, longitude, radiusKm);
    sql.append(" AND EXISTS (SELECT 1 FROM places p WHERE p.doc_id = d.doc_id AND p.latitude BETWEEN ? AND ?"
        + " AND p.longitude BETWEEN ? AND ? AND ").append(GeoDistance.haversineSql("p.latitude", "p.longitude"))
        .append(" <= ?)");
    parameters.addAll(List.of(box.minLat(), box.maxLat(), box.minLon(), box.maxLon()));
    parameters.addAll(GeoDistance.haversineSqlParameters(latitude, longitude));
    parameters.add(radiusKm);
    return this;
  }

  /** Documents with a quote whose resolved speaker or speaker mention contains the name. */
  DocumentFilter speaker(String name) {
    sql.append(" AND EXISTS (SELECT 1 FROM quotes q WHERE q.doc_id = d.doc_id AND ").append(SPEAKER_MATCH).append(")");
    parameters.add(containsPattern(name));
    parameters.add(containsPattern(name));
    return this;
  }

  /** A quote {@code q} whose speaker matches; two parameters, both {@link #containsPattern}. */
  public static final String SPEAKER_MATCH =
      "(lower(q.speaker) LIKE ? ESCAPE '!' OR lower(q.speaker_mention) LIKE ? ESCAPE '!')";

  public String sql() {
    return sql.toString();
  }

  public List<Object> parameters() {
    return parameters;
  }

  /** A LIKE pattern matching the text anywhere, lower-cased, with the wildcards escaped by '!'. */
  public static String containsPattern(String text) {
    String escaped = text.strip().toLowerCase(Locale.ROOT)
        .replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
