package org.annalist.consumer.opensearch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch 2.19 cluster in the test JVM, from the Maven Central artifacts:
 * the server, its netty4 HTTP transport and the common analysis module (the english analyzer),
 * listening on 127.0.0.1. Stopping and starting again keeps the data and the port.
 */
final class TestOpenSearchNode implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Path home;
  private final int httpPort;
  private Node node;

  private TestOpenSearchNode(Path home, int httpPort) {
    this.home = home;
    this.httpPort = httpPort;
  }

  static TestOpenSearchNode start(Path home) throws Exception {
    TestOpenSearchNode node = new TestOpenSearchNode(home, freePort());
    node.startAgain();
    return node;
  }

  String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  void startAgain() throws Exception {
    Settings settings = Settings.builder()
        .put("cluster.name", "annalist-test")
        .put("node.name", "annalist-test-node")
        .put("path.home", home.toString())
        .put("network.host", "127.0.0.1")
        .put("http.port", httpPort)
        .put("transport.port", freePort())
        .put("discovery.type", "single-node")
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .put("indices.breaker.total.use_real_memory", false)
        .put("action.auto_create_index", false)
        .build();
    node = new PluginNode(settings);
    node.start();
    request("GET", "/_cluster/health?wait_for_status=yellow&timeout=30s", null);
  }

  void stop() throws Exception {
    if (node != null) {
      node.close();
      node.awaitClose(30, TimeUnit.SECONDS);
      node = null;
    }
  }

  @Override
  public void close() throws Exception {
    stop();
  }

  /** A REST call; returns the body, whatever the status. */
  String request(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A node with the plugins on the class path, as the distribution's modules folder would give it. */
  private static final class PluginNode extends Node {
    PluginNode(Settings settings) {
      super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "annalist-test-node"),
          List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
    }
  }
}
