package org.annalist.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.CompletionLedger;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;

/**
 * Test consumer that keeps document ids in memory and writes them to {@code ids.txt} only in
 * {@code batchProcessComplete}, one line per batch to {@code batches.txt}. It notes in
 * {@code early.txt} any id the runner recorded as completed before the batch was written.
 */
public class BatchingConsumer extends JCasAnnotator_ImplBase {

  @ConfigurationParameter(name = ComponentParameters.TARGET_LOCATION, description = "Output folder.")
  private String targetLocation;

  @ConfigurationParameter(name = "loseWhenContains", mandatory = false,
      description = "Report documents whose text contains this as not stored.")
  private String loseWhenContains;

  @ConfigurationParameter(name = "failBatchWhenContains", mandatory = false,
      description = "Fail the whole batch when one of its texts contains this.")
  private String failBatchWhenContains;

  private final List<String> pending = new ArrayList<>();
  private final List<String> lost = new ArrayList<>();
  private boolean failBatch;

  @Override
  public void process(JCas jcas) {
    String id = DocumentMetadataAccess.documentId(jcas);
    String text = jcas.getDocumentText();
    if (loseWhenContains != null && text.contains(loseWhenContains)) {
      lost.add(id);
    } else {
      pending.add(id);
    }
    failBatch |= failBatchWhenContains != null && text.contains(failBatchWhenContains);
  }

  @Override
  public void batchProcessComplete() throws AnalysisEngineProcessException {
    if (pending.isEmpty() && lost.isEmpty()) {
      return;
    }
    try {
      if (failBatch) {
        throw new AnalysisEngineProcessException(new IOException("the batch could not be written"));
      }
      synchronized (BatchingConsumer.class) {
        Path ledger = Path.of(targetLocation, BatchRunner.RUN_DIRECTORY, CompletionLedger.FILE_NAME);
        String recorded = Files.exists(ledger) ? Files.readString(ledger) : "";
        for (String id : pending) {
          if (recorded.contains(id + "\t")) {
            append("early.txt", id);
          }
          append("ids.txt", id);
        }
        append("batches.txt", String.valueOf(pending.size() + lost.size()));
      }
      if (!lost.isEmpty()) {
        throw new AnalysisEngineProcessException(
            new DocumentsNotStoredException(lost, "the disk refused " + lost.size() + " document(s)", null));
      }
    } catch (IOException e) {
      throw new AnalysisEngineProcessException(e);
    } finally {
      pending.clear();
      lost.clear();
      failBatch = false;
    }
  }

  @Override
  public void collectionProcessComplete() throws AnalysisEngineProcessException {
    batchProcessComplete();
  }

  private void append(String name, String line) throws IOException {
    Path file = Path.of(targetLocation, name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
