package org.annalist.corpus.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two files {@code annalist eval stories} reads.
 * <ul>
 *   <li>Gold: a UTF-8 text file, one {@code DOCUMENT-ID<TAB>STORY-LABEL} a line; blank lines and lines
 *       starting with {@code #} are skipped; each document once.</li>
 *   <li>Predictions: the JSON lines of {@code annalist corpus OUTPUT --json}; the objects of
 *       {@code "kind": "stories"} are read ({@code id} and {@code documents}), the other kinds skipped;
 *       each document in one story at most.</li>
 * </ul>
 * Both give a map from document id to story (label or id).
 */
public final class StoryFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryFiles() {}

  public static Map<String, String> readGold(Path file) throws StoryFileException {
    List<String> lines = lines(file);
    Map<String, String> gold = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new StoryFileException(file, i + 1, "expected DOCUMENT-ID<TAB>STORY-LABEL (two fields separated by one tab),"
            + " found " + (fields.length == 1 ? "no tab" : fields.length + " fields") + "; comment lines start with #");
      }
      String previous = gold.put(fields[0].strip(), fields[1].strip());
      if (previous != null) {
        throw new StoryFileException(file, i + 1, "document " + fields[0].strip() + " is labelled twice (" + previous
            + " and " + fields[1].strip() + "); a gold file gives each document one story");
      }
    }
    if (gold.isEmpty()) {
      throw new StoryFileException(file, 0, "no labelled document: expected lines DOCUMENT-ID<TAB>STORY-LABEL");
    }
    return gold;
  }

  public static Map<String, String> readPredictions(Path file) throws StoryFileException {
    List<String> lines = lines(file);
    Map<String, String> predicted = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        throw new StoryFileException(file, i + 1, "expected one JSON object a line (the output of annalist corpus"
            + " OUTPUT --json), found text that is not JSON: " + e.getMessage());
      }
      if (node == null || !node.isObject() || !node.path("kind").isTextual()) {
        throw new StoryFileException(file, i + 1, "expected a JSON object with \"kind\", \"id\" and \"documents\"");
      }
      if (!StoryGroupingStep.KIND.equals(node.get("kind").asText())) {
        continue;
      }
      if (!node.path("id").isTextual() || !node.path("documents").isArray()) {
        throw new StoryFileException(file, i + 1, "a \"stories\" object needs a text \"id\" and a \"documents\" array");
      }
      String id = node.get("id").asText();
      for (JsonNode document : node.get("documents")) {
        if (!document.isTextual()) {
          throw new StoryFileException(file, i + 1, "\"documents\" must hold document ids (strings), found " + document);
        }
        String previous = predicted.put(document.asText(), id);
        if (previous != null && !previous.equals(id)) {
          throw new StoryFileException(file, i + 1, "document " + document.asText() + " is in two stories (" + previous
              + " and " + id + ")");
        }
      }
    }
    return predicted;
  }

  private static List<String> lines(Path file) throws StoryFileException {
    if (!Files.isRegularFile(file)) {
      throw new StoryFileException(file, 0, "no such file");
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoryFileException(file, 0, "cannot be read as UTF-8 text: " + e.getMessage());
    }
  }
}
