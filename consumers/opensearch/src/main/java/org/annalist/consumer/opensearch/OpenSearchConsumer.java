package org.annalist.consumer.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk-indexes every document into OpenSearch under its document id (so re-runs replace rather
 * than duplicate), into an index whose mapping comes from Annalist's own index template. Documents
 * are confirmed at the runner's checkpoints ({@code batchProcessComplete}): what is queued is sent
 * there, and the documents that could not be indexed are reported by id, so that the runner
 * records exactly those as failed and a resumed run processes them again. See docs/search.md.
 */
public class OpenSearchConsumer extends JCasAnnotator_ImplBase {

  private static final Logger LOG = LoggerFactory.getLogger(OpenSearchConsumer.class);

  public static final String PARAM_URL = "url";
  public static final String PARAM_INDEX = "index";
  public static final String PARAM_USER_ENV = "userEnv";
  public static final String PARAM_PASSWORD_ENV = "passwordEnv";
  public static final String PARAM_TRUST_STORE = "trustStore";
  public static final String PARAM_TRUST_STORE_PASSWORD_ENV = "trustStorePasswordEnv";
  public static final String PARAM_INSECURE_TLS = "insecureTls";
  public static final String PARAM_BATCH_DOCUMENTS = "batchDocuments";
  public static final String PARAM_BATCH_MEGABYTES = "batchMegabytes";
  public static final String PARAM_MAX_RETRIES = "maxRetries";
  public static final String PARAM_RETRY_DELAY_MILLIS = "retryDelayMillis";
  public static final String PARAM_RETRY_MAX_DELAY_MILLIS = "retryMaxDelayMillis";
  public static final String PARAM_REQUEST_TIMEOUT_SECONDS = "requestTimeoutSeconds";
  public static final String PARAM_RUN_ID = "runId";

  @ConfigurationParameter(name = PARAM_URL, mandatory = false, defaultValue = "http://localhost:9200",
      description = "Base URL of the OpenSearch cluster (http:// or https://), without credentials")
  private String url;

  @ConfigurationParameter(name = PARAM_INDEX, mandatory = false, defaultValue = "annalist",
      description = "Index to write to; the consumer installs the index template annalist-INDEX for it")
  private String index;

  @ConfigurationParameter(name = PARAM_USER_ENV, mandatory = false, defaultValue = "ANNALIST_OPENSEARCH_USER",
      description = "Name of the environment variable holding the user for basic authentication (unset: none)")
  private String userEnv;

  @ConfigurationParameter(name = PARAM_PASSWORD_ENV, mandatory = false, defaultValue = "ANNALIST_OPENSEARCH_PASSWORD",
      description = "Name of the environment variable holding the password")
  private String passwordEnv;

  @ConfigurationParameter(name = PARAM_TRUST_STORE, mandatory = false,
      description = "PKCS12 (or .jks) file with the CA certificate of an https cluster; default: the JVM's trust store")
  private String trustStore;

  @ConfigurationParameter(name = PARAM_TRUST_STORE_PASSWORD_ENV, mandatory = false,
      defaultValue = "ANNALIST_OPENSEARCH_TRUSTSTORE_PASSWORD",
      description = "Name of the environment variable holding the trust store password")
  private String trustStorePasswordEnv;

  @ConfigurationParameter(name = PARAM_INSECURE_TLS, mandatory = false, defaultValue = "false",
      description = "Accept any server certificate (self-signed test clusters only)")
  private boolean insecureTls;

  @ConfigurationParameter(name = PARAM_BATCH_DOCUMENTS, mandatory = false, defaultValue = "500",
      description = "Documents per bulk request")
  private int batchDocuments;

  @ConfigurationParameter(name = PARAM_BATCH_MEGABYTES, mandatory = false, defaultValue = "5",
      description = "Bulk request size at which a batch is sent before it has batchDocuments documents")
  private int batchMegabytes;

  @ConfigurationParameter(name = PARAM_MAX_RETRIES, mandatory = false, defaultValue = "5",
      description = "Retries of a bulk request (or of its items) answered 429/502/503/504 or not answered")
  private int maxRetries;

  @ConfigurationParameter(name = PARAM_RETRY_DELAY_MILLIS, mandatory = false, defaultValue = "500",
      description = "Wait before the first retry, in milliseconds; doubled at every retry")
  private int retryDelayMillis;

  @ConfigurationParameter(name = PARAM_RETRY_MAX_DELAY_MILLIS, mandatory = false, defaultValue = "16000",
      description = "Longest wait between two retries, in milliseconds")
  private int retryMaxDelayMillis;

  @ConfigurationParameter(name = PARAM_REQUEST_TIMEOUT_SECONDS, mandatory = false, defaultValue = "60",
      description = "How long to wait for an answer to one request")
  private int requestTimeoutSeconds;

  @ConfigurationParameter(name = PARAM_RUN_ID, mandatory = false,
      description = "Label stored with every document (run_id)")
  private String runId;

  private BulkIndexer indexer;
  /** Documents accepted since the last checkpoint. */
  private final Set<String> unconfirmed = new LinkedHashSet<>();

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      IndexSetup.checkIndexName(index);
      if (batchDocuments < 1 || batchMegabytes < 1 || maxRetries < 0 || retryDelayMillis < 0) {
        throw new IllegalArgumentException("batchDocuments and batchMegabytes must be at least 1, maxRetries and "
            + "retryDelayMillis at least 0");
      }
      String user = env(userEnv);
      if (user == null && env(passwordEnv) != null) {
        throw new IllegalArgumentException("the password variable " + passwordEnv + " is set but the user variable "
            + userEnv + " is not: set both");
      }
      Path store = trustStore == null || trustStore.isBlank() ? null : Path.of(trustStore.strip());
      if (store != null && !Files.isRegularFile(store)) {
        throw new IllegalArgumentException("trustStore " + store + " does not exist");
      }
      String storePassword = env(trustStorePasswordEnv);
      OpenSearchConnection connection = new OpenSearchConnection(url, user, env(passwordEnv),
          new OpenSearchConnection.Tls(store, storePassword == null ? null : storePassword.toCharArray(), insecureTls),
          Duration.ofSeconds(Math.max(1, requestTimeoutSeconds)));
      IndexSetup.ensure(connection, index);
      indexer = new BulkIndexer(connection, index, new BulkIndexer.Settings(batchDocuments,
          batchMegabytes * 1024L * 1024L, maxRetries, retryDelayMillis, Math.max(retryDelayMillis, retryMaxDelayMillis)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ResourceInitializationException(new IllegalStateException("opensearch: " + e.getMessage(), e));
    }
  }

  private static String env(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String value = System.getenv(name.strip());
    return value == null || value.isEmpty() ? null : value;
  }

  @Override
  public void process(JCas jcas) {
    String docId = documentId(jcas);
    unconfirmed.add(docId);
    indexer.add(docId, SearchDocuments.of(jcas, docId, runId, Instant.now().toString()));
  }

  /** The reader's document id; without one, a digest of the text, so that re-runs still replace. */
  static String documentId(JCas jcas) {
    var meta = DocumentMetadataAccess.find(jcas);
    if (meta != null && meta.getDocumentId() != null && !meta.getDocumentId().isBlank()) {
      return meta.getDocumentId();
    }
    String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
    return "text-sha256:" + BulkIndexer.sha256(text);
  }

  /** The runner's checkpoint: sends what is queued and names the documents that were not indexed. */
  @Override
  public void batchProcessComplete() throws AnalysisEngineProcessException {
    confirm();
    super.batchProcessComplete();
  }

  @Override
  public void collectionProcessComplete() throws AnalysisEngineProcessException {
    confirm();
    super.collectionProcessComplete();
  }

  private void confirm() throws AnalysisEngineProcessException {
    indexer.flush();
    Map<String, String> failed = indexer.takeFailures(unconfirmed);
    unconfirmed.clear();
    if (!failed.isEmpty()) {
      Map<String, List<String>> byReason = failed.entrySet().stream().collect(Collectors.groupingBy(
          Map.Entry::getValue, java.util.LinkedHashMap::new,
          Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
      String reasons = byReason.entrySet().stream().limit(3)
          .map(e -> e.getKey() + " (" + String.join(", ", e.getValue().stream().limit(5).toList())
              + (e.getValue().size() > 5 ? ", ..." : "") + ")")
          .collect(Collectors.joining("; "));
      throw new AnalysisEngineProcessException(new DocumentsNotStoredException(List.copyOf(failed.keySet()),
          "opensearch: " + failed.size() + " document(s) not indexed: " + reasons, null));
    }
  }

  @Override
  public void destroy() {
    if (indexer != null && !unconfirmed.isEmpty()) {
      indexer.flush();
      Map<String, String> failed = indexer.takeFailures(unconfirmed);
      if (!failed.isEmpty()) {
        LOG.error("opensearch: {} documents were not indexed: {}", failed.size(), failed.keySet());
      }
      unconfirmed.clear();
    }
    super.destroy();
  }
}
