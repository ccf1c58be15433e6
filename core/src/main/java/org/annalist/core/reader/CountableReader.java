package org.annalist.core.reader;

/**
 * A collection reader that can count its documents without parsing them. The runner calls
 * {@link #countDocuments} once, on a background thread of its own while the run goes on, so that
 * progress can show a percentage and an estimated end.
 */
public interface CountableReader {

  /**
   * The number of documents the collection holds (including those a resumed run will skip), or -1
   * when it cannot be told cheaply. Must not disturb the reading going on at the same time.
   */
  long countDocuments();
}
