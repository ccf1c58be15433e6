package org.annalist.core.reader;

/** Decides whether a document was completed by an earlier run and can be skipped. */
@FunctionalInterface
public interface SkipFilter {

  SkipFilter NONE = (documentId, checksum) -> false;

  boolean shouldSkip(String documentId, String checksum);
}
