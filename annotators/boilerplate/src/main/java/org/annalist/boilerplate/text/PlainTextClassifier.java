package org.annalist.boilerplate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.boilerplate.BlockKind;
import org.annalist.boilerplate.Favour;
import org.annalist.boilerplate.FurnitureLines;
import org.annalist.boilerplate.PageMetadata;
import org.annalist.boilerplate.Reason;
import org.annalist.core.time.DateStrings;

/**
 * Separates article from furniture in a text that lost its markup (a page saved as text), line by
 * line, from wording and layout alone:
 *
 * <ul>
 *   <li>furniture wording ("Skip to main content", "Advertisement", "Recommended Videos",
 *       copyright and photo credits, "Comments are closed.") and captions ending in a photo credit;
 *   <li>teasers of other stories: long lines cut off mid-sentence (no closing punctuation);
 *   <li>before the first line of prose: the headline (kept as the title) and short section labels;
 *       after the last: short lines that are not sentences;
 *   <li>a leading {@code date YYYY-MM-DD} header, read as the publication date.
 * </ul>
 *
 * Runs in one pass over the lines; patterns are only applied to short lines, so the cost is linear.
 */
public final class PlainTextClassifier {

  private static final Pattern DATE_HEADER =
      Pattern.compile("\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");

  private final Favour favour;

  public PlainTextClassifier(Favour favour) {
    this.favour = favour == null ? Favour.BALANCED : favour;
  }

  public PlainTextClassifier() {
    this(Favour.BALANCED);
  }

  private static final class Line {
    final int begin;
    final int end;
    final String text;
    Reason reason;
    BlockKind kind = BlockKind.PARAGRAPH;

    Line(int begin, int end, String text) {
      this.begin = begin;
      this.end = end;
      this.text = text;
    }
  }

  public PlainTextResult classify(String text) {
    List<TextSegment> segments = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return new PlainTextResult(segments, PageMetadata.EMPTY);
    }
    String date = null;
    String dateSource = null;
    int start = 0;
    Matcher header = DATE_HEADER.matcher(text);
    header.region(0, Math.min(text.length(), 64));
    if (header.lookingAt()) {
      date = DateStrings.find(header.group(1));
      if (date != null) {
        dateSource = "date-line";
        int headerBegin = skipSpace(text, 0, header.end());
        segments.add(new TextSegment(headerBegin, trimEnd(text, headerBegin, header.end()),
            BlockKind.OTHER, false, Reason.DATE_LINE));
        start = header.end();
      }
    }
    List<Line> lines = lines(text, start);
    for (Line line : lines) {
      line.reason = judge(line.text);
      if (line.reason == Reason.DATE_LINE && date == null) {
        date = DateStrings.find(line.text);
        dateSource = date == null ? null : "date-line";
      }
    }
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).reason == null && isProse(lines.get(i).text)) {
        firstProse = firstProse < 0 ? i : firstProse;
        lastProse = i;
      }
    }
    String title = null;
    if (firstProse > 0) {
      int titleLine = -1;
      for (int i = firstProse - 1; i >= 0; i--) {
        Line line = lines.get(i);
        if (line.reason == null && words(line.text) >= 3 && line.text.length() <= 200
            && !endsLikeSentence(line.text)) {
          titleLine = i;
          break;
        }
      }
      for (int i = 0; i < firstProse; i++) {
        Line line = lines.get(i);
        if (i == titleLine) {
          line.reason = Reason.HEADER;
          line.kind = BlockKind.TITLE;
          title = line.text;
        } else if (line.reason == null && (i < titleLine || words(line.text) <= 3)) {
          line.reason = Reason.NAVIGATION;
        }
      }
    }
    if (lastProse >= 0 && favour != Favour.RECALL) {
      for (int i = lastProse + 1; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (line.reason == null && words(line.text) <= 4 && !endsLikeSentence(line.text)) {
          line.reason = Reason.OTHER;
        }
      }
    }
    for (Line line : lines) {
      if (line.reason == null && favour == Favour.PRECISION && !isProse(line.text)
          && words(line.text) < 3) {
        line.reason = Reason.OTHER;
      }
      segments.add(new TextSegment(line.begin, line.end, line.kind, line.reason == null, line.reason));
    }
    return new PlainTextResult(segments, new PageMetadata(title, null, date, dateSource));
  }

  private static Reason judge(String line) {
    Reason byWording = FurnitureLines.judge(line);
    if (byWording != null) {
      return byWording;
    }
    if (line.length() >= 150 && FurnitureLines.endsWithPhotoCredit(line)) {
      return Reason.CAPTION;
    }
    if (line.length() >= 150 && !endsLikeSentence(line)) {
      // a long text cut off in mid-sentence: the teaser of another story
      return Reason.RELATED_CONTENT;
    }
    return null;
  }

  private static List<Line> lines(String text, int from) {
    List<Line> lines = new ArrayList<>();
    int lineStart = from;
    int length = text.length();
    for (int i = from; i <= length; i++) {
      if (i == length || text.charAt(i) == '\n') {
        int begin = skipSpace(text, lineStart, i);
        int end = trimEnd(text, begin, i);
        if (end > begin) {
          lines.add(new Line(begin, end, text.substring(begin, Math.min(end, begin + 400))
              + (end - begin > 400 ? text.substring(end - 200, end) : "")));
        }
        lineStart = i + 1;
      }
    }
    return lines;
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isProse(String line) {
    return endsLikeSentence(line) && (line.length() >= 80 || words(line) >= 6);
  }

  static boolean endsLikeSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ("\"'”’»)]*」』".indexOf(c) >= 0) {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？'
          || c == ':' || c == ';';
    }
    return false;
  }

  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
