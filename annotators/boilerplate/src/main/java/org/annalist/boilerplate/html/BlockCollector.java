package org.annalist.boilerplate.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.annalist.boilerplate.BlockKind;
import org.annalist.boilerplate.Reason;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.annalist.core.text.Chars;

/**
 * Walks the DOM once and cuts its text into blocks at block-level element boundaries. In the same
 * pass it scores every element by the net amount of prose below it (prose counts for, link lists
 * and named furniture count against), so the article container can be chosen in linear time.
 */
final class BlockCollector implements NodeFilter {

  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
          "embed", "button", "input", "select", "textarea", "option", "head", "title", "meta",
          "link", "math", "map", "audio", "video", "picture", "source", "img", "datalist");
  private static final Set<String> BLOCK_TAGS =
      Set.of("address", "article", "aside", "blockquote", "body", "dd", "details", "dialog",
          "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
          "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
          "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "summary", "center",
          "caption", "html", "legend", "menu", "hgroup", "br");

  /** Per open element: what it and its ancestors say, and the running score of its subtree. */
  private static final class Frame {
    final Element element;
    final boolean block;
    final Reason furniture;
    final boolean articleMarkup;
    final int linkDepth;
    final BlockKind kind;
    final int headingLevel;
    final NamedRegion region;
    final boolean code;
    double subtreeScore;
    long subtreeProse;

    Frame(Element element, boolean block, Reason furniture, boolean articleMarkup, int linkDepth,
        BlockKind kind, int headingLevel, NamedRegion region, boolean code) {
      this.region = region;
      this.code = code;
      this.element = element;
      this.block = block;
      this.furniture = furniture;
      this.articleMarkup = articleMarkup;
      this.linkDepth = linkDepth;
      this.kind = kind;
      this.headingLevel = headingLevel;
    }
  }

  /** An element named as furniture, with the amount of prose found below it. */
  static final class NamedRegion {
    final Element element;
    final boolean strong;
    long prose;
    long total;

    NamedRegion(Element element, boolean strong) {
      this.element = element;
      this.strong = strong;
    }
  }

  /** An element with its subtree's position range, score and prose (characters of running text). */
  record Candidate(Element element, int firstPosition, int lastPosition, double score, long prose) {}

  private final boolean useNames;
  private final Set<Element> ignoredNames;
  private final List<NamedRegion> regions = new ArrayList<>();
  private long prose;
  private final List<RawBlock> blocks = new ArrayList<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Deque<Integer> starts = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int letters;
  private boolean pendingSpace;
  private Candidate best;
  /** Every element that holds a block, in the order the elements close (children before parents). */
  private final List<Candidate> candidates = new ArrayList<>();

  private BlockCollector(boolean useNames, Set<Element> ignoredNames) {
    this.useNames = useNames;
    this.ignoredNames = ignoredNames;
  }

  /**
   * Collects the blocks of {@code root}; with {@code useNames} false, class and id names are
   * ignored. A name that would make most of the page's prose furniture (a "category-social" class
   * on the article itself, a "related" wrapper round the whole page) is overruled: the page is
   * walked again without it.
   */
  static BlockCollector collect(Element root, boolean useNames) {
    BlockCollector walk = walk(root, useNames, Set.of());
    if (!useNames || walk.prose == 0) {
      return walk;
    }
    Set<Element> overruled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    // overruling an outer name can expose inner names that are just as wrong: repeat a few times
    for (int round = 0; round < 4; round++) {
      boolean added = false;
      for (NamedRegion region : walk.regions) {
        double share = (double) region.prose / walk.prose;
        boolean mostlyProse = false;
        if (region.prose >= 800 && (region.strong ? share > 0.5 : share > 0.3 || mostlyProse)
            && overruled.add(region.element)) {
          added = true;
        }
      }
      if (!added) {
        break;
      }
      walk = walk(root, true, overruled);
    }
    return walk;
  }

  private static BlockCollector walk(Element root, boolean useNames, Set<Element> ignoredNames) {
    BlockCollector collector = new BlockCollector(useNames, ignoredNames);
    NodeTraversor.filter(collector, root);
    collector.flush();
    return collector;
  }

  List<RawBlock> blocks() {
    return blocks;
  }

  /** The element with the highest net prose score (null when the page has no prose). */
  Candidate best() {
    return best;
  }

  /** The scored subtree of an element (null when it holds no block). */
  Candidate candidate(Element element) {
    // asked only for a few ancestors of the best element, which close late: search from the end
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (candidates.get(i).element() == element) {
        return candidates.get(i);
      }
    }
    return null;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode textNode) {
      append(textNode.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = element.normalName();
    if (SKIPPED.contains(tag) || isHidden(element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      pendingSpace = true;
      return FilterResult.SKIP_ENTIRELY;
    }
    boolean block = BLOCK_TAGS.contains(tag);
    Frame parent = stack.peek();
    Reason furniture = parent == null ? null : parent.furniture;
    boolean articleMarkup = parent != null && parent.articleMarkup;
    NamedRegion region = parent == null ? null : parent.region;
    // class names inside code are syntax highlighting ("comment", "tag"), not page structure
    boolean code = (parent != null && parent.code) || tag.equals("pre") || tag.equals("code");
    if (furniture == null && !code && !tag.equals("body") && !tag.equals("html")) {
      FurnitureNames.Verdict verdict =
          ignoredNames.contains(element) ? FurnitureNames.Verdict.NONE
              : useNames ? FurnitureNames.judge(element) : tagOnly(tag);
      if (verdict.reason() != null && (verdict.strong() || !verdict.articleLike())) {
        furniture = verdict.reason();
        if (!tag.equals("nav")) {
          region = new NamedRegion(element, verdict.strong());
          regions.add(region);
        }
      }
      articleMarkup |= verdict.articleLike() && verdict.reason() == null;
      // an inline element named as furniture (a caption span, a share link) becomes its own block
      block |= furniture != null;
    }
    if (block) {
      flush();
    }
    int linkDepth = (parent == null ? 0 : parent.linkDepth) + (tag.equals("a") ? 1 : 0);
    BlockKind kind = parent == null ? BlockKind.OTHER : parent.kind;
    int headingLevel = parent == null ? 0 : parent.headingLevel;
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        kind = BlockKind.HEADING;
        headingLevel = tag.charAt(1) - '0';
      }
      case "p" -> kind = kind == BlockKind.OTHER ? BlockKind.PARAGRAPH : kind;
      case "li", "dd", "dt" -> kind = kind == BlockKind.QUOTE ? kind : BlockKind.LIST_ITEM;
      case "blockquote" -> kind = BlockKind.QUOTE;
      case "pre" -> kind = BlockKind.PREFORMATTED;
      case "td", "th" -> kind = BlockKind.TABLE_CELL;
      case "figcaption", "caption" -> kind = BlockKind.CAPTION;
      default -> { }
    }
    stack.push(new Frame(element, block, furniture, articleMarkup, linkDepth, kind, headingLevel, region, code));
    starts.push(blocks.size());
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element)) {
      return FilterResult.CONTINUE;
    }
    Frame frame = stack.peek();
    if (frame == null || frame.element != node) {
      return FilterResult.CONTINUE;
    }
    if (frame.block) {
      flush();
    }
    stack.pop();
    int first = starts.pop();
    double score = frame.subtreeScore;
    if (frame.articleMarkup && score > 0) {
      score *= 1.1;
    }
    if (blocks.size() > first) {
      Candidate candidate = new Candidate(frame.element, first, blocks.size() - 1, score, frame.subtreeProse);
      candidates.add(candidate);
      if (best == null || score > best.score()) {
        best = candidate;
      }
    }
    Frame parent = stack.peek();
    if (parent != null) {
      parent.subtreeScore += frame.subtreeScore;
      parent.subtreeProse += frame.subtreeProse;
    }
    return FilterResult.CONTINUE;
  }

  private static FurnitureNames.Verdict tagOnly(String tag) {
    Reason reason = FurnitureNames.ofTag(tag);
    boolean article = tag.equals("article") || tag.equals("main");
    return reason == null && !article
        ? FurnitureNames.Verdict.NONE
        : new FurnitureNames.Verdict(reason, reason == Reason.NAVIGATION, article);
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    if (element.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  private void append(String raw) {
    Frame frame = stack.peek();
    boolean inLink = frame != null && frame.linkDepth > 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && text.length() > 0) {
        text.append(' ');
      }
      pendingSpace = false;
      text.append(c);
      if (Chars.isLetterOrDigit(c)) {
        letters++;
        if (inLink) {
          linkChars++;
        }
      }
    }
  }

  /** White space, non-breaking spaces included. */
  private static boolean isSpace(char c) {
    if (c < 128) {
      // the ASCII characters Character.isWhitespace accepts
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private void flush() {
    pendingSpace = false;
    if (text.length() == 0) {
      return;
    }
    if (letters == 0) {
      reset();
      return;
    }
    Frame frame = stack.peek();
    RawBlock block =
        new RawBlock(
            text.toString(),
            frame == null ? BlockKind.OTHER : frame.kind,
            frame == null ? 0 : frame.headingLevel,
            blocks.size(),
            linkChars,
            letters,
            frame == null ? null : frame.furniture,
            frame != null && frame.articleMarkup);
    blocks.add(block);
    if (frame != null && frame.region != null) {
      frame.region.total += block.text.length();
    }
    if (block.looksLikeProse()) {
      prose += block.text.length();
      if (frame != null && frame.region != null) {
        frame.region.prose += block.text.length();
      }
    }
    if (frame != null) {
      frame.subtreeScore += value(block);
      if (block.namedFurniture == null && block.looksLikeProse()) {
        frame.subtreeProse += block.text.length();
      }
    }
    reset();
  }

  private void reset() {
    text.setLength(0);
    linkChars = 0;
    letters = 0;
  }

  /** What a block adds to the score of the elements above it. */
  private static double value(RawBlock block) {
    if (block.namedFurniture != null) {
      return -Math.min(block.text.length(), 300) * 0.5;
    }
    if (block.kind == BlockKind.HEADING) {
      return 0;
    }
    double linkDensity = block.linkDensity();
    int length = block.effectiveLength();
    if (block.looksLikeProse()) {
      return length * (1 - linkDensity);
    }
    if ((block.kind == BlockKind.TABLE_CELL || block.kind == BlockKind.PREFORMATTED) && linkDensity < 0.2) {
      return length * 0.3;
    }
    return -Math.min(length, 200) * (0.2 + linkDensity) - 5;
  }
}
