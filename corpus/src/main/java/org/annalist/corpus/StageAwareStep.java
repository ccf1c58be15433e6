package org.annalist.corpus;

import java.util.List;

/**
 * A step that uses what the stage knows beyond the documents (stored signatures, which documents
 * earlier runs grouped). The stage calls {@link #group(List, List, StageContext)}; the plain
 * {@link CorpusStep#group} works from the documents alone.
 */
public interface StageAwareStep extends CorpusStep {

  List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous, StageContext context);

  /** Whether the step reads the documents' texts and mentions; when no step does, the stage loads neither. */
  default boolean needsDocumentContent() {
    return true;
  }
}
