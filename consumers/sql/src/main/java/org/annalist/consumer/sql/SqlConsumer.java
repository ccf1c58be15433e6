package org.annalist.consumer.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.annalist.core.plugin.ParameterChecker;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores documents and their annotations in SQLite (an output folder or jdbc:sqlite: URL) or
 * PostgreSQL (jdbc:postgresql: URL). Each document is replaced atomically, keyed by its id, so
 * repeated and resumed runs never duplicate rows. Documents are grouped into commits made at the
 * runner's checkpoints ({@code batchProcessComplete}), which report any document a failed commit
 * lost. Instances writing to the same URL share one connection manager; see docs/storage.md.
 */
@ParameterChecker.CheckedBy(SqlParameters.class)
public class SqlConsumer extends JCasAnnotator_ImplBase {

  private static final Logger LOG = LoggerFactory.getLogger(SqlConsumer.class);

  public static final String PARAM_TARGET_LOCATION = ComponentParameters.TARGET_LOCATION;
  public static final String PARAM_USER_ENV = "userEnv";
  public static final String PARAM_PASSWORD_ENV = "passwordEnv";
  public static final String PARAM_BATCH_SIZE = "batchSize";
  public static final String PARAM_RUN_ID = "runId";
  public static final String PARAM_MAX_RETRIES = "maxRetries";
  public static final String PARAM_RETRY_DELAY_MILLIS = "retryDelayMillis";
  public static final String PARAM_RETRY_MAX_DELAY_MILLIS = "retryMaxDelayMillis";
  public static final String PARAM_CONNECT_TIMEOUT_SECONDS = "connectTimeoutSeconds";
  public static final String PARAM_MAX_CONNECTIONS = "maxConnections";
  public static final String PARAM_EXCLUDED_TYPES = "excludedTypes";
  public static final String PARAM_COMMIT_EVERY = "commitEvery";
  public static final String PARAM_COMMIT_INTERVAL_MILLIS = "commitIntervalMillis";
  public static final String PARAM_OUTAGE_SECONDS = "outageSeconds";

  @ConfigurationParameter(name = PARAM_TARGET_LOCATION, mandatory = true,
      description = "Output folder (the SQLite file annalist.db is written in it), a .db file, "
          + "or a JDBC URL: jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB")
  private String targetLocation;

  @ConfigurationParameter(name = PARAM_USER_ENV, mandatory = false, defaultValue = "ANNALIST_DB_USER",
      description = "Name of the environment variable holding the database user (PostgreSQL); "
          + "credentials never go into the pipeline file")
  private String userEnv;

  @ConfigurationParameter(name = PARAM_PASSWORD_ENV, mandatory = false, defaultValue = "ANNALIST_DB_PASSWORD",
      description = "Name of the environment variable holding the database password (PostgreSQL)")
  private String passwordEnv;

  @ConfigurationParameter(name = PARAM_BATCH_SIZE, mandatory = false, defaultValue = "500",
      description = "Rows sent per JDBC batch; every document is still one transaction")
  private int batchSize;

  @ConfigurationParameter(name = PARAM_RUN_ID, mandatory = false,
      description = "Label stored with every document (documents.run_id), e.g. a date or a batch name")
  private String runId;

  @ConfigurationParameter(name = PARAM_MAX_RETRIES, mandatory = false, defaultValue = "3",
      description = "Retries of a document after a transient database error (lost connection, busy, deadlock)")
  private int maxRetries;

  @ConfigurationParameter(name = PARAM_RETRY_DELAY_MILLIS, mandatory = false, defaultValue = "500",
      description = "Wait before the first retry, in milliseconds; doubled at every retry")
  private int retryDelayMillis;

  @ConfigurationParameter(name = PARAM_RETRY_MAX_DELAY_MILLIS, mandatory = false, defaultValue = "8000",
      description = "Longest wait between two retries, in milliseconds")
  private int retryMaxDelayMillis;

  @ConfigurationParameter(name = PARAM_CONNECT_TIMEOUT_SECONDS, mandatory = false, defaultValue = "10",
      description = "How long to wait for a PostgreSQL connection before the attempt fails, in seconds")
  private int connectTimeoutSeconds;

  @ConfigurationParameter(name = PARAM_MAX_CONNECTIONS, mandatory = false, defaultValue = "8",
      description = "Size of the PostgreSQL connection pool shared by all worker threads")
  private int maxConnections;

  @ConfigurationParameter(name = PARAM_EXCLUDED_TYPES, mandatory = false,
      defaultValue = {"org.annalist.type.Token", "org.annalist.type.Sentence", "org.annalist.type.Structure",
          "org.annalist.type.MainContent", "org.annalist.type.Boilerplate"},
      description = "Annotation types (with their subtypes) left out of the generic annotations table. By default "
          + "tokens, sentences, layout (Structure: paragraphs, headings, links...) and the boilerplate split, which "
          + "documents.clean_text already reflects; give [] to store every annotation")
  private String[] excludedTypes;

  @ConfigurationParameter(name = PARAM_COMMIT_EVERY, mandatory = false, defaultValue = "1000",
      description = "Most documents grouped into one commit (each in its own savepoint, so a failing document is "
          + "rolled back alone). Groups are also committed at every checkpoint of the runner (batchProcessComplete), "
          + "which records documents as completed only after that commit. Above 1, documents are written by a "
          + "thread of the database (SQLite) or of the worker (PostgreSQL) while the worker goes on; 1 writes and "
          + "commits every document before process() returns. For SQLite the first consumer opening a database "
          + "decides")
  private int commitEvery;

  @ConfigurationParameter(name = PARAM_COMMIT_INTERVAL_MILLIS, mandatory = false, defaultValue = "5000",
      description = "A group is committed at the latest this many milliseconds after its first document "
          + "(PostgreSQL: checked when the next document is written)")
  private int commitIntervalMillis;

  @ConfigurationParameter(name = PARAM_OUTAGE_SECONDS, mandatory = false, defaultValue = "180",
      description = "When the connection to PostgreSQL is lost, every writer pauses while it is retried with "
          + "growing pauses for up to this many seconds; then writing resumes, or the run stops (exit code 1) with "
          + "the documents not stored recorded for a resumed run. 0 turns the pause off (each document fails on "
          + "its own after maxRetries)")
  private int outageSeconds;

  private Database database;
  private DocumentWriter writer;
  private CasRowExtractor extractor;
  private WriteSession session;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    DatabaseTarget target;
    try {
      target = DatabaseTarget.forWriting(targetLocation);
    } catch (IllegalArgumentException e) {
      throw new ResourceInitializationException(new IllegalArgumentException("sql: " + e.getMessage(), e));
    }
    ConnectionSettings settings = ConnectionSettings.fromEnvironment(
        userEnv, passwordEnv, maxConnections, connectTimeoutSeconds, commitEvery, commitIntervalMillis);
    try {
      database = DatabaseRegistry.acquire(target, settings);
    } catch (SQLException e) {
      throw new ResourceInitializationException(new IllegalStateException(
          "sql: cannot open the database " + target.displayName() + ": " + e.getMessage()
              + settings.credentialsHint(e, userEnv, passwordEnv), e));
    }
    writer = new DocumentWriter(target.dialect(), batchSize);
    List<String> excluded = excludedTypes == null ? List.of()
        : Arrays.stream(excludedTypes).map(String::strip).filter(s -> !s.isEmpty()).toList();
    extractor = new CasRowExtractor(excluded, runId);
    RetryPolicy retryPolicy = new RetryPolicy(maxRetries, retryDelayMillis, retryMaxDelayMillis, outageSeconds);
    session = new RetryingWriteSession(retryPolicy, database, database.openSession());
    if (target.dialect() == Dialect.POSTGRESQL && commitEvery > 1) {
      // SQLite sessions hand their documents to the database's own writing thread already
      session = new BackgroundWriteSession(session, target.displayName());
    }
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    Outage outage = database.outage();
    if (outage != null && outage.isGone()) {
      SQLException gone = outage.gone();
      throw new AnalysisEngineProcessException(new IllegalStateException("sql: " + gone.getMessage(), gone));
    }
    String docId = documentId(jcas);
    DocumentRows rows = extractor.extract(jcas, docId);
    try {
      session.write(docId, connection -> writer.replace(connection, rows));
    } catch (SQLException e) {
      throw new AnalysisEngineProcessException(new IllegalStateException(
          "sql: could not store document " + docId + " in " + database.target().displayName() + ": "
              + e.getMessage(), e));
    }
    LOG.debug("stored {} rows of {}", rows.rowCount(), docId);
  }

  /**
   * The runner's checkpoint: commits what is pending and reports the documents of this instance
   * that a failed commit lost, so that only they are recorded as failed.
   */
  @Override
  public void batchProcessComplete() throws AnalysisEngineProcessException {
    commitOwnDocuments();
    super.batchProcessComplete();
  }

  private void commitOwnDocuments() throws AnalysisEngineProcessException {
    try {
      session.commit();
    } catch (DocumentsNotStoredException e) {
      Outage outage = database.outage();
      if (outage != null && outage.isGone()) {
        // one short reason for all of them, and the cause that stops the run
        SQLException gone = outage.gone();
        throw new AnalysisEngineProcessException(new DocumentsNotStoredException(e.documentIds(),
            "sql: not stored", gone.getCause()));
      }
      throw new AnalysisEngineProcessException(new DocumentsNotStoredException(e.documentIds(),
          "sql: " + e.getMessage(), e.getCause()));
    }
  }

  /**
   * The reader's document id; a CAS without one (a reader that sets no DocumentMetadata) is keyed
   * by the SHA-256 of its text, so that re-processing it still replaces rather than duplicates.
   */
  static String documentId(JCas jcas) {
    DocumentMetadata meta = DocumentMetadataAccess.find(jcas);
    if (meta != null && meta.getDocumentId() != null && !meta.getDocumentId().isBlank()) {
      return meta.getDocumentId();
    }
    String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "text-sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  @Override
  public void collectionProcessComplete() throws AnalysisEngineProcessException {
    commitOwnDocuments();
    super.collectionProcessComplete();
  }

  @Override
  public void destroy() {
    if (session != null) {
      try {
        session.close();
      } catch (DocumentsNotStoredException e) {
        LOG.error("sql: {} documents were not stored: {}", e.documentIds().size(), e.getMessage());
      }
      session = null;
    }
    if (writer != null) {
      writer.close();
    }
    if (database != null) {
      DatabaseRegistry.release(database);
      database = null;
    }
    super.destroy();
  }
}
