package org.annalist.report.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;

/** The scope of one document's page. */
final class DocumentPage {

  private DocumentPage() {}

  static Map<String, Object> scope(ReportDocument doc, String reportTitle) {
    Map<Mention, Integer> placeIndex = new IdentityHashMap<>();
    Map<String, Integer> markerOfPlace = new LinkedHashMap<>();
    List<Map<String, Object>> markers = new ArrayList<>();
    List<Map<String, Object>> places = new ArrayList<>();
    for (Mention m : doc.mentions(Mention.PLACE)) {
      String key = m.value() == null ? String.valueOf(m.text()) : m.value();
      Integer index = markerOfPlace.get(key);
      if (index == null) {
        index = markerOfPlace.size();
        markerOfPlace.put(key, index);
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("index", index);
        place.put("name", m.attribute("name") == null ? m.text() : m.attribute("name"));
        place.put("country", m.attribute("country"));
        place.put("admin1", m.attribute("admin1"));
        place.put("geonamesId", m.attribute("geonamesId"));
        place.put("lat", m.number("lat"));
        place.put("lon", m.number("lon"));
        place.put("mentions", 0);
        places.add(place);
        if (m.number("lat") != null && m.number("lon") != null) {
          markers.add(Map.of("i", index, "name", place.get("name"), "lat", m.number("lat"), "lon", m.number("lon")));
        }
      }
      Map<String, Object> place = places.get(index);
      place.put("mentions", (Integer) place.get("mentions") + 1);
      placeIndex.put(m, index);
    }
    Map<String, String> colours = new LinkedHashMap<>();
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Mention m : doc.mentions(Mention.QUOTE)) {
      String speaker = m.value() == null ? "" : m.value();
      colours.computeIfAbsent(speaker, SpeakerColours::of);
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("text", m.text());
      quote.put("speaker", m.value() == null ? "unknown speaker" : m.value());
      quote.put("role", m.attribute("role"));
      quote.put("cue", m.attribute("cue"));
      quote.put("colour", colours.get(speaker));
      quote.put("direct", "true".equals(m.attribute("direct")) ? "direct" : "reported");
      quotes.add(quote);
    }
    List<Map<String, Object>> dates = new ArrayList<>();
    for (Mention m : doc.mentions(Mention.DATE)) {
      dates.add(Map.of("text", String.valueOf(m.text()), "value", m.value() == null ? "" : m.value(),
          "type", m.attribute("timexType") == null ? "" : m.attribute("timexType")));
    }
    Map<String, List<Map<String, Object>>> plugins = new TreeMap<>();
    Map<String, Integer> furniture = new TreeMap<>();
    for (Mention m : doc.mentions()) {
      if (m.isPlugin()) {
        plugins.computeIfAbsent(m.type(), k -> new ArrayList<>()).add(Map.of("text", String.valueOf(m.text()),
            "features", m.attribute("features") == null ? "" : m.attribute("features")));
      } else if (m.type().equals(Mention.FURNITURE)) {
        furniture.merge(m.value(), 1, Integer::sum);
      }
    }
    List<Map<String, Object>> pluginList = new ArrayList<>();
    plugins.forEach((type, items) -> pluginList.add(Map.of("type", type, "count", items.size(), "items", items)));
    List<Map<String, Object>> furnitureList = new ArrayList<>();
    furniture.forEach((reason, count) -> furnitureList.add(Map.of("reason", reason, "count", count)));

    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("root", "../");
    scope.put("reportTitle", reportTitle);
    scope.put("pageTitle", doc.title() == null || doc.title().isBlank() ? doc.id() : doc.title());
    scope.put("id", doc.id());
    scope.put("source", doc.source());
    scope.put("contentType", doc.contentType());
    scope.put("author", doc.author());
    scope.put("language", doc.language() == null || doc.language().equals("x-unspecified") ? "" : doc.language());
    scope.put("published", doc.published());
    scope.put("publishedSource", doc.publishedSource());
    scope.put("dateFromText", doc.published() != null && !CorpusIndex.fromMetadata(doc.publishedSource()));
    scope.put("furnitureShown", doc.furnitureShown());
    scope.put("furniture", furnitureList);
    scope.put("characters", doc.text().length());
    scope.put("body", TextHighlighter.render(doc.text(), doc.mentions(), placeIndex, colours));
    scope.put("places", places);
    scope.put("dates", dates);
    scope.put("quotes", quotes);
    scope.put("plugins", pluginList);
    long unlocated = doc.mentions().stream().filter(m -> !m.located(doc.text().length())
        && !m.type().equals(Mention.CUE) && !m.type().equals(Mention.SPEAKER)).count();
    scope.put("unlocated", unlocated == 0 ? null : unlocated);
    scope.put("mapJson", ScriptJson.of(Map.of("markers", markers)));
    return scope;
  }
}
