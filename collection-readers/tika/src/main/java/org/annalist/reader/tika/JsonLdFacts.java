package org.annalist.reader.tika;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Publication date and authors from the JSON-LD ({@code <script type="application/ld+json">})
 * blocks of an HTML page. Tika drops script contents, so the blocks are located in the raw HTML
 * with a linear scan and read with Jackson; an article-like node ({@code @type} containing
 * Article, Posting or Report) is preferred over any other node with a {@code datePublished}.
 */
record JsonLdFacts(String datePublished, String author) {

  static final JsonLdFacts NONE = new JsonLdFacts(null, null);

  /** Lenient: pages often put raw newlines in strings or leave trailing commas. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final int MAX_BLOCKS = 20;
  private static final int MAX_BLOCK_CHARS = 1 << 20;
  private static final int MAX_DEPTH = 12;

  static JsonLdFacts of(String html) {
    if (html == null) {
      return NONE;
    }
    List<JsonNode> candidates = new ArrayList<>();
    for (String block : scriptBlocks(html)) {
      try {
        collect(MAPPER.readTree(block), candidates, 0);
      } catch (Exception e) {
        // a broken block is common on the web and tells us nothing
      }
    }
    JsonNode best = null;
    for (JsonNode node : candidates) {
      if (isArticle(node)) {
        best = node;
        break;
      }
      if (best == null) {
        best = node;
      }
    }
    if (best == null) {
      return NONE;
    }
    return new JsonLdFacts(text(best.get("datePublished")), authors(best.get("author")));
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, out, depth + 1);
      }
    } else if (node.isObject()) {
      if (node.hasNonNull("datePublished")) {
        out.add(node);
      }
      for (JsonNode child : node) {
        if (child.isContainerNode()) {
          collect(child, out, depth + 1);
        }
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    String types = type == null ? "" : type.toString().toLowerCase(Locale.ROOT);
    return types.contains("article") || types.contains("posting") || types.contains("report");
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    return node.isValueNode() ? node.asText() : null;
  }

  private static String authors(JsonNode node) {
    if (node == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode child : node) {
        addName(child, names);
      }
    } else {
      addName(node, names);
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static void addName(JsonNode node, List<String> names) {
    String name = node.isTextual() ? node.asText() : text(node.get("name"));
    if (name != null && !name.isBlank() && !name.startsWith("http")) {
      names.add(name.strip());
    }
  }

  /** Bodies of the ld+json script elements, found without regular expressions. */
  static List<String> scriptBlocks(String html) {
    List<String> blocks = new ArrayList<>();
    int from = 0;
    while (blocks.size() < MAX_BLOCKS) {
      int open = indexOfIgnoreCase(html, "<script", from);
      if (open < 0) {
        break;
      }
      int tagEnd = html.indexOf('>', open);
      if (tagEnd < 0) {
        break;
      }
      int close = indexOfIgnoreCase(html, "</script", tagEnd);
      if (close < 0) {
        break;
      }
      String tag = html.substring(open, tagEnd).toLowerCase(Locale.ROOT);
      if (tag.contains("ld+json") && close - tagEnd - 1 <= MAX_BLOCK_CHARS) {
        blocks.add(html.substring(tagEnd + 1, close));
      }
      from = close + 8;
    }
    return blocks;
  }

  private static int indexOfIgnoreCase(String haystack, String needle, int from) {
    char first = needle.charAt(0);
    char second = Character.toLowerCase(needle.charAt(1));
    int i = from;
    while ((i = haystack.indexOf(first, i)) >= 0) {
      // most '<' open other tags: one character rules them out before the full comparison
      if (i + 1 < haystack.length() && Character.toLowerCase(haystack.charAt(i + 1)) == second
          && haystack.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
      i++;
    }
    return -1;
  }
}
