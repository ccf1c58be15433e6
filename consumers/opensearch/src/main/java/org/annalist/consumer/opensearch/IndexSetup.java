package org.annalist.consumer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Installs the index template and makes sure the index exists with Annalist's mapping, once per
 * URL and index in the JVM. Every problem becomes an {@link IllegalStateException} whose message
 * says what to do.
 */
final class IndexSetup {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,254}");
  private static final Set<String> DONE = new HashSet<>();

  private IndexSetup() {}

  static void checkIndexName(String index) {
    if (index == null || !INDEX_NAME.matcher(index).matches()) {
      throw new IllegalArgumentException("index '" + index + "' is not a valid OpenSearch index name: use lower-case"
          + " letters, digits, '-', '_' or '.', not starting with '-', '_' or '.'");
    }
  }

  /** The template for {@code index}, with the template's own name. */
  static ObjectNode template(String index) {
    try (InputStream in = IndexSetup.class.getResourceAsStream("index-template.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__INDEX__", index);
      return (ObjectNode) JSON.readTree(text);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the index template is missing from the opensearch consumer's jar", e);
    }
  }

  static synchronized void ensure(OpenSearchConnection connection, String index) {
    String key = connection.displayUrl() + "\u0000" + index;
    if (DONE.contains(key)) {
      return;
    }
    ObjectNode template = template(index);
    try {
      checkServer(connection);
      OpenSearchConnection.Response put = connection.json("PUT", "_index_template/annalist-" + index,
          template.toString());
      if (!put.ok()) {
        throw new IllegalStateException("installing the index template annalist-" + index + " failed: "
            + reason(put) + remedy(put.status()));
      }
      OpenSearchConnection.Response exists = connection.send("HEAD", index, null, null);
      if (exists.status() == 404) {
        OpenSearchConnection.Response created = connection.json("PUT", index, null);
        if (!created.ok() && !reason(created).contains("resource_already_exists_exception")) {
          throw new IllegalStateException("creating the index '" + index + "' failed: " + reason(created)
              + remedy(created.status()));
        }
      } else if (exists.ok()) {
        // an existing index: adding Annalist's fields fails when one of them is mapped otherwise
        JsonNode mappings = template.get("template").get("mappings");
        ObjectNode body = JSON.createObjectNode();
        body.set("properties", mappings.get("properties"));
        OpenSearchConnection.Response mapped = connection.json("PUT", index + "/_mapping", body.toString());
        if (!mapped.ok()) {
          throw new IllegalStateException("the index '" + index + "' already exists with a mapping that conflicts"
              + " with Annalist's (" + reason(mapped) + "): delete that index or set another index name");
        }
      } else {
        throw new IllegalStateException("checking the index '" + index + "' failed: HTTP " + exists.status()
            + remedy(exists.status()));
      }
    } catch (IOException e) {
      throw new IllegalStateException(connection.describe(e), e);
    }
    DONE.add(key);
  }

  private static void checkServer(OpenSearchConnection connection) throws IOException {
    OpenSearchConnection.Response info = connection.json("GET", "", null);
    if (!info.ok()) {
      throw new IllegalStateException(connection.displayUrl() + " answered HTTP " + info.status() + ": "
          + reason(info) + remedy(info.status()));
    }
  }

  static String remedy(int status) {
    return switch (status) {
      case 401 -> ": the server refused the credentials; set the variables named by userEnv and passwordEnv";
      case 403 -> ": the user lacks a permission (it needs to manage index templates and write to the index)";
      default -> "";
    };
  }

  /** error.type: error.reason of an OpenSearch error body, else the body itself (shortened). */
  static String reason(OpenSearchConnection.Response response) {
    try {
      JsonNode error = JSON.readTree(response.body()).path("error");
      if (error.isObject()) {
        String reason = error.path("type").asText() + ": " + error.path("reason").asText();
        JsonNode cause = error.path("caused_by");
        return cause.isObject() ? reason + " (" + cause.path("reason").asText() + ")" : reason;
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: the body is the best there is
    }
    String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ").strip();
    return "HTTP " + response.status() + (body.isEmpty() ? "" : " " + body.substring(0, Math.min(200, body.length())));
  }
}
