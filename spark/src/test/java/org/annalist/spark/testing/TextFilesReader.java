package org.annalist.spark.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.InputPath;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.reader.ResumableReader;
import org.annalist.core.reader.SkipFilter;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;

/**
 * Test reader of UTF-8 text files with the id rules of the project's file reader: a folder is
 * read recursively without hidden names, ids relative to it; a {@code .lst} file names one path
 * per line, ids relative to the list's folder, absolute for files outside it. Empty files are
 * reported as unreadable documents.
 */
public class TextFilesReader extends JCasCollectionReader_ImplBase implements ResumableReader {

  @InputPath
  @ConfigurationParameter(name = ComponentParameters.SOURCE_LOCATION, description = "Folder or .lst file.")
  private String sourceLocation;

  private final List<Path[]> files = new ArrayList<>();
  private SkipFilter filter = SkipFilter.NONE;
  private long skipped;
  private int next;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    Path source = Path.of(sourceLocation).toAbsolutePath().normalize();
    try {
      if (Files.isDirectory(source)) {
        walk(source, source);
      } else {
        Path base = source.getParent();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            Path path = base.resolve(line.strip()).normalize();
            files.add(new Path[] {path, path.startsWith(base) ? base : null});
          }
        }
      }
    } catch (IOException e) {
      throw new ResourceInitializationException(e);
    }
  }

  private void walk(Path root, Path base) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.filter(Files::isRegularFile)
          .filter(p -> !root.relativize(p).toString().startsWith(".") && !root.relativize(p).toString().contains("/."))
          .sorted()
          .forEach(p -> files.add(new Path[] {p, base}));
    }
  }

  @Override
  public void setSkipFilter(SkipFilter filter) {
    this.filter = filter;
  }

  @Override
  public long skippedCount() {
    return skipped;
  }

  @Override
  public boolean hasNext() throws IOException {
    while (next < files.size()) {
      Path[] file = files.get(next);
      if (!filter.shouldSkip(id(file), sha256(Files.readAllBytes(file[0])))) {
        return true;
      }
      skipped++;
      next++;
    }
    return false;
  }

  private static String id(Path[] file) {
    return file[1] == null ? file[0].toString() : file[1].relativize(file[0]).toString();
  }

  @Override
  public void getNext(JCas jcas) throws IOException, CollectionException {
    Path[] file = files.get(next++);
    byte[] bytes = Files.readAllBytes(file[0]);
    if (bytes.length == 0) {
      throw new DocumentReadException(id(file), file[0] + " is empty");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    jcas.setDocumentText(text);
    DocumentMetadata metadata = new DocumentMetadata(jcas, 0, text.length());
    metadata.setDocumentId(id(file));
    metadata.setSourceUri(file[0].toUri().toString());
    metadata.setChecksum(sha256(bytes));
    metadata.addToIndexes();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Progress[] getProgress() {
    return new Progress[] {new ProgressImpl(next, files.size(), Progress.ENTITIES)};
  }
}
