package org.annalist.corpus;

import java.util.List;

/**
 * One cross-document step. {@code previous} are the groups of this kind from earlier runs (empty on
 * the first run): a step keeps their ids when the same group is found again, adds new documents to
 * them, and opens new groups only for what matches none.
 */
public interface CorpusStep {
  String kind();

  List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous);
}
