package org.annalist.core.run;

import org.apache.uima.cas.CAS;

/** A read document on its way to a worker. */
record WorkItem(CAS cas, String documentId, String checksum) implements CompletionLedger.Completed {

  static final WorkItem END = new WorkItem(null, null, null);
}
