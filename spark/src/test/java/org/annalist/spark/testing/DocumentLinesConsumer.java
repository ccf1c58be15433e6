package org.annalist.spark.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/** Test consumer: one JSON line per document (id, source, text length, annotations by type) in documents.jsonl. */
public class DocumentLinesConsumer extends JCasAnnotator_ImplBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigurationParameter(name = ComponentParameters.TARGET_LOCATION, description = "Output folder.")
  private String targetLocation;

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    DocumentMetadata metadata = DocumentMetadataAccess.find(jcas);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", metadata.getDocumentId());
    line.put("source", metadata.getSourceUri());
    line.put("length", jcas.getDocumentText().length());
    Map<String, Integer> annotations = new java.util.TreeMap<>();
    for (Annotation annotation : jcas.getAnnotationIndex()) {
      annotations.merge(annotation.getType().getShortName(), 1, Integer::sum);
    }
    line.put("annotations", annotations);
    Path file = Path.of(targetLocation, "documents.jsonl");
    synchronized (DocumentLinesConsumer.class) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new AnalysisEngineProcessException(e);
      }
    }
  }
}
