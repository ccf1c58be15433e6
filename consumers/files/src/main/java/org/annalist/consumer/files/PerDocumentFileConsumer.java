package org.annalist.consumer.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * A consumer that writes one file per document below {@code targetLocation}, at a path derived
 * from the document id (see {@link OutputPaths}), atomically.
 */
abstract class PerDocumentFileConsumer extends JCasAnnotator_ImplBase {

  public static final String PARAM_TARGET_LOCATION = ComponentParameters.TARGET_LOCATION;

  @ConfigurationParameter(name = PARAM_TARGET_LOCATION, mandatory = true,
      description = "Output folder (created as needed); one file per document at a path derived from its id.")
  private String targetLocation;

  private Path folder;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    folder = Path.of(targetLocation).toAbsolutePath().normalize();
  }

  /** The output folder, absolute. */
  protected Path folder() {
    return folder;
  }

  /** File name extension including the dot, e.g. {@code .xmi}. */
  protected abstract String extension();

  protected abstract void write(JCas jcas, OutputStream out) throws IOException;

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    Path target = OutputPaths.forDocument(folder, documentId(jcas), extension());
    try {
      AtomicFiles.write(target, out -> write(jcas, out));
    } catch (IOException | RuntimeException e) {
      throw new AnalysisEngineProcessException(
          new IOException("cannot write " + target + ": " + e.getMessage(), e));
    }
  }

  /** The document id, or a stable name derived from the text when the reader gave none. */
  static String documentId(JCas jcas) {
    DocumentMetadata metadata = DocumentMetadataAccess.find(jcas);
    if (metadata != null && metadata.getDocumentId() != null && !metadata.getDocumentId().isBlank()) {
      return metadata.getDocumentId();
    }
    String text = jcas.getDocumentText();
    return "document-" + OutputPaths.shortHash(text == null ? "" : text);
  }
}
