package org.annalist.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binary distribution, unpacked outside the source tree, runs every command with Java alone: the
 * README's pipeline over the shipped samples, validate, components, query.
 */
class DistributionIT {

  private static UnpackedDistribution dist;
  private static UnpackedDistribution.Result run;
  private static final Map<String, JsonNode> documents = new HashMap<>();

  @BeforeAll
  static void runTheNewsPipelineInTheUnpackedDistribution() throws Exception {
    dist = UnpackedDistribution.get();
    run = dist.annalist(dist.home, "run", "pipelines/news.yaml", "--no-progress");
    Path jsonl = dist.home.resolve("output/documents.jsonl");
    assertThat(jsonl).as("the run wrote no output: %s", run.output()).exists();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      documents.put(node.get("id").asText(), node);
    }
  }

  @Test
  void hasTheLayoutOfADistribution() throws Exception {
    Path home = dist.home;
    assertThat(home.resolve("bin/jvm.options")).exists();
    assertThat(home.resolve("lib/annalist-cli.jar")).exists();
    assertThat(home.resolve("plugins/README.md")).exists();
    assertThat(home.resolve("pipelines/news.yaml")).exists();
    assertThat(home.resolve("docs/plugins.md")).exists();
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
    assertThat(Files.readString(home.resolve("NOTICE"))).contains("GeoNames", "CC BY 4.0", "Natural Earth", "ODbL");
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
      assertThat(jars).anyMatch(j -> j.startsWith("annalist-geolocation-"))
          .noneMatch(j -> j.startsWith("spark-") || j.startsWith("annalist-spark") || j.startsWith("junit")
              || j.startsWith("assertj") || j.startsWith("annalist-testkit"));
    }
  }

  @Test
  void runsTheNewsPipelineOnTheShippedSamples() {
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("6 succeeded");
    assertThat(documents).containsKeys("erbil-flash-flood.html", "paris-water-summit.txt",
        "texas-reservoirs-report.pdf", "baghdad-power-cuts.eml", "more-regional-news.zip!/regional/basra-heatwave.txt");
    JsonNode page = documents.get("erbil-flash-flood.html");
    assertThat(page.get("text").asText()).contains("Flash floods swept through Erbil");
    assertThat(values(page, "dates", "value")).contains("2024-04-03");
    assertThat(values(page, "places", "name")).contains("Erbil");
    assertThat(values(page, "quotes", "speaker")).contains("Dilshad Omar");
    assertThat(dist.home.resolve("output/annalist.db")).exists();
  }

  @Test
  void validatesAndListsComponents() throws Exception {
    UnpackedDistribution.Result validate = dist.annalist(dist.home, "validate", "pipelines/news.yaml");
    assertThat(validate.exitCode()).as(validate.output()).isZero();
    assertThat(validate.output()).contains("valid pipeline 'news'", "annotator:  geolocation");

    UnpackedDistribution.Result components = dist.annalist(dist.home, "components", "--kind", "ANNOTATOR");
    assertThat(components.exitCode()).as(components.output()).isZero();
    assertThat(components.output()).contains("boilerplate", "dates", "geolocation", "quotes");
  }

  @Test
  void queriesTheProcessedSamples() throws Exception {
    assertThat(run.exitCode()).as(run.output()).isZero();
    UnpackedDistribution.Result near = dist.annalist(dist.home, "query", "output", "--place", "Erbil", "--within-km", "100");
    assertThat(near.exitCode()).as(near.output()).isZero();
    assertThat(near.output()).contains("erbil-flash-flood.html");
  }

  private static List<String> values(JsonNode document, String array, String field) {
    List<String> values = new ArrayList<>();
    document.get(array).forEach(item -> values.add(item.path(field).asText()));
    return values;
  }
}
