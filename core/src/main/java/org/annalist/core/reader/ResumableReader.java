package org.annalist.core.reader;

/**
 * A collection reader that can skip documents completed by an earlier run before it parses them.
 * The runner hands over the filter before the first {@code hasNext}; the reader calls it with the
 * document id and the SHA-256 (hex) of the raw bytes and counts what it skipped.
 */
public interface ResumableReader {

  void setSkipFilter(SkipFilter filter);

  /** How many documents the filter made the reader skip so far. */
  long skippedCount();
}
