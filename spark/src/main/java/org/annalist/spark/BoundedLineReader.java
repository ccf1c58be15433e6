package org.annalist.spark;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a limit in memory: the part of a line beyond the
 * limit is skipped and the line is flagged as cut.
 */
final class BoundedLineReader implements Closeable {

  /** A line, or the first {@code limit} characters of a longer one. */
  record Line(String text, boolean cut, long number) {}

  private final Reader reader;
  private final int limit;
  private final char[] buffer = new char[8192];
  private int position;
  private int filled;
  private long number;

  BoundedLineReader(Reader reader, int limit) {
    this.reader = reader;
    this.limit = limit;
  }

  /** The next line without its line break, or null at the end. */
  Line next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean cut = false;
    boolean any = false;
    while (true) {
      if (position == filled) {
        filled = reader.read(buffer);
        position = 0;
        if (filled <= 0) {
          filled = 0;
          return any ? new Line(strip(line), cut, ++number) : null;
        }
      }
      any = true;
      char c = buffer[position++];
      if (c == '\n') {
        return new Line(strip(line), cut, ++number);
      }
      if (line.length() < limit) {
        line.append(c);
      } else {
        cut = true;
      }
    }
  }

  private static String strip(StringBuilder line) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    return line.substring(0, end);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
