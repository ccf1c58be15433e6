package org.annalist.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.annalist.core.plugin.InputPath;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;

/** Test reader: one document per entry of {@code texts} (or per line of {@code textFile}). */
public class TextListReader extends JCasCollectionReader_ImplBase {

  public static final String UNREADABLE = "<unreadable>";

  @ConfigurationParameter(name = "texts", mandatory = false, description = "The documents' texts.")
  private String[] texts;

  @InputPath
  @ConfigurationParameter(name = "textFile", mandatory = false, description = "A file with one document per line.")
  private String textFile;

  @ConfigurationParameter(name = "count", mandatory = false, defaultValue = "0",
      description = "Repeat the texts to make this many documents (0: each once).")
  private int count;

  private final List<String> documents = new ArrayList<>();
  private int next;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    List<String> base = new ArrayList<>();
    if (texts != null) {
      base.addAll(List.of(texts));
    }
    if (textFile != null) {
      try {
        base.addAll(Files.readAllLines(Path.of(textFile), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ResourceInitializationException(e);
      }
    }
    int total = count > 0 ? count : base.size();
    for (int i = 0; i < total && !base.isEmpty(); i++) {
      documents.add(base.get(i % base.size()));
    }
  }

  @Override
  public boolean hasNext() {
    return next < documents.size();
  }

  @Override
  public void getNext(JCas jcas) throws IOException, CollectionException {
    int index = next++;
    String text = documents.get(index);
    String id = "doc-" + index;
    if (text.equals(UNREADABLE)) {
      throw new DocumentReadException(id, "cannot read " + id + ": it is unreadable");
    }
    jcas.setDocumentText(text);
    DocumentMetadata metadata = new DocumentMetadata(jcas, 0, text.length());
    metadata.setDocumentId(id);
    metadata.setChecksum(sha256(text));
    metadata.addToIndexes();
  }

  @Override
  public Progress[] getProgress() {
    return new Progress[] {new ProgressImpl(next, documents.size(), Progress.ENTITIES)};
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
