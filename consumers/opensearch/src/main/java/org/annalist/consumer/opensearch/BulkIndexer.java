package org.annalist.consumer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects documents into bulk requests and sends them, in the calling worker's thread, when a
 * batch is full (by count or size) or on {@link #flush}: a worker waits while its batch is being
 * written, so a slow server slows the pipeline instead of filling the memory. Requests answered
 * 429 or 503 (or not answered) are retried with exponential back-off, and so are single items
 * answered 429/503; a document that still fails is remembered with its reason until
 * {@link #takeFailures} hands it to the consumer's checkpoint.
 */
final class BulkIndexer {

  private static final Logger LOG = LoggerFactory.getLogger(BulkIndexer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** OpenSearch refuses longer document ids. */
  private static final int MAX_ID_BYTES = 512;

  /** How the batches are sized and retried. */
  record Settings(int batchDocuments, long batchBytes, int maxRetries, long retryDelayMillis,
      long retryMaxDelayMillis) {}

  private final OpenSearchConnection connection;
  private final String index;
  private final Settings settings;
  private final Map<String, String> pending = new LinkedHashMap<>();
  private final Map<String, String> failures = new LinkedHashMap<>();
  private long pendingBytes;
  /** After retries were exhausted, later batches get one attempt each until one succeeds. */
  private boolean serverDown;

  BulkIndexer(OpenSearchConnection connection, String index, Settings settings) {
    this.connection = connection;
    this.index = index;
    this.settings = settings;
  }

  /** The OpenSearch _id of a document: its id, or a digest of it when too long. */
  static String indexId(String docId) {
    if (docId.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
      return docId;
    }
    return "sha256:" + sha256(docId);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Queues a document; sends the batch when it is full. */
  void add(String docId, ObjectNode document) {
    ObjectNode action = JSON.createObjectNode();
    ObjectNode meta = action.putObject("index");
    meta.put("_index", index);
    meta.put("_id", indexId(docId));
    String lines = action + "\n" + document + "\n";
    String previous = pending.put(docId, lines);
    pendingBytes += lines.length() - (previous == null ? 0 : previous.length());
    failures.remove(docId);
    if (pending.size() >= settings.batchDocuments() || pendingBytes >= settings.batchBytes()) {
      flush();
    }
  }

  /** Sends what is queued; failures are kept for {@link #takeFailures}. */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    Map<String, String> batch = new LinkedHashMap<>(pending);
    pending.clear();
    pendingBytes = 0;
    int attempts = serverDown ? 1 : settings.maxRetries() + 1;
    String lastProblem = null;
    for (int attempt = 0; attempt < attempts && !batch.isEmpty(); attempt++) {
      if (attempt > 0) {
        sleep(Math.min(settings.retryMaxDelayMillis(), settings.retryDelayMillis() << Math.min(20, attempt - 1)));
      }
      OpenSearchConnection.Response response;
      try {
        response = connection.send("POST", "_bulk", String.join("", batch.values()), "application/x-ndjson");
      } catch (IOException e) {
        lastProblem = connection.describe(e);
        LOG.warn("bulk request of {} documents failed (attempt {} of {}): {}", batch.size(), attempt + 1, attempts,
            lastProblem);
        continue;
      }
      if (response.status() == 429 || response.status() >= 502 && response.status() <= 504) {
        lastProblem = "OpenSearch answered HTTP " + response.status() + " (" + IndexSetup.reason(response) + ")";
        LOG.warn("bulk request of {} documents: {} (attempt {} of {})", batch.size(), lastProblem, attempt + 1,
            attempts);
        continue;
      }
      if (!response.ok()) {
        failAll(batch, "the bulk request was refused: " + IndexSetup.reason(response)
            + IndexSetup.remedy(response.status()));
        serverDown = false;
        return;
      }
      serverDown = false;
      batch = retryableItems(batch, response);
      lastProblem = batch.isEmpty() ? null : "OpenSearch rejected them as overloaded (429/503)";
    }
    if (!batch.isEmpty()) {
      serverDown = true;
      failAll(batch, lastProblem + " after " + attempts + " attempt(s)");
    }
  }

  /** Reads the per-item results: records permanent failures, returns the items worth retrying. */
  private Map<String, String> retryableItems(Map<String, String> batch, OpenSearchConnection.Response response) {
    JsonNode result;
    try {
      result = JSON.readTree(response.body());
    } catch (IOException e) {
      failAll(batch, "unreadable bulk response: " + e.getMessage());
      return Map.of();
    }
    if (!result.path("errors").asBoolean(false)) {
      return Map.of();
    }
    Map<String, String> retry = new LinkedHashMap<>();
    JsonNode items = result.path("items");
    int i = 0;
    for (Map.Entry<String, String> entry : batch.entrySet()) {
      JsonNode item = items.path(i++).path("index");
      int status = item.path("status").asInt(0);
      if (status >= 200 && status < 300) {
        continue;
      }
      if (status == 429 || status == 503) {
        retry.put(entry.getKey(), entry.getValue());
      } else {
        JsonNode error = item.path("error");
        failures.put(entry.getKey(), "OpenSearch rejected it (HTTP " + status + "): " + error.path("type").asText()
            + ": " + error.path("reason").asText());
      }
    }
    return retry;
  }

  private void failAll(Map<String, String> batch, String reason) {
    LOG.error("{} documents were not indexed into {}: {}", batch.size(), index, reason);
    for (String docId : batch.keySet()) {
      failures.put(docId, reason);
    }
  }

  /** The failed documents among {@code docIds}, with their reasons; forgotten once taken. */
  Map<String, String> takeFailures(Set<String> docIds) {
    Map<String, String> taken = new LinkedHashMap<>();
    for (String docId : docIds) {
      String reason = failures.remove(docId);
      if (reason != null) {
        taken.put(docId, reason);
      }
    }
    return taken;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
