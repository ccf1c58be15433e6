package org.annalist.consumer.sql.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.consumer.sql.Dialect;
import org.annalist.consumer.sql.query.CorpusQuery.DocumentCondition;
import org.annalist.consumer.sql.query.CorpusQuery;
import org.annalist.consumer.sql.query.DocumentFilter;
import org.annalist.consumer.sql.query.GeoDistance;
import org.annalist.consumer.sql.query.Question;
import org.annalist.consumer.sql.query.UnknownPlaceException;
import org.annalist.consumer.sql.schema.Schema;
import org.annalist.consumer.sql.schema.SearchKeys;
import org.annalist.consumer.sql.search.SearchResult.FacetValue;
import org.annalist.consumer.sql.search.SearchResult.Hit;
import org.annalist.core.geo.GreatCircle;

/**
 * Full-text search over an Annalist database: SQLite's FTS5 table ranked by BM25, or PostgreSQL's
 * tsvector columns ranked by ts_rank_cd, restricted by the criteria of {@code annalist query}
 * (whose {@link CorpusQuery#documentCondition} supplies the SQL), with snippets, each hit's
 * matching facts and facet counts over the whole result set.
 */
public final class CorpusSearch {

  /** Which rows may be hits. */
  public enum HitType { any, document, quote }

  /**
   * What to search.
   *
   * @param filters the criteria shared with annalist query (speaker, place, dates); its words
   *     and limit are not used
   */
  public record Request(SearchQuery query, Question filters, HitType type, int limit, int page, Set<Facet> facets) {}

  private static final int FACT_COUNT = 5;
  private static final int FACET_SIZE = 10;
  private static final String START = "[";
  private static final String STOP = "]";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;
  private final Dialect dialect;

  public CorpusSearch(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** A ranked row: its document, the quote's ord or -1, and the score. */
  private record Ranked(String docId, int ord, double score, long key) {}

  public SearchResult search(Request request) throws SQLException, UnknownPlaceException {
    DocumentCondition condition = new CorpusQuery(connection).documentCondition(request.filters());
    List<Ranked> ranked = dialect == Dialect.SQLITE ? rankSqlite(request, condition) : rankPostgres(request, condition);
    int from = Math.min(ranked.size(), (request.page() - 1) * request.limit());
    List<Ranked> page = ranked.subList(from, Math.min(ranked.size(), from + request.limit()));
    Set<String> docIds = new LinkedHashSet<>();
    for (Ranked r : ranked) {
      docIds.add(r.docId());
    }
    List<Hit> hits = hits(request, condition, page, from);
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (Facet facet : request.facets()) {
      facets.put(facet.name(), docIds.isEmpty() ? List.of() : facet(facet, docIds));
    }
    return new SearchResult(request.query().toString(), ranked.size(), docIds.size(), request.page(),
        request.limit(), hits, facets);
  }

  // --- ranking ---

  private List<Ranked> rankSqlite(Request request, DocumentCondition condition) throws SQLException {
    String table = Schema.SQLITE_SEARCH_TABLE;
    long span = SearchKeys.SPAN;
    StringBuilder sql = new StringBuilder("SELECT d.doc_id, " + table + ".rowid % " + span + " - 1 AS ord, -bm25("
        + table + ", 4.0, 1.0) AS score, " + table + ".rowid AS search_key FROM " + table + " JOIN documents d ON d.rowid = " + table + ".rowid / "
        + span + " WHERE " + table + " MATCH ? AND " + condition.sql());
    List<Object> parameters = new ArrayList<>();
    parameters.add(request.query().toFts5());
    parameters.addAll(condition.parameters());
    String kindKey = table + ".rowid % " + span;
    if (request.type() == HitType.document) {
      sql.append(" AND ").append(kindKey).append(" = 0");
    } else if (request.type() == HitType.quote) {
      sql.append(" AND ").append(kindKey).append(" <> 0");
    }
    if (request.filters().speaker() != null) {
      sql.append(" AND (").append(kindKey).append(" = 0 OR EXISTS (SELECT 1 FROM quotes q WHERE q.doc_id = d.doc_id")
          .append(" AND q.ord = ").append(kindKey).append(" - 1 AND ").append(DocumentFilter.SPEAKER_MATCH).append("))");
      addSpeaker(parameters, request.filters().speaker());
    }
    sql.append(" ORDER BY score DESC, d.doc_id, ord");
    return ranked(sql.toString(), parameters);
  }

  private List<Ranked> rankPostgres(Request request, DocumentCondition condition) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String tsquery = request.query().toTsquerySql(parameters);
    List<String> parts = new ArrayList<>();
    List<Object> partParameters = new ArrayList<>();
    if (request.type() != HitType.quote) {
      parts.add("SELECT d.doc_id, -1 AS ord, ts_rank_cd(d.search_vector, tsq.q, 32) AS score FROM documents d, tsq"
          + " WHERE d.search_vector @@ tsq.q AND " + condition.sql());
      partParameters.addAll(condition.parameters());
    }
    if (request.type() != HitType.document) {
      String speaker = "";
      if (request.filters().speaker() != null) {
        speaker = " AND " + DocumentFilter.SPEAKER_MATCH;
      }
      parts.add("SELECT d.doc_id, q.ord, ts_rank_cd(q.search_vector, tsq.q, 32) AS score FROM quotes q"
          + " JOIN documents d ON d.doc_id = q.doc_id, tsq WHERE q.search_vector @@ tsq.q" + speaker + " AND "
          + condition.sql());
      if (request.filters().speaker() != null) {
        addSpeaker(partParameters, request.filters().speaker());
      }
      partParameters.addAll(condition.parameters());
    }
    parameters.addAll(partParameters);
    String sql = "WITH tsq AS (SELECT " + tsquery + " AS q) " + String.join(" UNION ALL ", parts)
        + " ORDER BY score DESC, doc_id, ord";
    return ranked(sql, parameters);
  }

  private static void addSpeaker(List<Object> parameters, String speaker) {
    parameters.add(DocumentFilter.containsPattern(speaker));
    parameters.add(DocumentFilter.containsPattern(speaker));
  }

  private List<Ranked> ranked(String sql, List<Object> parameters) throws SQLException {
    List<Ranked> ranked = new ArrayList<>();
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        ranked.add(new Ranked(rs.getString(1), rs.getInt(2), rs.getDouble(3),
            dialect == Dialect.SQLITE ? rs.getLong(4) : 0));
      }
    }
    return ranked;
  }

  // --- the page's hits ---

  private List<Hit> hits(Request request, DocumentCondition condition, List<Ranked> page, int offset)
      throws SQLException {
    if (page.isEmpty()) {
      return List.of();
    }
    Map<String, String> snippets = snippets(request, page);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      Ranked r = page.get(i);
      String title = null;
      String published = null;
      try (PreparedStatement statement = prepare(
          "SELECT title, published_day FROM documents WHERE doc_id = ?", List.of(r.docId()));
          ResultSet rs = statement.executeQuery()) {
        if (rs.next()) {
          title = rs.getString(1);
          published = rs.getString(2);
        }
      }
      String quoteSpeaker = r.ord() >= 0 ? quoteSpeaker(r) : null;
      hits.add(new Hit(offset + i + 1, r.ord() < 0 ? "document" : "quote", r.docId(), title, published,
          Math.round(r.score() * 1000) / 1000.0, snippets.get(r.docId() + "\u0000" + r.ord()), quoteSpeaker,
          dates(r.docId(), request.filters()), places(r.docId(), request.filters(), condition),
          speakers(r.docId(), request.filters())));
    }
    return hits;
  }

  private String quoteSpeaker(Ranked r) throws SQLException {
    try (PreparedStatement statement = prepare(
        "SELECT COALESCE(speaker, speaker_mention) FROM quotes WHERE doc_id = ? AND ord = ?",
        List.of(r.docId(), r.ord()));
        ResultSet rs = statement.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Snippets of the page's hits, keyed by document id and ord. */
  private Map<String, String> snippets(Request request, List<Ranked> page) throws SQLException {
    Map<String, String> snippets = new HashMap<>();
    if (dialect == Dialect.SQLITE) {
      String sql = "SELECT snippet(" + Schema.SQLITE_SEARCH_TABLE + ", -1, '" + START + "', '" + STOP
          + "', '…', 24) FROM " + Schema.SQLITE_SEARCH_TABLE + " WHERE " + Schema.SQLITE_SEARCH_TABLE
          + " MATCH ? AND rowid = ?";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (Ranked r : page) {
          statement.setString(1, request.query().toFts5());
          statement.setLong(2, r.key());
          try (ResultSet rs = statement.executeQuery()) {
            if (rs.next()) {
              snippets.put(r.docId() + "\u0000" + r.ord(), oneLine(rs.getString(1)));
            }
          }
        }
      }
      return snippets;
    }
    String options = "StartSel=" + START + ", StopSel=" + STOP
        + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    for (Ranked r : page) {
      List<Object> parameters = new ArrayList<>();
      String tsquery = request.query().toTsquerySql(parameters);
      String sql = r.ord() < 0
          ? "SELECT ts_headline('english', coalesce(title, '') || E'\\n' || coalesce(clean_text, ''), " + tsquery
              + ", ?) FROM documents WHERE doc_id = ?"
          : "SELECT ts_headline('english', coalesce(content, ''), " + tsquery + ", ?) FROM quotes"
              + " WHERE doc_id = ? AND ord = ?";
      parameters.add(r.ord() < 0 ? options : options + ", HighlightAll=true");
      parameters.add(r.docId());
      if (r.ord() >= 0) {
        parameters.add(r.ord());
      }
      try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
        if (rs.next()) {
          snippets.put(r.docId() + "\u0000" + r.ord(), oneLine(rs.getString(1)));
        }
      }
    }
    return snippets;
  }

  private static String oneLine(String text) {
    return text == null ? null : text.replaceAll("\\s+", " ").strip();
  }

  // --- facts of a hit ---

  private List<String> dates(String docId, Question filters) throws SQLException {
    List<String> dates = new ArrayList<>();
    try (PreparedStatement statement = prepare("SELECT value, value_begin, value_end FROM time_expressions"
        + " WHERE doc_id = ? AND value_begin IS NOT NULL ORDER BY span_begin", List.of(docId));
        ResultSet rs = statement.executeQuery()) {
      while (rs.next() && dates.size() < FACT_COUNT) {
        String value = rs.getString(1);
        boolean inside = (filters.fromDay() == null || rs.getString(2).compareTo(filters.fromDay()) >= 0)
            && (filters.toDay() == null || rs.getString(3).compareTo(filters.toDay()) <= 0);
        if (inside && !dates.contains(value)) {
          dates.add(value);
        }
      }
    }
    return dates;
  }

  private List<String> places(String docId, Question filters, DocumentCondition condition) throws SQLException {
    List<String> places = new ArrayList<>();
    try (PreparedStatement statement = prepare("SELECT name, MIN(latitude), MIN(longitude), COUNT(*) AS mentions"
        + " FROM places WHERE doc_id = ? AND name IS NOT NULL GROUP BY name ORDER BY mentions DESC, name",
        List.of(docId));
        ResultSet rs = statement.executeQuery()) {
      while (rs.next() && places.size() < FACT_COUNT) {
        String name = rs.getString(1);
        boolean matches;
        if (filters.place() == null) {
          matches = true;
        } else if (condition.anchor() != null) {
          double lat = rs.getDouble(2);
          matches = !rs.wasNull() && GreatCircle.km(condition.anchor().latitude(),
              condition.anchor().longitude(), lat, rs.getDouble(3)) <= filters.withinKm();
        } else {
          matches = condition.placeNames().contains(name.toLowerCase(Locale.ROOT));
        }
        if (matches) {
          places.add(name);
        }
      }
    }
    return places;
  }

  private List<String> speakers(String docId, Question filters) throws SQLException {
    List<String> speakers = new ArrayList<>();
    String needle = filters.speaker() == null ? null : filters.speaker().toLowerCase(Locale.ROOT);
    try (PreparedStatement statement = prepare("SELECT speaker AS who,"
        + " lower(speaker || ' ' || COALESCE(speaker_mention, '')) AS names, COUNT(*) AS n"
        + " FROM quotes WHERE doc_id = ? AND speaker IS NOT NULL"
        + " GROUP BY 1, 2 ORDER BY n DESC, who", List.of(docId));
        ResultSet rs = statement.executeQuery()) {
      while (rs.next() && speakers.size() < FACT_COUNT) {
        String who = rs.getString(1);
        if ((needle == null || rs.getString(2).contains(needle)) && !speakers.contains(who)) {
          speakers.add(who);
        }
      }
    }
    return speakers;
  }

  // --- facets ---

  private List<FacetValue> facet(Facet facet, Set<String> docIds) throws SQLException {
    String in = dialect == Dialect.SQLITE ? " IN (SELECT value FROM json_each(?))" : " = ANY(?)";
    String sql = switch (facet) {
      case places -> "SELECT p.name, COUNT(DISTINCT p.doc_id) AS n FROM places p WHERE p.doc_id" + in
          + " AND p.name IS NOT NULL GROUP BY p.name ORDER BY n DESC, p.name";
      case speakers -> "SELECT q.speaker, COUNT(DISTINCT q.doc_id) AS n FROM quotes q WHERE q.doc_id" + in
          + " AND q.speaker IS NOT NULL GROUP BY q.speaker ORDER BY n DESC, q.speaker";
      case months -> "SELECT substr(d.published_day, 1, 7) AS month, COUNT(*) AS n FROM documents d WHERE d.doc_id"
          + in + " AND d.published_day IS NOT NULL GROUP BY 1 ORDER BY n DESC, month DESC";
    };
    List<FacetValue> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql + " LIMIT " + FACET_SIZE)) {
      if (dialect == Dialect.SQLITE) {
        try {
          statement.setString(1, JSON.writeValueAsString(docIds));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("document ids cannot be written as JSON", e);
        }
      } else {
        Array array = connection.createArrayOf("text", docIds.toArray());
        statement.setArray(1, array);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          values.add(new FacetValue(rs.getString(1), rs.getInt(2)));
        }
      }
    }
    return values;
  }

  private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
