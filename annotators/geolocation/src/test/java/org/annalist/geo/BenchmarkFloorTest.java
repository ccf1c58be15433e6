package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.annalist.core.testing.SharedData;
import org.annalist.geo.eval.GeoEvalCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs {@code eval geo} on the development benchmarks and guards the measured figures against
 * regressions (floors a little under the figures reported in docs/evaluation/geolocation.md).
 */
class BenchmarkFloorTest {

  private static String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int code = new CommandLine(new GeoEvalCommand()).execute(args);
      assertThat(code).isZero();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static double figure(String json, String section, String key) throws Exception {
    com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    return root.path(section).path(key).asDouble(Double.NaN);
  }

  private static double figure(String json, String section, String sub, String key) throws Exception {
    com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    return root.path(section).path(sub).path(key).asDouble(Double.NaN);
  }

  @Test
  void trNews() throws Exception {
    Path file = SharedData.require("geo/tr-news.xml");
    String json = run("--format", "trnews", file.toString(), "--json", "--worst", "3");
    assertThat(figure(json, "tagging", "overlap", "f1")).isGreaterThan(0.90);
    assertThat(figure(json, "tagging", "exact", "f1")).isGreaterThan(0.81);
    assertThat(figure(json, "geocoding", "accuracy161")).isGreaterThan(0.865);
    assertThat(figure(json, "geocoding", "toponyms")).isGreaterThan(1100);
  }

  @Test
  void geoWebNews() throws Exception {
    Path file = SharedData.require("geo/gwn-dev.xml");
    String json = run("--format", "gwn", file.toString(), "--json");
    assertThat(figure(json, "tagging", "overlap", "f1")).isGreaterThan(0.86);
    assertThat(figure(json, "tagging", "exact", "f1")).isGreaterThan(0.81);
    assertThat(figure(json, "geocoding", "accuracy161")).isGreaterThan(0.912);
  }

  @Test
  void badArgumentsExitWithTwo() {
    assertThat(new CommandLine(new GeoEvalCommand()).execute("--format", "nope", "x.xml")).isEqualTo(2);
    assertThat(new CommandLine(new GeoEvalCommand()).execute("--format", "gwn", "/no/such/file.xml")).isEqualTo(2);
  }
}
