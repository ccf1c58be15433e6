package org.annalist.report.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.report.model.CorpusGroups;

/** A stored corpus group (its members and details JSON) as the report keeps it: only what its pages show. */
final class GroupRows {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  /** Quotes are cut at this length, as on the speaker pages. */
  static final int QUOTE_CHARS = 600;

  private GroupRows() {}

  static CorpusGroups.Group group(String kind, String id, String label, String membersJson, String detailsJson) {
    List<Map<String, Object>> members = parse(membersJson, LIST, List.of());
    Map<String, Object> details = new LinkedHashMap<>(parse(detailsJson, MAP, Map.of()));
    List<String> documents = new ArrayList<>(members.size());
    for (Map<String, Object> member : members) {
      Object document = member.get("document");
      if (document instanceof String d && (documents.isEmpty() || !documents.contains(d))) {
        documents.add(d);
      }
    }
    switch (kind) {
      case CorpusGroups.STORIES -> details.remove("terms"); // the centroid, kept for later runs only
      case CorpusGroups.PEOPLE -> {
        details.remove("context"); // co-occurring names, kept for later runs only
        details.put("quotes", cutQuotes(details.get("quotes")));
        members = List.of(); // the details hold the variants, roles and quotes of every member
      }
      case CorpusGroups.QUOTES -> {
        details.remove("speakers");
        members = members.stream().map(m -> {
          Map<String, Object> slim = new LinkedHashMap<>(m);
          slim.remove("content");
          return slim;
        }).toList();
      }
      default -> { }
    }
    return new CorpusGroups.Group(kind, id, label == null ? id : label, List.copyOf(documents), members, details);
  }

  private static List<Map<String, Object>> cutQuotes(Object quotes) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (quotes instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> quote) {
          Map<String, Object> copy = new LinkedHashMap<>();
          quote.forEach((k, v) -> copy.put(String.valueOf(k), v));
          if (copy.get("content") instanceof String text && text.length() > QUOTE_CHARS) {
            copy.put("content", text.substring(0, QUOTE_CHARS) + "…");
          }
          out.add(copy);
        }
      }
    }
    return out;
  }

  private static <T> T parse(String json, TypeReference<T> type, T empty) {
    if (json == null || json.isBlank()) {
      return empty;
    }
    try {
      T value = JSON.readValue(json, type);
      return value == null ? empty : value;
    } catch (JsonProcessingException e) {
      return empty;
    }
  }
}
