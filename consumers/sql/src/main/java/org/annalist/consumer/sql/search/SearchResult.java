package org.annalist.consumer.sql.search;

import java.util.List;
import java.util.Map;

/**
 * One page of ranked hits, the size of the whole result set and the facet counts over it.
 *
 * @param total hits in the whole result set
 * @param documents distinct documents among them (the facets count documents)
 * @param page 1-based page number
 * @param facets facet name to its values with counts, most frequent first
 */
public record SearchResult(String query, int total, int documents, int page, int limit, List<Hit> hits,
    Map<String, List<FacetValue>> facets) {

  /**
   * A ranked hit: a document (matched in its title or text) or one of its quotes.
   *
   * @param kind "document" or "quote"
   * @param score relevance, higher is better (BM25 on SQLite, ts_rank_cd on PostgreSQL)
   * @param snippet the matching passage with the matched words between [ and ]
   * @param quoteSpeaker the speaker of a quote hit (resolved name, else the mention)
   * @param dates mentioned dates (normalised values) of the document, within --from/--to when given
   * @param places places mentioned, those matching --place when given, most mentioned first
   * @param speakers quoted speakers of the document, those matching --speaker when given
   */
  public record Hit(int rank, String kind, String document, String title, String published, double score,
      String snippet, String quoteSpeaker, List<String> dates, List<String> places, List<String> speakers) {}

  public record FacetValue(String value, int count) {}
}
