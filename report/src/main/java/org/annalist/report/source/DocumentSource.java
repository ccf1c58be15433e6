package org.annalist.report.source;

import java.io.IOException;
import java.util.function.Consumer;
import org.annalist.report.model.CorpusGroups;
import org.annalist.report.model.ReportDocument;

/** The documents of a finished run, read one at a time so that any number fits in memory. */
public interface DocumentSource extends AutoCloseable {

  /** Hands every document to {@code sink}, in the source's order. */
  void forEach(Consumer<ReportDocument> sink) throws IOException;

  /** The corpus stage's groups (stories, people, ...) the source holds; none by default. */
  default CorpusGroups corpusGroups() throws IOException {
    return CorpusGroups.none();
  }

  /** What the report is built from, for the overview (never includes credentials). */
  String description();

  @Override
  default void close() throws IOException {}
}
