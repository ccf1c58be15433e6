package org.annalist.core.cas;

import org.annalist.type.DocumentMetadata;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/** Reads and creates the one {@link DocumentMetadata} of a CAS. */
public final class DocumentMetadataAccess {

  private DocumentMetadataAccess() {}

  /** The document's metadata, or null when the reader created none. */
  public static DocumentMetadata find(JCas jcas) {
    return JCasUtil.select(jcas, DocumentMetadata.class).stream().findFirst().orElse(null);
  }

  /** The document's metadata, created (covering the whole text) when missing. */
  public static DocumentMetadata getOrCreate(JCas jcas) {
    DocumentMetadata existing = find(jcas);
    if (existing != null) {
      return existing;
    }
    String text = jcas.getDocumentText();
    DocumentMetadata created = new DocumentMetadata(jcas, 0, text == null ? 0 : text.length());
    created.addToIndexes();
    return created;
  }

  /** The document id, or "(unknown)" when there is no metadata. */
  public static String documentId(JCas jcas) {
    DocumentMetadata metadata = find(jcas);
    return metadata == null || metadata.getDocumentId() == null ? "(unknown)" : metadata.getDocumentId();
  }
}
