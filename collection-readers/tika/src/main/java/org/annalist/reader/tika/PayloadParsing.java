package org.annalist.reader.tika;

import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.SourceItem.RawDocument;
import org.annalist.reader.tika.SourceItem.Unreadable;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;

/**
 * The Tika reader's parsing path for readers that take documents out of other containers (web
 * archive records, JSON Lines records): the same format detection, charset choice, HTML
 * structure, metadata and publication date, the same parse-ahead threads and time limit, and the
 * same CAS content (with the raw-HTML view the boilerplate annotator reads). Documents come out
 * in the order they were added.
 */
public final class PayloadParsing implements AutoCloseable {

  /**
   * One document's bytes as its container holds them.
   *
   * @param id document id
   * @param sourceUri where it came from (a URL for web pages)
   * @param resourceName a file name for format detection, e.g. {@code page.html}
   * @param bytes the payload, with transfer and content encodings already decoded
   * @param declaredCharset the charset its transport declared (HTTP {@code Content-Type}), or null
   * @param fallbackDate a date (ISO 8601 or any form the reader's normaliser knows) used as the
   *     publication date only when the document itself gives none, or null
   * @param fallbackDateSource what {@code fallbackDate} is, recorded as the date's source (e.g. {@code warc-date})
   */
  public record Payload(String id, String sourceUri, String resourceName, byte[] bytes, String declaredCharset,
      String fallbackDate, String fallbackDateSource) {}

  private final ParseAhead ahead;

  /**
   * @param charset charset of every text and HTML document when known, else null (detected)
   * @param language language used when a document declares none
   * @param maxTextCharacters extracted text is cut after this many characters
   * @param parseThreads documents parsed at the same time (0: as many as cores, at most 4)
   * @param parseTimeoutSeconds a longer parse fails its document (0: no limit)
   */
  public PayloadParsing(String charset, String language, int maxTextCharacters, int parseThreads,
      int parseTimeoutSeconds) {
    if (maxTextCharacters <= 0 || parseThreads < 0) {
      throw new IllegalArgumentException("maxTextCharacters must be positive and parseThreads at least 0");
    }
    DocumentParser parser = new DocumentParser(charset, language, maxTextCharacters, false);
    int threads = parseThreads > 0 ? parseThreads : Math.min(4, Runtime.getRuntime().availableProcessors());
    this.ahead = new ParseAhead(parser, threads, parseTimeoutSeconds * 1000L);
  }

  /** True when as many documents are being parsed as there are parsing threads. */
  public boolean isFull() {
    return ahead.isFull();
  }

  public boolean isEmpty() {
    return ahead.isEmpty();
  }

  /** Starts parsing a document; {@code checksum} is recorded in its metadata. */
  public void add(Payload payload, String checksum) {
    PublishedDate fallback = payload.fallbackDate() == null ? null
        : PublishedDate.from(payload.fallbackDate(), payload.fallbackDateSource());
    ahead.add(new RawDocument(payload.id(), payload.sourceUri(), payload.resourceName(), payload.bytes(),
        payload.declaredCharset(), fallback), checksum);
  }

  /** Adds a document that cannot be read: it comes out in its turn as a failure with this reason. */
  public void addUnreadable(String id, String reason, Throwable cause) {
    ahead.add(new Unreadable(id, reason, cause), null);
  }

  /** The id of the next document to come out. */
  public String nextId() {
    return ahead.nextId();
  }

  /**
   * Fills the CAS with the oldest document.
   *
   * @throws DocumentReadException when it could not be read or parsed (the reason is the message)
   */
  public void next(JCas jcas) throws DocumentReadException {
    String id = ahead.nextId();
    ParsedDocument parsed = ahead.next();
    try {
      CasFiller.fill(jcas, parsed);
    } catch (CASException e) {
      throw new DocumentReadException(id, "cannot fill the CAS: " + e.getMessage(), e);
    }
  }

  /** SHA-256 (hex) of the bytes, the checksum the resume ledger compares. */
  public static String sha256(byte[] bytes) {
    return TikaCollectionReader.sha256(bytes);
  }

  @Override
  public void close() {
    ahead.close();
  }
}
