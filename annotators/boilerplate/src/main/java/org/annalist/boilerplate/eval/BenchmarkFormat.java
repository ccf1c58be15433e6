package org.annalist.boilerplate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The two benchmark layouts the eval reads. */
public enum BenchmarkFormat {
  /** {@code html/<id>.html.gz} + {@code ground-truth.json} ({@code id -> {articleBody, url}}). */
  AEB {
    @Override
    public List<BenchmarkPage> read(Path dir) throws IOException {
      JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
      List<BenchmarkPage> pages = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = truth.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        Path html = dir.resolve("html").resolve(entry.getKey() + ".html.gz");
        JsonNode value = entry.getValue();
        if (!value.isObject() || !value.has("articleBody")) {
          throw new IOException("ground-truth.json: entry " + entry.getKey()
              + " has no articleBody (expected {id: {articleBody, url}}); is this an aeb folder?");
        }
        pages.add(new BenchmarkPage(entry.getKey(), html, value.path("url").asText(null),
            value.path("articleBody").asText(""), null, null, null));
      }
      pages.sort((a, b) -> a.id().compareTo(b.id()));
      return pages;
    }
  },
  /** {@code html/NNNN.html.gz} + {@code ground-truth/NNNN.json} with {@code ground_truth.main_content}. */
  WCXB {
    @Override
    public List<BenchmarkPage> read(Path dir) throws IOException {
      List<BenchmarkPage> pages = new ArrayList<>();
      List<Path> truths;
      try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
        truths = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      }
      for (Path truthFile : truths) {
        String id = truthFile.getFileName().toString().replaceFirst("\\.json$", "");
        Path html = dir.resolve("html").resolve(id + ".html.gz");
        JsonNode root = JSON.readTree(truthFile.toFile());
        JsonNode truth = root.path("ground_truth");
        if (!truth.isObject()) {
          throw new IOException(truthFile + " has no ground_truth object; is this a wcxb folder?");
        }
        pages.add(new BenchmarkPage(id, html, root.path("url").asText(null),
            truth.path("main_content").asText(""), text(truth.get("title")),
            text(truth.get("author")), text(truth.get("publish_date"))));
      }
      return pages;
    }
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  public abstract List<BenchmarkPage> read(Path dir) throws IOException;

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
  }
}
