package org.annalist.reader.tika;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.reader.tika.StructureSpan.Kind;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds the document text from Tika's XHTML SAX events and records where headings, paragraphs,
 * list items, captions, block quotes, tables and links are in it.
 *
 * <p>Text layout: white space inside a block collapses to one space (except in {@code pre});
 * block elements are separated by one newline; nothing of {@code head}, scripts, styles or
 * {@code noscript} gets in. Spans never start or end with white space. Text that sits directly in
 * a container (a {@code div}, {@code td}, {@code section}, a PDF page ...) rather than in an
 * explicit paragraph, heading or list item gets an implicit {@link Kind#PARAGRAPH} running to the
 * next block boundary or {@code br}.
 *
 * <p>It also collects {@code <time datetime>} values and body {@code <meta itemprop>} dates for
 * the publication date.
 */
final class StructureHandler extends DefaultHandler {

  /** A {@code <time datetime=...>} of the page; {@code published} when marked as the publication date. */
  record TimeTag(String datetime, boolean published) {}

  private static final Set<String> SKIPPED = Set.of(
      "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas");
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
      "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
      "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "tr", "ul");
  /** Blocks that hold text themselves, so no implicit paragraph is made inside them. */
  private static final Set<String> TEXT_BLOCKS = Set.of(
      "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "figcaption", "summary",
      "legend", "option");

  private static final class Frame {
    final Kind kind;
    final int level;
    final String href;
    final boolean block;
    final boolean textBlock;
    final boolean pre;
    int begin = -1;

    Frame(Kind kind, int level, String href, boolean block, boolean textBlock, boolean pre) {
      this.kind = kind;
      this.level = level;
      this.href = href;
      this.block = block;
      this.textBlock = textBlock;
      this.pre = pre;
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final List<StructureSpan> spans = new ArrayList<>();
  private final List<TimeTag> timeTags = new ArrayList<>();
  private final List<String> microdataDates = new ArrayList<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final int maxChars;

  private boolean truncated;
  private int skipDepth;
  private int preDepth;
  private int textBlockDepth;
  private boolean pendingBreak;
  private boolean pendingSpace;
  private boolean framesNeedBegin;
  private int implicitBegin = -1;

  StructureHandler(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    String name = elementName(localName, qName);
    if (SKIPPED.contains(name)) {
      skipDepth = 1;
      return;
    }
    collectDates(name, atts);
    if (name.equals("br")) {
      closeImplicitParagraph();
      pendingBreak = text.length() > 0;
    }
    boolean block = BLOCKS.contains(name);
    if (block) {
      blockBoundary();
    }
    Frame frame = frameFor(name, atts, block);
    if (frame.textBlock) {
      textBlockDepth++;
    }
    if (frame.pre) {
      preDepth++;
    }
    frames.push(frame);
    framesNeedBegin = true;
  }

  private static Frame frameFor(String name, Attributes atts, boolean block) {
    boolean textBlock = TEXT_BLOCKS.contains(name);
    boolean pre = name.equals("pre");
    return switch (name) {
      case "p", "pre" -> new Frame(Kind.PARAGRAPH, 0, null, true, true, pre);
      case "h1", "h2", "h3", "h4", "h5", "h6" ->
          new Frame(Kind.HEADING, name.charAt(1) - '0', null, true, true, false);
      case "li" -> new Frame(Kind.LIST_ITEM, 0, null, true, true, false);
      case "caption", "figcaption" -> new Frame(Kind.CAPTION, 0, null, true, true, false);
      case "blockquote" -> new Frame(Kind.BLOCK_QUOTE, 0, null, true, false, false);
      case "table" -> new Frame(Kind.TABLE, 0, null, true, false, false);
      case "a" -> {
        String href = atts.getValue("href");
        yield href == null || href.isBlank()
            ? new Frame(null, 0, null, false, false, false)
            : new Frame(Kind.LINK, 0, href.strip(), false, false, false);
      }
      default -> new Frame(null, 0, null, block, textBlock, pre);
    };
  }

  private void collectDates(String name, Attributes atts) {
    if (name.equals("time")) {
      String datetime = atts.getValue("datetime");
      if (datetime != null && !datetime.isBlank()) {
        boolean published = atts.getValue("pubdate") != null || isDatePublished(atts.getValue("itemprop"));
        timeTags.add(new TimeTag(datetime.strip(), published));
      }
    } else if (name.equals("meta") && isDatePublished(atts.getValue("itemprop"))) {
      String content = atts.getValue("content");
      if (content != null && !content.isBlank()) {
        microdataDates.add(content.strip());
      }
    }
  }

  private static boolean isDatePublished(String itemprop) {
    return itemprop != null && itemprop.toLowerCase(Locale.ROOT).contains("datepublished");
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (frames.isEmpty()) {
      return;
    }
    Frame frame = frames.pop();
    if (frame.kind != null && frame.begin >= 0) {
      int end = trimmedEnd(frame.begin);
      if (end > frame.begin) {
        spans.add(new StructureSpan(frame.kind, frame.begin, end, frame.level, frame.href));
      }
    }
    if (frame.textBlock) {
      textBlockDepth--;
    }
    if (frame.pre) {
      preDepth--;
    }
    if (frame.block) {
      blockBoundary();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth > 0 || truncated) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (preDepth > 0) {
        if (c == '\r') {
          continue;
        }
        if (c == '\n' || c == '\t' || c == ' ') {
          if (text.length() > 0 && !pendingBreak) {
            flushPending();
            append(c);
          }
          continue;
        }
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        pendingSpace = true;
        continue;
      }
      if (Character.isISOControl(c)) {
        continue;
      }
      flushPending();
      openSpans();
      append(c);
    }
  }

  /** Tika marks line ends inside PDF paragraphs (and block ends) as ignorable white space. */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    if (skipDepth == 0 && length > 0) {
      pendingSpace = true;
    }
  }

  @Override
  public void endDocument() {
    closeImplicitParagraph();
  }

  private void append(char c) {
    if (text.length() >= maxChars) {
      truncated = true;
      return;
    }
    text.append(c);
  }

  private void flushPending() {
    if (text.length() > 0) {
      if (pendingBreak) {
        append('\n');
      } else if (pendingSpace && !Character.isWhitespace(text.charAt(text.length() - 1))) {
        append(' ');
      }
    }
    pendingBreak = false;
    pendingSpace = false;
  }

  /** Gives every open element that has seen no text yet its begin offset. */
  private void openSpans() {
    if (!framesNeedBegin) {
      return;
    }
    int position = text.length();
    for (Frame frame : frames) {
      if (frame.begin >= 0) {
        break;
      }
      frame.begin = position;
    }
    if (textBlockDepth == 0 && implicitBegin < 0) {
      implicitBegin = position;
    }
    framesNeedBegin = false;
  }

  private void blockBoundary() {
    closeImplicitParagraph();
    if (text.length() > 0) {
      pendingBreak = true;
    }
  }

  private void closeImplicitParagraph() {
    if (implicitBegin >= 0) {
      int end = trimmedEnd(implicitBegin);
      if (end > implicitBegin) {
        spans.add(StructureSpan.of(Kind.PARAGRAPH, implicitBegin, end));
      }
      implicitBegin = -1;
    }
    framesNeedBegin = true;
  }

  private int trimmedEnd(int begin) {
    int end = text.length();
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static String elementName(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }

  String text() {
    return text.toString();
  }

  List<StructureSpan> spans() {
    return spans;
  }

  List<TimeTag> timeTags() {
    return timeTags;
  }

  List<String> microdataDates() {
    return microdataDates;
  }

  boolean truncated() {
    return truncated;
  }
}
