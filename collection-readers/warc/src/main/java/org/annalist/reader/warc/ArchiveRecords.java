package org.annalist.reader.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.annalist.reader.tika.BoundedRead;
import org.annalist.reader.tika.PayloadParsing;
import org.annalist.reader.tika.PayloadParsing.Payload;
import org.annalist.reader.warc.ArchiveItem.Broken;
import org.annalist.reader.warc.ArchiveItem.Page;
import org.annalist.reader.warc.ArchiveItem.Skipped;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of one WARC (or ARC) file, or of the records starting in a byte range of it, as
 * {@link ArchiveItem}s, read with jwarc. Compression is recognised from the bytes (per-record
 * gzip or none), not from the name.
 *
 * <p>Only HTTP responses with status 200 and an HTML, XHTML, plain-text or PDF payload become
 * pages; everything else is {@link Skipped} with its reason. Payloads are decoded (chunked
 * transfer encoding; gzip, deflate or brotli content encoding) and read up to a size limit; the rest of
 * a larger record is streamed past, never held. A page is handed out only once the next record
 * header has been found where the page's Content-Length says it ends, so a record whose length
 * lies fails by itself. After a corrupt or truncated record the reader looks for the next record
 * boundary and goes on.
 */
public final class ArchiveRecords implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveRecords.class);
  private static final String WARC_DATE = "warc-date";

  private final ArchiveFile file;
  private final long rangeStart;
  private final long rangeEnd;
  private final long maxPayloadBytes;
  private final Deque<ArchiveItem> ready = new ArrayDeque<>();
  private SeekableByteChannel channel;
  private WarcReader reader;
  private boolean gzip;
  private boolean finished;
  /** A page waiting until the record after it is found where it should be. */
  private Page held;
  /** Position of the last record header that parsed, or of the last resynchronisation guess. */
  private long lastStart;
  /** True while looking for a boundary: failures there are guesses that did not hold, not records. */
  private boolean resyncing;
  private String trailerWarning;
  /** Whether a record header parsed since the reader was (re)opened at {@link #lastStart}. */
  private boolean parsedSinceOpen;

  /** All records of a file. */
  public ArchiveRecords(ArchiveFile file, long maxPayloadBytes) {
    this(file, 0, Long.MAX_VALUE, maxPayloadBytes);
  }

  /**
   * The records whose first byte lies in {@code [rangeStart, rangeEnd)}.
   *
   * @param maxPayloadBytes larger payloads fail their record (after decoding)
   */
  public ArchiveRecords(ArchiveFile file, long rangeStart, long rangeEnd, long maxPayloadBytes) {
    this.file = file;
    this.rangeStart = rangeStart;
    this.rangeEnd = rangeEnd;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /** The next item, or null at the end of the file or range. */
  public ArchiveItem next() {
    while (ready.isEmpty() && !finished) {
      step();
    }
    return ready.poll();
  }

  private void step() {
    try {
      if (channel == null) {
        channel = file.open();
        gzip = RecordBoundary.isGzip(channel);
        if (rangeStart > 0) {
          resyncing = true;
          if (!openAt(RecordBoundary.next(channel, rangeStart, gzip))) {
            finish();
          }
          return;
        }
        openAt(0);
      }
    } catch (IOException e) {
      ready.add(new Broken(file.id(), "cannot open the archive: " + describe(e), e));
      finish();
      return;
    }
    Optional<WarcRecord> next;
    trailerWarning = null;
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      afterCorruption(e);
      return;
    }
    if (held != null) {
      if (trailerWarning != null) {
        ready.add(lengthMismatch());
      } else {
        ready.add(held);
      }
      held = null;
    }
    if (next.isEmpty()) {
      finish();
      return;
    }
    WarcRecord record = next.get();
    resyncing = false;
    parsedSinceOpen = true;
    lastStart = record.position();
    if (lastStart >= rangeEnd) {
      finish();
      return;
    }
    read(record);
  }

  /**
   * No record could be read where one should start. When the record before it ended in something
   * other than the record trailer, that record's Content-Length lied and it fails; otherwise the
   * corrupt record (at the next boundary after the last good one) fails.
   */
  private void afterCorruption(Exception e) {
    if (resyncing) {
      resync(lastStart + 1);
      return;
    }
    if (held != null && trailerWarning != null) {
      ready.add(lengthMismatch());
      held = null;
    } else {
      if (held != null) {
        ready.add(held);
        held = null;
      }
      long at = lastStart;
      if (parsedSinceOpen) {
        try {
          long next = RecordBoundary.next(channel, lastStart + 1, gzip);
          at = next < 0 ? lastStart + 1 : next;
        } catch (IOException ignored) {
          at = lastStart + 1;
        }
      }
      ready.add(new Broken(idAt(at), "corrupt or truncated record: " + describe(e), e));
    }
    resyncing = true;
    resync(lastStart + 1);
  }

  private Broken lengthMismatch() {
    return new Broken(held.payload().id(), "the record does not end where its Content-Length says (the next record"
        + " does not start there): the length is wrong or the record is cut", null);
  }

  private void resync(long from) {
    try {
      long candidate = RecordBoundary.next(channel, from, gzip);
      if (candidate < 0 || candidate >= rangeEnd || !openAt(candidate)) {
        finish();
      }
    } catch (IOException e) {
      LOG.warn("{}: cannot look for the next record after a corrupt one: {}", file.id(), describe(e));
      finish();
    }
  }

  private boolean openAt(long position) throws IOException {
    if (position < 0) {
      return false;
    }
    closeReader();
    if (channel == null || !channel.isOpen()) {
      channel = file.open();
    }
    channel.position(position);
    lastStart = position;
    parsedSinceOpen = false;
    reader = new WarcReader(new NonClosingChannel(channel));
    reader.onWarning(message -> trailerWarning = message);
    return true;
  }

  private void read(WarcRecord record) {
    String id = file.id() + "@" + record.position();
    String type = record.type();
    if (!(record instanceof WarcResponse response)) {
      ready.add(new Skipped(id, type));
      return;
    }
    String target = response.target();
    String scheme = target == null ? "" : target.substring(0, Math.max(0, target.indexOf(':'))).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      ready.add(new Skipped(id, "not an HTTP response"));
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      ready.add(new Broken(id, "the HTTP response cannot be parsed: " + describe(e), e));
      return;
    }
    if (http.status() != 200) {
      ready.add(new Skipped(id, "HTTP status " + http.status()));
      return;
    }
    MediaType contentType;
    try {
      contentType = http.contentType();
    } catch (RuntimeException e) {
      contentType = MediaType.OCTET_STREAM;
    }
    String base = contentType.base().toString().toLowerCase(Locale.ROOT);
    String extension = PageTypes.extension(base);
    if (extension == null) {
      ready.add(new Skipped(id, "payload type " + base));
      return;
    }
    WarcTruncationReason truncated = record.truncated();
    if (truncated != WarcTruncationReason.NOT_TRUNCATED) {
      ready.add(new Broken(id, "the crawler truncated this record (WARC-Truncated: "
          + truncated.name().toLowerCase(Locale.ROOT) + ")", null));
      return;
    }
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = BoundedRead.readAtMost(in, maxPayloadBytes);
    } catch (IOException | RuntimeException e) {
      // the reader cannot be trusted after a broken body: look for the next record
      ready.add(new Broken(id, "truncated or corrupt payload: " + describe(e), e));
      resyncing = true;
      resync(record.position() + 1);
      return;
    }
    if (bytes == null) {
      ready.add(new Broken(id, "the payload is larger than " + maxPayloadBytes + " bytes (maxDocumentBytes)", null));
      return;
    }
    if (bytes.length == 0) {
      ready.add(new Broken(id, "empty payload (0 bytes)", null));
      return;
    }
    String charset = contentType.parameters().get("charset");
    Payload payload = new Payload(id, target, PageTypes.resourceName(target, extension), bytes, charset,
        record.date() == null ? null : record.date().toString(), WARC_DATE);
    held = new Page(payload, PayloadParsing.sha256(bytes));
  }

  private String idAt(long position) {
    return file.id() + "@" + position;
  }

  private void finish() {
    if (held != null) {
      ready.add(held);
      held = null;
    }
    finished = true;
    closeQuietly();
  }

  private void closeReader() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        LOG.debug("{}: {}", file.id(), e.getMessage());
      }
      reader = null;
    }
  }

  private void closeQuietly() {
    closeReader();
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("{}: {}", file.id(), e.getMessage());
      }
      channel = null;
    }
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    finished = true;
    closeQuietly();
  }
}
