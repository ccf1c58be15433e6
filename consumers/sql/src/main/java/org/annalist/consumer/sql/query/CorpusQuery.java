package org.annalist.consumer.sql.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.core.geo.GreatCircle;

/** Answers a {@link Question} with parameterised SQL over an Annalist database. */
public final class CorpusQuery {

  private static final Pattern COORDINATES =
      Pattern.compile("\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");
  private static final String ORDER = " ORDER BY d.published_day IS NULL, d.published_day, d.doc_id";

  /** The point a place name stands for: the most mentioned gazetteer entry of that name. */
  public record Anchor(String label, double latitude, double longitude) {}

  private final Connection connection;

  public CorpusQuery(Connection connection) {
    this.connection = connection;
  }

  public QueryResult answer(Question question) throws SQLException, UnknownPlaceException {
    DocumentFilter filter = new DocumentFilter()
        .words(question.words())
        .dates(question.fromDay(), question.toDay());
    if (question.speaker() != null) {
      Set<String> placeDocs = question.place() == null ? null : placeDocumentIds(question, filter);
      return quotes(question, filter, placeDocs);
    }
    if (question.place() != null) {
      return places(question, filter, question.limit());
    }
    return documents(filter, question.limit());
  }

  /**
   * Every criterion of a question as one condition over the documents table aliased {@code d},
   * for commands that select documents their own way (annalist search). The place is resolved
   * as {@link #answer} resolves it: gazetteer names, or the anchor point and the radius.
   */
  public DocumentCondition documentCondition(Question question) throws SQLException, UnknownPlaceException {
    DocumentFilter filter = new DocumentFilter()
        .words(question.words())
        .dates(question.fromDay(), question.toDay());
    List<String> names = List.of();
    Anchor anchor = null;
    if (question.place() != null) {
      if (question.withinKm() == null) {
        names = placeNames(question.place());
        filter.placeNamed(names);
      } else {
        anchor = anchor(question.place());
        filter.placeWithin(anchor.latitude(), anchor.longitude(), question.withinKm());
      }
    }
    if (question.speaker() != null) {
      filter.speaker(question.speaker());
    }
    return new DocumentCondition(filter.sql(), List.copyOf(filter.parameters()), names, anchor);
  }

  /**
   * A condition over documents {@code d}: SQL and its parameters, with the resolved place (the
   * lower-cased names looked for, or the anchor of a radius) so that matching mentions can be shown.
   */
  public record DocumentCondition(String sql, List<Object> parameters, List<String> placeNames, Anchor anchor) {}

  private QueryResult documents(DocumentFilter filter, int limit) throws SQLException {
    String sql = "SELECT d.doc_id AS document, d.published_day AS published, d.title, d.language, d.source_uri"
        + " FROM documents d WHERE " + filter.sql() + ORDER;
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement statement = prepare(sql, filter.parameters()); ResultSet rs = statement.executeQuery()) {
      while (rows.size() < limit && rs.next()) {
        rows.add(row(rs));
      }
    }
    return new QueryResult("documents", List.of("document", "published", "title", "language", "source_uri"), rows);
  }

  private QueryResult quotes(Question question, DocumentFilter filter, Set<String> allowedDocs) throws SQLException {
    String sql = "SELECT q.doc_id AS document, d.published_day AS published, q.speaker, q.speaker_mention,"
        + " q.speaker_role, q.direct, q.cue, q.content AS quote"
        + " FROM quotes q JOIN documents d ON d.doc_id = q.doc_id"
        + " WHERE (lower(q.speaker) LIKE ? ESCAPE '!' OR lower(q.speaker_mention) LIKE ? ESCAPE '!')"
        + " AND " + filter.sql() + ORDER + ", q.span_begin";
    List<Object> parameters = new ArrayList<>();
    String pattern = DocumentFilter.containsPattern(question.speaker());
    parameters.add(pattern);
    parameters.add(pattern);
    parameters.addAll(filter.parameters());
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
      while (rows.size() < question.limit() && rs.next()) {
        Map<String, Object> row = row(rs);
        row.put("direct", rs.getBoolean("direct"));
        if (allowedDocs == null || allowedDocs.contains((String) row.get("document"))) {
          rows.add(row);
        }
      }
    }
    return new QueryResult("quotes", List.of("document", "published", "speaker", "speaker_mention",
        "speaker_role", "direct", "cue", "quote"), rows);
  }

  private Set<String> placeDocumentIds(Question question, DocumentFilter filter)
      throws SQLException, UnknownPlaceException {
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> row : places(question, filter, Integer.MAX_VALUE).rows()) {
      ids.add((String) row.get("document"));
    }
    return ids;
  }

  private QueryResult places(Question question, DocumentFilter filter, int limit)
      throws SQLException, UnknownPlaceException {
    String select = "SELECT p.doc_id AS document, d.published_day AS published, p.text, p.name, p.geonames_id,"
        + " p.country_code, p.latitude, p.longitude FROM places p JOIN documents d ON d.doc_id = p.doc_id WHERE ";
    List<Object> parameters = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    if (question.withinKm() == null) {
      List<String> names = placeNames(question.place());
      parameters.addAll(names);
      parameters.addAll(filter.parameters());
      String sql = select + "lower(p.name) IN (" + placeholders(names.size()) + ") AND " + filter.sql() + ORDER
          + ", p.span_begin";
      try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
        while (rows.size() < limit && rs.next()) {
          rows.add(row(rs));
        }
      }
      return new QueryResult("places", List.of("document", "published", "text", "name", "geonames_id",
          "country_code", "latitude", "longitude"), rows);
    }
    Anchor anchor = anchor(question.place());
    double radius = question.withinKm();
    GeoDistance.Box box = GeoDistance.boundingBox(anchor.latitude(), anchor.longitude(), radius);
    parameters.add(box.minLat());
    parameters.add(box.maxLat());
    parameters.add(box.minLon());
    parameters.add(box.maxLon());
    parameters.addAll(filter.parameters());
    String sql = select + "p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ? AND " + filter.sql()
        + ORDER + ", p.span_begin";
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
      while (rows.size() < limit && rs.next()) {
        double km = GreatCircle.km(anchor.latitude(), anchor.longitude(),
            rs.getDouble("latitude"), rs.getDouble("longitude"));
        if (km <= radius) {
          Map<String, Object> row = row(rs);
          row.put("distance_km", Math.round(km * 10) / 10.0);
          rows.add(row);
        }
      }
    }
    return new QueryResult("places", List.of("document", "published", "text", "name", "geonames_id",
        "country_code", "latitude", "longitude", "distance_km"), rows);
  }

  /** Coordinates given as "lat,lon", else those of the most mentioned place of that name. */
  public Anchor anchor(String place) throws SQLException, UnknownPlaceException {
    Matcher m = COORDINATES.matcher(place);
    if (m.matches()) {
      double lat = Double.parseDouble(m.group(1));
      double lon = Double.parseDouble(m.group(2));
      if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        return new Anchor(place.strip(), lat, lon);
      }
    }
    String name = place.strip().toLowerCase(Locale.ROOT);
    List<String> names = placeNames(place);
    String fromPlaces = "SELECT MIN(name) AS name, latitude, longitude, COUNT(*) AS mentions FROM places"
        + " WHERE lower(name) IN (" + placeholders(names.size()) + ") AND latitude IS NOT NULL"
        + " AND longitude IS NOT NULL GROUP BY geonames_id, latitude, longitude ORDER BY mentions DESC, MIN(name)";
    Anchor anchor = firstAnchor(fromPlaces, List.copyOf(names));
    if (anchor == null) {
      String fromFocus = "SELECT MIN(name) AS name, latitude, longitude, COUNT(*) AS mentions FROM focus_places"
          + " WHERE lower(name) = ? AND latitude IS NOT NULL AND longitude IS NOT NULL"
          + " GROUP BY geonames_id, latitude, longitude ORDER BY mentions DESC, MIN(name)";
      anchor = firstAnchor(fromFocus, List.of(name));
    }
    if (anchor == null) {
      throw new UnknownPlaceException("no place called '" + place.strip()
          + "' with coordinates in this database; give its coordinates as --place LAT,LON");
    }
    return anchor;
  }

  /**
   * The lower-cased gazetteer names a place name typed by the user stands for: the name itself
   * when some place is called so (looked up through the {@code places(lower(name))} index), else
   * the names of the places written that way in the texts, so that "Arbil" finds every mention of
   * Erbil (a scan, needed only for spellings that are no gazetteer name).
   */
  private List<String> placeNames(String typed) throws SQLException {
    String name = typed.strip().toLowerCase(Locale.ROOT);
    try (PreparedStatement statement = prepare(
        "SELECT 1 FROM places WHERE lower(name) = ? LIMIT 1", List.of(name));
        ResultSet rs = statement.executeQuery()) {
      if (rs.next()) {
        return List.of(name);
      }
    }
    List<String> names = new ArrayList<>();
    try (PreparedStatement statement = prepare(
        "SELECT DISTINCT lower(name) FROM places WHERE lower(text) = ? AND name IS NOT NULL ORDER BY 1",
        List.of(name));
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names.isEmpty() ? List.of(name) : names;
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private Anchor firstAnchor(String sql, List<Object> parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
      return rs.next() ? new Anchor(rs.getString("name"), rs.getDouble("latitude"), rs.getDouble("longitude")) : null;
    }
  }

  private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }

  private static Map<String, Object> row(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object value = rs.getObject(i);
      if (value instanceof Integer small) {
        value = small.longValue();
      }
      row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
    }
    return row;
  }
}
