package org.annalist.consumer.sql.schema;

/**
 * Row ids of SQLite's full-text index: a document's row is {@code documents.rowid * SPAN}, its
 * quote number {@code ord} is {@code documents.rowid * SPAN + ord + 1}. A document's entries are
 * then one rowid range, which FTS5 deletes and looks up without a scan, and a hit leads back to
 * its document by a rowid lookup.
 */
public final class SearchKeys {

  /** Row ids reserved per document. */
  public static final long SPAN = 65_536;

  /** Quotes beyond this many in one document are stored but not indexed for search. */
  public static final int MAX_QUOTES = (int) SPAN - 1;

  private SearchKeys() {}

  public static long documentKey(long documentRowid) {
    return documentRowid * SPAN;
  }

  public static long quoteKey(long documentRowid, int ord) {
    return documentRowid * SPAN + ord + 1;
  }

  public static long documentRowid(long key) {
    return Math.floorDiv(key, SPAN);
  }

  /** The quote's ord, or -1 for the document's own row. */
  public static int quoteOrd(long key) {
    return (int) Math.floorMod(key, SPAN) - 1;
  }
}
