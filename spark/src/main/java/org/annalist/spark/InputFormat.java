package org.annalist.spark;

/** What the Spark runner distributes. */
public enum InputFormat {
  /** Files read by the pipeline's own reader, each partition over a list of paths. */
  FILES,
  /** JSON Lines records (id, text, ...) read by Spark from any Hadoop file system. */
  JSONL,
  /** WARC/ARC web archives on any Hadoop file system, one task per file or per range of a large file. */
  WARC
}
