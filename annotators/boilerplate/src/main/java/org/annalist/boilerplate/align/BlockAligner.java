package org.annalist.boilerplate.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds blocks of text (in reading order) in a document text that was produced independently
 * from the same source, e.g. jsoup's blocks in Tika's text of the same HTML page. Matching ignores
 * whitespace and invisible characters entirely, moves only forward, and falls back to matching
 * the first and last characters of a block when the middle differs in small details. Blocks that
 * cannot be found get no span; the next block is searched from where the last one was found.
 *
 * <p>Cost: each block is searched in a window after the cursor, so the total work is linear in
 * the text length plus the block lengths times a small constant.
 */
public final class BlockAligner {

  /** A half-open span [begin, end) of the document text. */
  public record Span(int begin, int end) {}

  private static final int NEAR_WINDOW = 5_000;
  private static final int FAR_WINDOW = 200_000;
  private static final int ANCHOR = 16;

  private final String normalised;
  private final int[] offsets;
  private int cursor;

  /** Prepares {@code text} for aligning; the blocks are then aligned in order with {@link #find}. */
  public BlockAligner(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] map = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!ignorable(c)) {
        out.append(c);
        map[n++] = i;
      }
    }
    this.normalised = out.toString();
    this.offsets = java.util.Arrays.copyOf(map, n);
  }

  /** Aligns all blocks in order; the result has one entry per block, null when not found. */
  public static List<Span> align(String text, List<String> blocks) {
    BlockAligner aligner = new BlockAligner(text);
    List<Span> spans = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      spans.add(aligner.find(block));
    }
    return spans;
  }

  /** The span of the next occurrence of {@code block} after the previous match, or null. */
  public Span find(String block) {
    String needle = normalise(block);
    if (needle.isEmpty()) {
      return null;
    }
    int length = needle.length();
    int at = indexOf(needle, cursor, cursor + NEAR_WINDOW + length);
    if (at < 0 && length >= 40) {
      at = indexOf(needle, cursor, cursor + FAR_WINDOW + length);
    }
    if (at >= 0) {
      return accept(at, at + length);
    }
    if (length < 2 * ANCHOR) {
      return null;
    }
    // the block differs somewhere: find it by a piece near its start and one near its end
    int window = length >= 200 ? FAR_WINDOW : NEAR_WINDOW;
    int start = -1;
    for (int offset = 0; start < 0 && offset + ANCHOR <= length / 2; offset += ANCHOR) {
      int found = indexOf(needle.substring(offset, offset + ANCHOR), cursor, cursor + window + length);
      if (found >= 0) {
        start = Math.max(cursor, found - offset);
      }
    }
    if (start < 0) {
      return null;
    }
    int limit = start + length + length / 4 + 64;
    int end = -1;
    for (int offset = length; end < 0 && offset - ANCHOR >= length / 2; offset -= ANCHOR) {
      int found = indexOf(needle.substring(offset - ANCHOR, offset), start, limit);
      if (found >= 0) {
        end = Math.min(normalised.length(), found + ANCHOR + (length - offset));
      }
    }
    if (end < 0 || end - start < length * 3 / 4) {
      return null;
    }
    return accept(start, end);
  }

  private Span accept(int from, int to) {
    cursor = to;
    return new Span(offsets[from], offsets[to - 1] + 1);
  }

  private int indexOf(String needle, int from, int to) {
    int last = Math.min(normalised.length(), to) - needle.length();
    char first = needle.charAt(0);
    int i = from;
    while (i <= last) {
      i = normalised.indexOf(first, i);
      if (i < 0 || i > last) {
        return -1;
      }
      if (normalised.startsWith(needle, i)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!ignorable(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean ignorable(char c) {
    if (c < 128) {
      // in ASCII: the control characters (white space among them) and the space
      return c <= ' ' || c == '\u007F';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT || Character.isISOControl(c);
  }
}
