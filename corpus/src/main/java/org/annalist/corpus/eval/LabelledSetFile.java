package org.annalist.corpus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A labelled near-duplicate set as a JSONL file, one document per line:
 * {@code {"id", "family", "role", "published", "edits", "text"}} ({@code id}, {@code family} and
 * {@code text} required). Documents of one family are copies of each other.
 */
public final class LabelledSetFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledSetFile() {}

  public static void write(Path file, List<LabelledDocument> documents) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (LabelledDocument document : documents) {
        out.write(JSON.writeValueAsString(document));
        out.write('\n');
      }
    }
  }

  /**
   * Reads a set; a line that is not such an object is an {@link IllegalArgumentException} naming
   * the file, the line and what was expected.
   */
  public static List<LabelledDocument> read(Path file) throws IOException {
    List<LabelledDocument> documents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not a UTF-8 text file; expected a labelled set, one JSON object"
          + " {\"id\", \"family\", \"text\", ...} per line");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(where + "not a JSON object (" + e.getOriginalMessage()
            + "); expected one document per line: {\"id\", \"family\", \"text\", optional \"published\", \"role\"}");
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(where + "expected a JSON object {\"id\", \"family\", \"text\", ...}");
      }
      String id = text(node, "id", where, true);
      String family = text(node, "family", where, true);
      String body = text(node, "text", where, true);
      if (!ids.add(id)) {
        throw new IllegalArgumentException(where + "the id '" + id + "' appears twice; ids must be unique");
      }
      String published = text(node, "published", where, false);
      if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new IllegalArgumentException(where + "\"published\" must be a day yyyy-mm-dd, not '" + published + "'");
      }
      documents.add(new LabelledDocument(id, family, text(node, "role", where, false), published,
          text(node, "edits", where, false), body));
    }
    if (documents.isEmpty()) {
      throw new IllegalArgumentException(file + ": no documents (expected one JSON object per line)");
    }
    return documents;
  }

  private static String text(JsonNode node, String field, String where, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IllegalArgumentException(where + "no \"" + field + "\" (every line needs \"id\", \"family\" and \"text\")");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(where + "\"" + field + "\" must be a string, not " + value.getNodeType());
    }
    return value.asText();
  }
}
