package org.annalist.consumer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.annalist.core.testing.CasBuilder;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opensearch consumer against a real OpenSearch 2.19 node started by the test on 127.0.0.1. */
class OpenSearchConsumerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static TestOpenSearchNode node;

  @BeforeAll
  static void startNode() throws Exception {
    node = TestOpenSearchNode.start(temp.resolve("node"));
  }

  @AfterAll
  static void stopNode() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  /** Three news snippets: rockets near Erbil in January 2022, a Tehran quote from 2020, drones over Mosul. */
  static List<JCas> corpus() throws Exception {
    List<JCas> docs = new ArrayList<>();
    String a = "Rockets hit the Ain al-Asad air base on January 5, 2022. \"We observed five rounds,\" "
        + "said John Kirby. In March 2021 drones flew near Erbil.";
    docs.add(new CasBuilder("a", a).published("2022-01-07T10:15:00Z")
        .place("Ain al-Asad air base", 6300135L, 33.7856, 42.4412)
        .place("Erbil", 95446L, 36.19257, 44.01062)
        .timex("January 5, 2022", "2022-01-05")
        .timex("March 2021", "2021-03")
        .quote("We observed five rounds,", "said", "John Kirby", "John Kirby").build());
    String b = "Iranian missiles struck the base. \"This was a slap,\" Khamenei said in Tehran.";
    docs.add(new CasBuilder("b", b).published("2020-01-08")
        .place("Tehran", 112931L, 35.69439, 51.42151)
        .quote("This was a slap,", "said", "Khamenei", "Ali Khamenei").build());
    String c = "Drones were seen over Mosul and later over Baghdad in 2022.";
    docs.add(new CasBuilder("c", c)
        .place("Mosul", 99072L, 36.335, 43.11889)
        .place("Baghdad", 98182L, 33.34058, 44.40088)
        .timex("2022", "2022").build());
    return docs;
  }

  static AnalysisEngine consumer(String index, Object... more) throws ResourceInitializationException {
    List<Object> params = new ArrayList<>(List.of(OpenSearchConsumer.PARAM_URL, node.url(),
        OpenSearchConsumer.PARAM_INDEX, index, OpenSearchConsumer.PARAM_RETRY_DELAY_MILLIS, 50,
        OpenSearchConsumer.PARAM_RETRY_MAX_DELAY_MILLIS, 200));
    params.addAll(List.of(more));
    return AnalysisEngineFactory.createEngine(OpenSearchConsumer.class, params.toArray());
  }

  static void index(String index, List<JCas> docs) throws Exception {
    AnalysisEngine engine = consumer(index);
    for (JCas doc : docs) {
      engine.process(doc);
    }
    engine.batchProcessComplete();
    engine.collectionProcessComplete();
    engine.destroy();
  }

  static JsonNode search(String index, String query) throws Exception {
    node.request("POST", "/" + index + "/_refresh", null);
    return JSON.readTree(node.request("POST", "/" + index + "/_search?size=100", query));
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").path("hits").forEach(hit -> ids.add(hit.get("_id").asText()));
    return ids;
  }

  static long count(String index) throws Exception {
    node.request("POST", "/" + index + "/_refresh", null);
    return JSON.readTree(node.request("GET", "/" + index + "/_count", null)).get("count").asLong();
  }

  @Test
  void indexesWithItsTemplateAndAnswersWordGeoDistanceDateRangeAndSpeakerQueries() throws Exception {
    index("news", corpus());
    JsonNode mapping = JSON.readTree(node.request("GET", "/news/_mapping", null)).path("news").path("mappings")
        .path("properties");
    assertThat(mapping.path("places").path("properties").path("location").path("type").asText()).isEqualTo("geo_point");
    assertThat(mapping.path("places").path("properties").path("geonames_id").path("type").asText()).isEqualTo("keyword");
    assertThat(mapping.path("dates").path("properties").path("range").path("type").asText()).isEqualTo("date_range");
    assertThat(mapping.path("quotes").path("type").asText()).isEqualTo("nested");
    assertThat(mapping.path("text").path("analyzer").asText()).isEqualTo("english");

    // the english analyzer stems: "rocket" finds "Rockets"
    assertThat(ids(search("news", "{\"query\":{\"match\":{\"text\":\"rocket\"}}}"))).containsExactly("a");
    // within 100 km of Erbil: Erbil itself (a) and Mosul (c, 81 km)
    assertThat(ids(search("news", "{\"query\":{\"geo_distance\":{\"distance\":\"100km\","
        + "\"places.location\":{\"lat\":36.19257,\"lon\":44.01062}}}}"))).containsExactlyInAnyOrder("a", "c");
    // a date mentioned inside January 2022: a (January 5); c mentions only the whole of 2022
    assertThat(ids(search("news", "{\"query\":{\"range\":{\"dates.range\":{\"gte\":\"2022-01-01\","
        + "\"lte\":\"2022-01-31\",\"relation\":\"within\"}}}}"))).containsExactly("a");
    assertThat(ids(search("news", "{\"query\":{\"range\":{\"published\":{\"gte\":\"2020-01-01\","
        + "\"lt\":\"2021-01-01\"}}}}"))).containsExactly("b");
    assertThat(ids(search("news", "{\"query\":{\"nested\":{\"path\":\"quotes\",\"query\":{\"bool\":{\"must\":["
        + "{\"term\":{\"quotes.speaker\":\"John Kirby\"}},{\"match\":{\"quotes.text\":\"round\"}}]}}}}}")))
        .containsExactly("a");
    assertThat(ids(search("news", "{\"query\":{\"term\":{\"places.geonames_id\":\"112931\"}}}"))).containsExactly("b");
  }

  /** The samples through the default reader and annotators, as a user's pipeline indexes them. */
  @Test
  void theSamplesAreSearchableByWordGeoDistanceAndDateRange() throws Exception {
    Path samples = Path.of("../../samples").toAbsolutePath().normalize();
    String yaml = """
        name: samples-to-opensearch
        reader: { component: tika, params: { sourceLocation: "%s", excludes: [README.md] } }
        annotators: [boilerplate, dates, geolocation, quotes]
        consumers:
          - component: opensearch
            params: { url: "%s", index: samples }
        """.formatted(samples.toString().replace("\\", "/"), node.url());
    var spec = new PipelineLoader(Map.of()).parse("samples.yaml", yaml);
    var pipeline = PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
    RunSummary summary = new BatchRunner(pipeline, RunOptions.defaults(temp.resolve("samples-run"))).run();
    assertThat(summary.exitCode()).isZero();
    assertThat(summary.succeeded()).isEqualTo(6);
    assertThat(count("samples")).isEqualTo(6);
    // floods near Erbil, mentioning a day in April 2024
    JsonNode floods = search("samples", """
        {"query": {"bool": {"must": [{"match": {"text": "flooded"}}], "filter": [
          {"geo_distance": {"distance": "50km", "places.location": {"lat": 36.19, "lon": 44.01}}},
          {"range": {"dates.range": {"gte": "2024-04-01", "lte": "2024-04-30", "relation": "within"}}}]}}}""");
    assertThat(ids(floods)).containsExactly("erbil-flash-flood.html");
    assertThat(ids(search("samples", "{\"query\":{\"nested\":{\"path\":\"quotes\",\"query\":"
        + "{\"term\":{\"quotes.speaker\":\"Dilshad Omar\"}}}}}"))).containsExactly("erbil-flash-flood.html");
    // the page furniture is not indexed: the cookie banner's words are not in the text
    assertThat(ids(search("samples", "{\"query\":{\"match_phrase\":{\"text\":\"relevant advertising\"}}}")))
        .isEmpty();
  }

  @Test
  void reRunsReplaceDocumentsByIdInsteadOfDuplicating() throws Exception {
    index("rerun", corpus());
    index("rerun", corpus());
    assertThat(count("rerun")).isEqualTo(3);
    index("rerun", List.of(new CasBuilder("a", "Sandstorms closed the airport.").build()));
    assertThat(count("rerun")).isEqualTo(3);
    assertThat(ids(search("rerun", "{\"query\":{\"match\":{\"text\":\"rockets\"}}}"))).isEmpty();
    assertThat(ids(search("rerun", "{\"query\":{\"match\":{\"text\":\"sandstorm\"}}}"))).containsExactly("a");
  }

  @Test
  void aKilledRunLosesNothingAndDuplicatesNothingWhenResumed() throws Exception {
    List<JCas> docs = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      docs.add(new CasBuilder("doc-" + i, "Story number " + i + " about the river.").build());
    }
    // killed after five documents, no checkpoint reached: two full batches were sent, one was not
    AnalysisEngine killed = consumer("resume", OpenSearchConsumer.PARAM_BATCH_DOCUMENTS, 2);
    for (JCas doc : docs.subList(0, 5)) {
      killed.process(doc);
    }
    assertThat(count("resume")).isEqualTo(4);
    // the runner recorded none of them as completed, so the resumed run processes all seven
    index("resume", docs);
    assertThat(count("resume")).isEqualTo(7);
    assertThat(ids(search("resume", "{\"query\":{\"match_all\":{}}}"))).doesNotHaveDuplicates().hasSize(7);
  }

  @Test
  void aNodeStoppedMidRunFailsTheUnsentDocumentsWhichTheNextRunIndexes() throws Exception {
    AnalysisEngine engine = consumer("outage", OpenSearchConsumer.PARAM_MAX_RETRIES, 2);
    List<JCas> before = List.of(new CasBuilder("before-1", "Calm before the outage.").build(),
        new CasBuilder("before-2", "Still calm.").build());
    for (JCas doc : before) {
      engine.process(doc);
    }
    engine.batchProcessComplete();
    node.stop();
    List<JCas> during = List.of(new CasBuilder("during-1", "Written while the node was down.").build(),
        new CasBuilder("during-2", "Also written while down.").build());
    try {
      for (JCas doc : during) {
        engine.process(doc);
      }
      assertThatThrownBy(engine::batchProcessComplete)
          .isInstanceOf(AnalysisEngineProcessException.class)
          .satisfies(e -> {
            DocumentsNotStoredException lost = DocumentsNotStoredException.findIn(e);
            assertThat(lost).isNotNull();
            assertThat(lost.documentIds()).containsExactly("during-1", "during-2");
            assertThat(lost.getMessage()).contains("connection refused", "after 3 attempt(s)");
          });
    } finally {
      engine.destroy();
      node.startAgain();
    }
    index("outage", during);
    assertThat(ids(search("outage", "{\"query\":{\"match_all\":{}}}")))
        .containsExactlyInAnyOrder("before-1", "before-2", "during-1", "during-2");
  }

  private RunSummary runPipeline(Path output, String index, int count) throws IOException {
    String yaml = """
        name: to-opensearch
        reader: { component: test-texts, params: { texts: [alpha river, beta river, gamma river], count: %d } }
        consumers:
          - component: opensearch
            params: { url: "%s", index: %s, maxRetries: 1, retryDelayMillis: 50 }
        """.formatted(count, node.url(), index);
    var spec = new PipelineLoader(Map.of()).parse("to-opensearch.yaml", yaml);
    var pipeline = PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
    RunOptions options = RunOptions.defaults(output).withThreads(1).withCheckpoints(4, Duration.ofMinutes(5));
    return new BatchRunner(pipeline, options).run();
  }

  @Test
  void throughTheRunnerDocumentsThatCouldNotBeIndexedFailTheRunAndAreIndexedOnResume() throws Exception {
    node.request("PUT", "/blocked", "{}");
    // a write block, as OpenSearch sets on a full disk
    node.request("PUT", "/blocked/_settings", "{\"index.blocks.write\":true}");
    Path output = temp.resolve("run-blocked");
    RunSummary failed = runPipeline(output, "blocked", 10);
    assertThat(failed.failed()).isEqualTo(10);
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(Files.readString(output.resolve("failures.jsonl"))).contains("not indexed", "blocked");
    node.request("PUT", "/blocked/_settings", "{\"index.blocks.write\":false}");
    RunSummary resumed = runPipeline(output, "blocked", 10);
    assertThat(resumed.exitCode()).isZero();
    assertThat(count("blocked")).isEqualTo(10);
    RunSummary again = runPipeline(output, "blocked", 10);
    assertThat(again.succeeded()).isZero();
    assertThat(count("blocked")).isEqualTo(10);
  }

  @Test
  void aUrlThatRefusesIsAConfigurationErrorNamingTheFix() throws Exception {
    int closed = TestOpenSearchNode.freePort();
    assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(OpenSearchConsumer.class,
        OpenSearchConsumer.PARAM_URL, "http://127.0.0.1:" + closed))
        .hasStackTraceContaining("opensearch: cannot connect to http://127.0.0.1:" + closed
            + "/ (connection refused): start OpenSearch or correct url");
    String yaml = """
        reader: { component: test-texts, params: { texts: [a] } }
        consumers:
          - component: opensearch
            params: { url: "http://127.0.0.1:%d" }
        """.formatted(closed);
    var spec = new PipelineLoader(Map.of()).parse("refused.yaml", yaml);
    var pipeline = PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
    assertThatThrownBy(() -> new BatchRunner(pipeline, RunOptions.defaults(temp.resolve("refused"))).run())
        .isInstanceOf(PipelineConfigurationException.class)
        .hasMessageContaining("connection refused");
  }

  @Test
  void aMappingConflictWithAnExistingIndexNamesTheFix() throws Exception {
    node.request("PUT", "/taken", "{\"mappings\":{\"properties\":{\"locations\":{\"type\":\"keyword\"}}}}");
    assertThatThrownBy(() -> consumer("taken"))
        .hasStackTraceContaining("the index 'taken' already exists with a mapping that conflicts with Annalist's")
        .hasStackTraceContaining("delete that index or set another index name");
  }

  @Test
  void badIndexNamesAndHalfGivenCredentialsAreRefused() {
    assertThatThrownBy(() -> consumer("News*")).hasStackTraceContaining("not a valid OpenSearch index name");
    assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(OpenSearchConsumer.class,
        OpenSearchConsumer.PARAM_URL, "http://user:secret@127.0.0.1:1"))
        .hasStackTraceContaining("url must not carry credentials");
  }

  /**
   * OpenSearch without its security plugin has no users, so a server answering 401 as a secured
   * cluster does stands in for wrong credentials.
   */
  @Test
  void wrongCredentialsAreReportedWithTheVariablesToSet() throws Exception {
    HttpServer secured = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    secured.createContext("/", exchange -> {
      byte[] body = "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication credentials\"},\"status\":401}"
          .getBytes();
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    secured.start();
    try {
      assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(OpenSearchConsumer.class,
          OpenSearchConsumer.PARAM_URL, "http://127.0.0.1:" + secured.getAddress().getPort()))
          .hasStackTraceContaining("answered HTTP 401")
          .hasStackTraceContaining("set the variables named by userEnv and passwordEnv");
    } finally {
      secured.stop(0);
    }
  }
}
