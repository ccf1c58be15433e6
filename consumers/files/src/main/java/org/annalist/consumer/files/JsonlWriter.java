package org.annalist.consumer.files;

import java.io.IOException;
import java.nio.file.Path;
import org.annalist.core.plugin.ComponentParameters;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Appends one line of flat JSON per document (see docs/output-format.md) to
 * {@code targetLocation/documents.jsonl}. All instances (one per worker thread) share one file;
 * a document written again replaces its earlier line, and a partial line left by a killed run is
 * removed on start (see {@link SharedJsonlFile}).
 */
@ResourceMetaData(name = "JSONL writer",
    description = "One line of flat JSON per document: metadata, clean text, dates, places, quotes.")
public class JsonlWriter extends JCasAnnotator_ImplBase {

  public static final String PARAM_TARGET_LOCATION = ComponentParameters.TARGET_LOCATION;
  public static final String PARAM_FILE_NAME = "fileName";
  public static final String PARAM_START_FRESH = "startFresh";

  @ConfigurationParameter(name = PARAM_TARGET_LOCATION, mandatory = true,
      description = "Output folder (created as needed).")
  private String targetLocation;

  @ConfigurationParameter(name = PARAM_FILE_NAME, mandatory = false, defaultValue = "documents.jsonl",
      description = "Name of the JSON Lines file in targetLocation.")
  private String fileName;

  @ConfigurationParameter(name = PARAM_START_FRESH, mandatory = false, defaultValue = "false",
      description = "Empty the file when the run starts; by default it is continued, documents "
          + "written again replace their earlier line.")
  private boolean startFresh;

  private SharedJsonlFile file;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      file = SharedJsonlFile.acquire(Path.of(targetLocation).resolve(fileName), startFresh);
    } catch (IOException e) {
      throw new ResourceInitializationException(e);
    }
  }

  @Override
  public synchronized void process(JCas jcas) throws AnalysisEngineProcessException {
    String id = PerDocumentFileConsumer.documentId(jcas);
    try {
      if (file == null) {
        // a runner may call collectionProcessComplete more than once; join the file again
        file = SharedJsonlFile.acquire(Path.of(targetLocation).resolve(fileName), false);
      }
      file.append(id, JsonlRecord.of(jcas, id));
    } catch (IOException | RuntimeException e) {
      throw new AnalysisEngineProcessException(
          new IOException("cannot write " + id + " to " + fileName + ": " + e.getMessage(), e));
    }
  }

  @Override
  public void collectionProcessComplete() throws AnalysisEngineProcessException {
    super.collectionProcessComplete();
    close();
  }

  @Override
  public void destroy() {
    try {
      close();
    } catch (AnalysisEngineProcessException e) {
      getLogger().error("closing " + fileName + " failed", e);
    }
    super.destroy();
  }

  private synchronized void close() throws AnalysisEngineProcessException {
    if (file == null) {
      return;
    }
    SharedJsonlFile closing = file;
    file = null;
    try {
      closing.release();
    } catch (IOException e) {
      throw new AnalysisEngineProcessException(e);
    }
  }
}
