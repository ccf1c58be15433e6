package org.annalist.consumer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retries on overload, which a single test node does not produce on demand: a small HTTP server
 * answers the bulk requests with 429 (whole request or single items), then accepts them.
 */
class BulkIndexerRetryTest {

  private final List<String> answers = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();
  private HttpServer server;

  private OpenSearchConnection serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/_bulk", exchange -> {
      requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String answer = answers.isEmpty() ? "200 {\"errors\":false,\"items\":[]}" : answers.remove(0);
      byte[] body = answer.substring(4).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(Integer.parseInt(answer.substring(0, 3)), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return new OpenSearchConnection("http://127.0.0.1:" + server.getAddress().getPort(), null, null,
        new OpenSearchConnection.Tls(null, null, false), Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static BulkIndexer indexer(OpenSearchConnection connection, int maxRetries) {
    return new BulkIndexer(connection, "news", new BulkIndexer.Settings(100, 1 << 20, maxRetries, 1, 5));
  }

  @Test
  void tooManyRequestsIsRetriedUntilAccepted() throws Exception {
    BulkIndexer indexer = indexer(serve(), 3);
    answers.add("429 {\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"queue full\"}}");
    answers.add("503 {\"error\":{\"type\":\"unavailable\",\"reason\":\"busy\"}}");
    indexer.add("a", new ObjectMapper().createObjectNode().put("text", "one"));
    indexer.flush();
    assertThat(requests).hasSize(3);
    assertThat(indexer.takeFailures(Set.of("a"))).isEmpty();
  }

  @Test
  void onlyTheItemsAnsweredTooManyRequestsAreSentAgain() throws Exception {
    BulkIndexer indexer = indexer(serve(), 3);
    answers.add("200 {\"errors\":true,\"items\":[{\"index\":{\"status\":201}},{\"index\":{\"status\":429,"
        + "\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}},"
        + "{\"index\":{\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"bad\"}}}]}");
    indexer.add("a", new ObjectMapper().createObjectNode().put("text", "one"));
    indexer.add("b", new ObjectMapper().createObjectNode().put("text", "two"));
    indexer.add("c", new ObjectMapper().createObjectNode().put("text", "three"));
    indexer.flush();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1)).contains("\"_id\":\"b\"").doesNotContain("\"_id\":\"a\"", "\"_id\":\"c\"");
    assertThat(indexer.takeFailures(Set.of("a", "b", "c")))
        .containsOnlyKeys("c").hasEntrySatisfying("c", reason -> assertThat(reason).contains("mapper_parsing_exception"));
  }

  @Test
  void afterRetriesRunOutTheDocumentsAreFailuresAndTheNextBatchTriesOnce() throws Exception {
    BulkIndexer indexer = indexer(serve(), 2);
    for (int i = 0; i < 4; i++) {
      answers.add("429 {\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"queue full\"}}");
    }
    indexer.add("a", new ObjectMapper().createObjectNode().put("text", "one"));
    indexer.flush();
    assertThat(requests).hasSize(3);
    assertThat(indexer.takeFailures(Set.of("a"))).containsOnlyKeys("a");
    indexer.add("b", new ObjectMapper().createObjectNode().put("text", "two"));
    indexer.flush();
    assertThat(requests).hasSize(4);
    assertThat(indexer.takeFailures(Set.of("b"))).containsOnlyKeys("b");
  }
}
