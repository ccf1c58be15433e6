package org.annalist.consumer.sql.schema;

import java.sql.SQLException;

/** The database was written by a newer Annalist release; this one must not write to it. */
public class SchemaTooNewException extends SQLException {

  public SchemaTooNewException(String database, int found, int supported) {
    super("the database " + database + " has schema version " + found
        + ", newer than this Annalist release supports (" + supported
        + "); upgrade Annalist or write to another database");
  }
}
