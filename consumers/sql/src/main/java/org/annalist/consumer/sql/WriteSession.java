package org.annalist.consumer.sql;

import java.sql.SQLException;
import org.annalist.core.plugin.DocumentsNotStoredException;

/**
 * How one consumer instance (one worker thread) writes: each document atomically, grouped into
 * commits that {@link #commit} completes at the runner's checkpoints.
 */
interface WriteSession extends AutoCloseable {

  /** Replaces one document's rows; when it throws, nothing of the document is left behind. */
  void write(String docId, SqlWork work) throws SQLException;

  /**
   * Makes every document written since the last call durable.
   *
   * @throws DocumentsNotStoredException naming the documents of this session that were lost (a
   *     failed commit, a connection that broke with them uncommitted)
   */
  void commit();

  /** Commits what is pending as {@link #commit} does, then lets go of the connection. */
  @Override
  void close();
}
