package org.annalist.consumer.sql.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.consumer.sql.search.SearchResult.FacetValue;
import org.annalist.consumer.sql.search.SearchResult.Hit;

/** Prints a {@link SearchResult} for people (ranked list, facts, facets) or as one JSON object. */
final class SearchPrinter {

  private SearchPrinter() {}

  static void json(SearchResult result, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      out.println(mapper.writeValueAsString(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print the result as JSON", e);
    }
    out.flush();
  }

  static void text(SearchResult result, PrintWriter out) {
    int first = (result.page() - 1) * result.limit() + 1;
    if (result.total() == 0) {
      out.println("no hits for " + result.query() + " (check the spelling, remove a filter, or use a prefix: word*)");
    } else if (result.hits().isEmpty()) {
      out.println(result.total() + " hits for " + result.query() + "; page " + result.page()
          + " is past the last one (" + lastPage(result) + ")");
    } else {
      out.println(result.total() + " hits in " + result.documents() + " documents for " + result.query()
          + ", showing " + first + "-" + (first + result.hits().size() - 1)
          + (result.page() < lastPage(result) ? " (next: --page " + (result.page() + 1) + ")" : ""));
    }
    for (Hit hit : result.hits()) {
      out.println();
      StringBuilder head = new StringBuilder().append(hit.rank()).append(". ");
      if (hit.kind().equals("quote")) {
        head.append("quote by ").append(hit.quoteSpeaker() == null ? "(unknown speaker)" : hit.quoteSpeaker())
            .append(" in ");
      }
      head.append(hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title().strip());
      out.println(head);
      out.println("   " + hit.document() + (hit.published() == null ? "" : " · " + hit.published())
          + " · score " + hit.score());
      if (hit.snippet() != null) {
        out.println("   " + hit.snippet());
      }
      List<String> facts = new ArrayList<>();
      add(facts, "dates", hit.dates());
      add(facts, "places", hit.places());
      add(facts, "speakers", hit.speakers());
      if (!facts.isEmpty()) {
        out.println("   " + String.join(" · ", facts));
      }
    }
    if (result.total() > 0 && !result.facets().isEmpty()) {
      out.println();
      out.println("facets (documents among all " + result.total() + " hits):");
      for (Map.Entry<String, List<FacetValue>> facet : result.facets().entrySet()) {
        String values = facet.getValue().isEmpty() ? "-" : facet.getValue().stream()
            .map(v -> v.value() + " " + v.count()).collect(Collectors.joining(", "));
        out.println("  " + facet.getKey() + ": " + values);
      }
    }
    out.flush();
  }

  private static int lastPage(SearchResult result) {
    return Math.max(1, (result.total() + result.limit() - 1) / result.limit());
  }

  private static void add(List<String> facts, String label, List<String> values) {
    if (!values.isEmpty()) {
      facts.add(label + ": " + String.join(", ", values));
    }
  }
}
