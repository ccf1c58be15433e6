package org.annalist.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;

/** Test consumer: appends each document id to {@code ids.txt} in the target folder. */
public class IdRecordingConsumer extends JCasAnnotator_ImplBase {

  @ConfigurationParameter(name = ComponentParameters.TARGET_LOCATION, description = "Output folder.")
  private String targetLocation;

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    Path file = Path.of(targetLocation, "ids.txt");
    synchronized (IdRecordingConsumer.class) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, DocumentMetadataAccess.documentId(jcas) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new AnalysisEngineProcessException(e);
      }
    }
  }
}
