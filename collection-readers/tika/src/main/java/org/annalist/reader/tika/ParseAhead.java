package org.annalist.reader.tika;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.SourceItem.RawDocument;

/**
 * Parses the next few documents on {@code threads} helper threads while the runner fills CASes
 * with the earlier ones, so that a single reader does not hold back several workers. Documents
 * come out in input order; each parse has its own time limit (one {@link ParseTimer} per thread,
 * one document in flight per timer).
 */
final class ParseAhead implements AutoCloseable {

  /** A document in the window: unreadable already, or being parsed. */
  private record Slot(SourceItem item, Future<ParsedDocument> parse, ParseTimer timer, long submittedNanos) {}

  private final ParseTimer[] timers;
  private final DocumentParsing parser;
  private final Deque<Slot> window = new ArrayDeque<>();
  private long submitted;

  ParseAhead(DocumentParsing parser, int threads, long timeoutMillis) {
    this.parser = parser;
    this.timers = new ParseTimer[Math.max(1, threads)];
    for (int i = 0; i < timers.length; i++) {
      timers[i] = new ParseTimer(timeoutMillis);
    }
  }

  boolean isFull() {
    return window.size() >= timers.length;
  }

  boolean isEmpty() {
    return window.isEmpty();
  }

  /** Adds the next input item; a readable one starts parsing at once. */
  void add(SourceItem item, String checksum) {
    ParseTimer timer = timers[(int) (submitted++ % timers.length)];
    if (item instanceof RawDocument raw) {
      window.add(new Slot(item, timer.submit(() -> parser.parse(raw, checksum)), timer, System.nanoTime()));
    } else {
      window.add(new Slot(item, null, timer, 0));
    }
  }

  /** The id of the oldest document in the window. */
  String nextId() {
    return window.peek().item().id();
  }

  /** The oldest document, parsed, or the reason it cannot be read. */
  ParsedDocument next() throws DocumentReadException {
    Slot slot = window.poll();
    if (slot.item() instanceof SourceItem.Unreadable unreadable) {
      throw new DocumentReadException(unreadable.id(), unreadable.reason(), unreadable.cause());
    }
    return slot.timer().await(slot.item().id(), slot.parse(), slot.submittedNanos());
  }

  @Override
  public void close() {
    for (Slot slot : window) {
      if (slot.parse() != null) {
        slot.parse().cancel(true);
      }
    }
    window.clear();
    for (ParseTimer timer : timers) {
      timer.close();
    }
    parser.close();
  }
}
