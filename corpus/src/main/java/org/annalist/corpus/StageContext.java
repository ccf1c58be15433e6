package org.annalist.corpus;

import java.util.Map;
import org.annalist.consumer.sql.signature.ContentSignature;

/**
 * What the stage knows beyond the {@link CorpusDocument}s, for the steps that can use it.
 *
 * @param signatures the stored content signature of each document (by id)
 * @param groupedBefore the documents an earlier run of the stage already grouped, with the text hash
 *     they had then: a document whose hash is unchanged is old and its pairs with other old
 *     documents are not looked at again
 * @param minSimilarity the estimated Jaccard similarity of 5-word shingles from which two documents
 *     are near-duplicates
 */
public record StageContext(Map<String, ContentSignature> signatures, Map<String, String> groupedBefore,
    double minSimilarity) {

  /** Whether the document was grouped by an earlier run with the same content. */
  public boolean isOld(String documentId, ContentSignature signature) {
    String hash = groupedBefore.get(documentId);
    return hash != null && signature != null && hash.equals(signature.textHash());
  }
}
