package org.annalist.report.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;

/**
 * Documents from a run's {@code documents.jsonl} (docs/output-format.md). The text is the clean
 * text, so page furniture cannot be shown; offsets are the file's clean-text offsets.
 */
public final class JsonlDocuments implements DocumentSource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public JsonlDocuments(Path file) {
    this.file = file;
  }

  @Override
  public String description() {
    return file.toString();
  }

  @Override
  public void forEach(Consumer<ReportDocument> sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode json;
        try {
          json = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new MalformedInputException(file + ":" + number + ": not a JSON object ("
              + e.getOriginalMessage() + "); expected one document per line as written by the jsonl consumer");
        }
        if (json == null || !json.isObject() || !json.hasNonNull("id")) {
          throw new MalformedInputException(file + ":" + number
              + ": expected a JSON object with an \"id\", as written by the jsonl consumer");
        }
        sink.accept(document(json));
      }
    }
  }

  static ReportDocument document(JsonNode json) {
    String text = string(json, "text");
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode date : json.path("dates")) {
      Map<String, String> attributes = new LinkedHashMap<>();
      put(attributes, "timexType", string(date, "type"));
      put(attributes, "mod", string(date, "mod"));
      mentions.add(new Mention(Mention.DATE, offset(date, "begin"), offset(date, "end"), string(date, "text"),
          string(date, "value"), attributes));
    }
    for (JsonNode place : json.path("places")) {
      Map<String, String> attributes = new LinkedHashMap<>();
      put(attributes, "name", string(place, "name"));
      put(attributes, "geonamesId", string(place, "geonamesId"));
      put(attributes, "country", string(place, "countryCode"));
      put(attributes, "admin1", string(place, "admin1"));
      put(attributes, "lat", string(place, "lat"));
      put(attributes, "lon", string(place, "lon"));
      put(attributes, "featureCode", string(place, "featureCode"));
      put(attributes, "usage", string(place, "usage"));
      mentions.add(new Mention(Mention.PLACE, offset(place, "begin"), offset(place, "end"), string(place, "text"),
          PlaceKeys.value(attributes), attributes));
    }
    for (JsonNode quote : json.path("quotes")) {
      Map<String, String> attributes = new LinkedHashMap<>();
      put(attributes, "speaker", string(quote, "speaker"));
      put(attributes, "speakerMention", string(quote, "speakerMention"));
      put(attributes, "role", string(quote, "speakerRole"));
      put(attributes, "cue", string(quote, "cue"));
      put(attributes, "direct", string(quote, "direct"));
      mentions.add(new Mention(Mention.QUOTE, offset(quote, "begin"), offset(quote, "end"), string(quote, "text"),
          string(quote, "speaker"), attributes));
    }
    return new ReportDocument(string(json, "id"), string(json, "source"), string(json, "contentType"),
        string(json, "title"), string(json, "author"), string(json, "published"), string(json, "publishedSource"),
        string(json, "language"), text, false, mentions);
  }

  private static int offset(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.canConvertToInt() ? value.asInt() : -1;
  }

  private static String string(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }
}
