package org.annalist.boilerplate.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.boilerplate.Article;
import org.annalist.boilerplate.Block;
import org.annalist.boilerplate.BlockKind;
import org.annalist.boilerplate.Favour;
import org.annalist.boilerplate.FurnitureLines;
import org.annalist.boilerplate.PageMetadata;
import org.annalist.boilerplate.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the article in an HTML page. Plain Java, no UIMA: usable from benchmarks and tools.
 *
 * <ol>
 *   <li>Parse with jsoup; read title, author and date from JSON-LD, meta tags, {@code <time>}.
 *   <li>Walk the DOM once, cutting it into text blocks and scoring each element by the prose
 *       below it minus the link lists and named furniture below it; the best element is the
 *       article container.
 *   <li>Judge each block: outside the container, furniture; inside, furniture when its markup
 *       names it so (nav, share, comments, captions ...), when it is mostly links, when its
 *       wording is furniture ("Advertisement", "Read more") or when it trails the last paragraph
 *       of prose.
 *   <li>When the page's JSON-LD {@code articleBody} shows the container missed most of the
 *       article, re-judge the blocks by their overlap with that body.
 * </ol>
 */
public final class ArticleExtractor {

  /** Longer inputs are cut to this many characters before parsing, to bound memory. */
  public static final int MAX_HTML_CHARS = 16_000_000;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleExtractor.class);

  private final Favour favour;

  public ArticleExtractor() {
    this(Favour.BALANCED);
  }

  public ArticleExtractor(Favour favour) {
    this.favour = favour == null ? Favour.BALANCED : favour;
  }

  /** Extracts with the balanced setting. */
  public static Article extract(String html) {
    return new ArticleExtractor().extractFrom(html);
  }

  public Article extractFrom(String html) {
    String input = html == null ? "" : html;
    if (input.length() > MAX_HTML_CHARS) {
      LOG.warn("HTML of {} characters cut to the first {} before parsing", input.length(), MAX_HTML_CHARS);
      input = input.substring(0, MAX_HTML_CHARS);
    }
    return extractFrom(Jsoup.parse(ScriptStripper.strip(input)));
  }

  /** Parses bytes in the charset named by the BOM or a meta tag (UTF-8 when none). */
  public Article extractFrom(InputStream html, String charsetOrNull) throws IOException {
    byte[] bytes = html.readNBytes(MAX_HTML_CHARS * 2);
    java.nio.charset.Charset charset = charsetOrNull == null
        ? org.annalist.core.text.TextEncoding.sniffHtml(bytes) : java.nio.charset.Charset.forName(charsetOrNull);
    return extractFrom(new String(bytes, charset));
  }

  public Article extractFrom(Document doc) {
    HtmlMetadata.Result meta = HtmlMetadata.read(doc);
    if (doc.body() == null) {
      return new Article(meta.metadata(), List.of());
    }
    BlockCollector strict = BlockCollector.collect(doc.body(), true);
    List<Block> blocks = judge(strict, meta.metadata());
    int kept = contentLength(blocks);
    if (kept < 250) {
      BlockCollector loose = BlockCollector.collect(doc.body(), false);
      List<Block> looseBlocks = judge(loose, meta.metadata());
      if (contentLength(looseBlocks) > 2 * Math.max(kept, 100)) {
        blocks = looseBlocks;
        kept = contentLength(blocks);
        strict = loose;
      }
    }
    String body = meta.articleBody();
    if (body != null && body.length() >= 400 && kept < 0.6 * body.length()) {
      List<Block> guided = ArticleBodyGuide.judge(strict.blocks(), body, meta.metadata().title());
      if (contentLength(guided) > kept) {
        blocks = guided;
      }
    }
    return new Article(meta.metadata(), blocks);
  }


  private static int contentLength(List<Block> blocks) {
    int length = 0;
    for (Block block : blocks) {
      if (block.content()) {
        length += block.text().length();
      }
    }
    return length;
  }

  private List<Block> judge(BlockCollector collector, PageMetadata metadata) {
    List<RawBlock> raw = collector.blocks();
    BlockCollector.Candidate container = widen(collector, collector.best());
    List<Block> out = new ArrayList<>(raw.size());
    if (container == null) {
      for (RawBlock block : raw) {
        out.add(Block.furniture(block.text, block.kind, outsideReason(block, true), 0.5));
      }
      return out;
    }
    String title = normalise(metadata.title());
    double maxLinkDensity = switch (favour) {
      case PRECISION -> 0.35;
      case BALANCED -> 0.5;
      case RECALL -> 0.7;
    };
    Reason[] verdicts = new Reason[raw.size()];
    int firstProse = -1;
    int lastProse = -1;
    boolean titleSeen = false;
    for (int i = 0; i < raw.size(); i++) {
      RawBlock block = raw.get(i);
      boolean inside = i >= container.firstPosition() && i <= container.lastPosition();
      Reason reason;
      if (!inside) {
        reason = outsideReason(block, i < container.firstPosition());
        if (favour == Favour.RECALL && reason == Reason.OTHER && block.looksLikeProse()
            && block.text.length() >= 250 && block.namedFurniture == null) {
          reason = null;
        }
      } else if (block.namedFurniture != null) {
        reason = block.namedFurniture;
      } else if (looksLikeMarkup(block.text)) {
        reason = Reason.OTHER;
      } else if (block.kind == BlockKind.CAPTION) {
        reason = Reason.CAPTION;
      } else if (block.kind == BlockKind.HEADING
          && (block.headingLevel == 1 || (!titleSeen && title != null && normalise(block.text).equals(title)))) {
        reason = Reason.HEADER;
        titleSeen = true;
      } else if (block.linkDensity() > maxLinkDensity && block.text.length() < 400) {
        reason = block.kind == BlockKind.LIST_ITEM ? Reason.RELATED_CONTENT : Reason.NAVIGATION;
      } else {
        reason = FurnitureLines.judge(block.text);
      }
      verdicts[i] = reason;
      if (reason == null && block.looksLikeProse()) {
        if (firstProse < 0) {
          firstProse = i;
        }
        lastProse = i;
      }
    }
    if (markTeaserRun(raw, verdicts, container)) {
      lastProse = -1;
      for (int i = 0; i < raw.size(); i++) {
        if (verdicts[i] == null && raw.get(i).looksLikeProse()) {
          lastProse = i;
        }
      }
    }
    for (int i = 0; i < raw.size(); i++) {
      RawBlock block = raw.get(i);
      if (verdicts[i] == null && lastProse >= 0) {
        if (i > lastProse && !keepAfterProse(block)) {
          verdicts[i] = block.linkDensity() > 0.2 ? Reason.RELATED_CONTENT : Reason.OTHER;
        } else if (i < firstProse && !keepBeforeProse(block)) {
          verdicts[i] = Reason.HEADER;
        }
      }
      if (verdicts[i] == null && favour == Favour.PRECISION && !block.looksLikeProse()
          && block.kind != BlockKind.HEADING && block.words() < 5) {
        verdicts[i] = Reason.OTHER;
      }
      if (verdicts[i] == null) {
        out.add(Block.content(block.text, block.kind, block.looksLikeProse() ? 0.9 : 0.6));
      } else {
        out.add(Block.furniture(block.text, block.kind, verdicts[i], 0.7));
      }
    }
    return out;
  }

  /**
   * A run of three or more linked headings, each followed by a short text, in the last part of
   * the container (after most of its prose) lists other stories: it and what follows are teasers.
   */
  private static boolean markTeaserRun(List<RawBlock> raw, Reason[] verdicts, BlockCollector.Candidate container) {
    long total = 0;
    for (int i = container.firstPosition(); i <= container.lastPosition(); i++) {
      if (verdicts[i] == null && raw.get(i).looksLikeProse()) {
        total += raw.get(i).text.length();
      }
    }
    long before = 0;
    for (int i = container.firstPosition(); i <= container.lastPosition(); i++) {
      RawBlock block = raw.get(i);
      if (block.kind == BlockKind.HEADING && block.linkDensity() >= 0.8 && before >= 0.6 * total) {
        int units = 0;
        int j = i;
        boolean shortUnits = true;
        while (j <= container.lastPosition() && raw.get(j).kind == BlockKind.HEADING
            && raw.get(j).linkDensity() >= 0.8) {
          units++;
          j++;
          int text = 0;
          int blocks = 0;
          while (j <= container.lastPosition() && raw.get(j).kind != BlockKind.HEADING) {
            text += raw.get(j).text.length();
            blocks++;
            j++;
          }
          // a teaser is a linked headline with at most a line or two of summary
          shortUnits &= text <= 300 && blocks <= 2;
        }
        if (units >= 3 && shortUnits) {
          for (int k = i; k <= container.lastPosition(); k++) {
            if (verdicts[k] == null) {
              verdicts[k] = Reason.RELATED_CONTENT;
            }
          }
          return true;
        }
      }
      if (verdicts[i] == null && block.looksLikeProse()) {
        before += block.text.length();
      }
    }
    return false;
  }

  private static boolean looksLikeMarkup(String text) {
    return text.startsWith("<") && text.indexOf('>') > 0 && text.indexOf('=') > 0;
  }

  /**
   * Moves from the best-scoring element up to an ancestor while that brings clearly more running
   * text: an article split by a code listing, a link list or an inline ad stays whole.
   */
  private BlockCollector.Candidate widen(BlockCollector collector, BlockCollector.Candidate best) {
    if (best == null) {
      return best;
    }
    BlockCollector.Candidate chosen = best;
    double gain = switch (favour) {
      case RECALL -> 0.15;
      case BALANCED -> 0.4;
      case PRECISION -> 0.6;
    };
    org.jsoup.nodes.Element node = best.element();
    for (int step = 0; step < 3; step++) {
      node = node.parent();
      if (node == null || node.normalName().equals("body") || node.normalName().equals("html")) {
        break;
      }
      BlockCollector.Candidate up = collector.candidate(node);
      if (up != null && up.prose() >= chosen.prose() + Math.max(150, gain * chosen.prose())) {
        chosen = up;
      }
    }
    return chosen;
  }


  private boolean keepAfterProse(RawBlock block) {
    if (block.kind == BlockKind.TABLE_CELL && block.linkDensity() < 0.2 && favour != Favour.PRECISION) {
      return true;
    }
    return favour == Favour.RECALL
        && block.kind != BlockKind.HEADING
        && block.linkDensity() < 0.3
        && block.words() >= 3;
  }

  private boolean keepBeforeProse(RawBlock block) {
    if (block.kind == BlockKind.HEADING) {
      return favour != Favour.PRECISION;
    }
    return favour == Favour.RECALL || block.words() >= 8;
  }

  private static Reason outsideReason(RawBlock block, boolean before) {
    if (block.namedFurniture != null) {
      return block.namedFurniture;
    }
    if (block.kind == BlockKind.HEADING && block.headingLevel == 1) {
      return Reason.HEADER;
    }
    Reason byWording = FurnitureLines.judge(block.text);
    if (byWording != null) {
      return byWording;
    }
    if (block.linkDensity() > 0.5) {
      return before ? Reason.NAVIGATION : Reason.RELATED_CONTENT;
    }
    return Reason.OTHER;
  }

  static String normalise(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
