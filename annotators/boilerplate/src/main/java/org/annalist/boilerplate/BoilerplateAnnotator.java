package org.annalist.boilerplate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.annalist.boilerplate.align.BlockAligner;
import org.annalist.boilerplate.html.ArticleExtractor;
import org.annalist.boilerplate.text.PlainTextClassifier;
import org.annalist.boilerplate.text.PlainTextResult;
import org.annalist.boilerplate.text.TextSegment;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the article ({@code MainContent}) and the page furniture ({@code Boilerplate} with a
 * reason) on the default view's text, and fills title, author and publication date of the
 * {@code DocumentMetadata} when the reader left them empty.
 *
 * <p>When the CAS has an {@code html} view, the page is judged on its DOM ({@link
 * ArticleExtractor}) and the verdicts are mapped onto the default text by a whitespace-insensitive
 * forward alignment ({@link BlockAligner}); otherwise, or when the alignment fails, the default
 * text is judged line by line ({@link PlainTextClassifier}).
 */
public class BoilerplateAnnotator extends JCasAnnotator_ImplBase {

  private static final Logger LOG = LoggerFactory.getLogger(BoilerplateAnnotator.class);

  public static final String PARAM_FAVOUR = "favour";
  public static final String PARAM_MAX_HTML_CHARS = "maxHtmlChars";
  public static final String PARAM_FILL_METADATA = "fillMetadata";

  @ConfigurationParameter(name = PARAM_FAVOUR, mandatory = false, defaultValue = "balanced",
      description = "Precision/recall trade-off: 'precision' drops doubtful short blocks and lists "
          + "at the edges of the article, 'recall' keeps them, 'balanced' (default) is tuned for F1.")
  private String favourName;

  @ConfigurationParameter(name = PARAM_MAX_HTML_CHARS, mandatory = false, defaultValue = "16000000",
      description = "HTML views longer than this many characters are not parsed into a DOM "
          + "(bounded memory); such documents are judged from their text alone.")
  private int maxHtmlChars;

  @ConfigurationParameter(name = PARAM_FILL_METADATA, mandatory = false, defaultValue = "true",
      description = "Fill DocumentMetadata title, author and publishedDate from meta tags, JSON-LD, "
          + "<time>, bylines and date lines when the reader left them empty.")
  private boolean fillMetadata;

  private ArticleExtractor extractor;
  private PlainTextClassifier textClassifier;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    Favour favour;
    try {
      favour = Favour.parse(favourName);
    } catch (IllegalArgumentException e) {
      throw new ResourceInitializationException(e);
    }
    extractor = new ArticleExtractor(favour);
    textClassifier = new PlainTextClassifier(favour);
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    String html = htmlOf(jcas);
    if (html != null && html.length() > maxHtmlChars) {
      LOG.warn("{}: HTML view has {} characters (limit {}); judging its text without the DOM",
          DocumentMetadataAccess.documentId(jcas), html.length(), maxHtmlChars);
      html = null;
    }
    PageMetadata metadata = PageMetadata.EMPTY;
    boolean done = false;
    if (html != null) {
      Article article = extractor.extractFrom(html);
      metadata = article.metadata();
      if (jcas.getDocumentText() == null) {
        // the reader kept only the markup: the blocks become the document text
        jcas.setDocumentText(joinBlocks(article.blocks()));
      }
      done = annotateFromHtml(jcas, article);
    }
    String text = jcas.getDocumentText();
    if (!done && text != null && !text.isEmpty()) {
      PlainTextResult result = textClassifier.classify(text);
      SpanWriter writer = new SpanWriter(jcas);
      for (TextSegment segment : result.segments()) {
        writer.add(segment.begin(), segment.end(), segment.content(), segment.reason(),
            segment.content() ? 0.8 : 0.7);
      }
      writer.finish();
      metadata = merge(metadata, result.metadata());
    }
    if (fillMetadata && jcas.getDocumentText() != null) {
      fill(jcas, metadata);
    }
  }

  /**
   * Maps the DOM verdicts onto the default text; false (nothing written) when too little of the
   * article could be found there to trust the mapping.
   */
  private boolean annotateFromHtml(JCas jcas, Article article) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return true;
    }
    List<String> blockTexts = new ArrayList<>(article.blocks().size());
    for (Block block : article.blocks()) {
      blockTexts.add(block.text());
    }
    List<BlockAligner.Span> spans = BlockAligner.align(text, blockTexts);
    long contentChars = 0;
    long alignedContentChars = 0;
    for (int i = 0; i < spans.size(); i++) {
      Block block = article.blocks().get(i);
      if (block.content()) {
        contentChars += block.text().length();
        if (spans.get(i) != null) {
          alignedContentChars += block.text().length();
        }
      }
    }
    if (contentChars > 0 && alignedContentChars < 0.5 * contentChars) {
      LOG.warn("{}: only {} of {} article characters found in the document text; judging the text alone",
          DocumentMetadataAccess.documentId(jcas), alignedContentChars, contentChars);
      return false;
    }
    SpanWriter writer = new SpanWriter(jcas);
    for (int i = 0; i < spans.size(); i++) {
      BlockAligner.Span span = spans.get(i);
      if (span != null) {
        Block block = article.blocks().get(i);
        writer.add(span.begin(), span.end(), block.content(), block.reason(), block.score());
      }
    }
    writer.finish();
    LOG.debug("{}: {} main-content and {} boilerplate spans", DocumentMetadataAccess.documentId(jcas),
        writer.mainContentSpans(), writer.boilerplateSpans());
    return true;
  }

  private static String htmlOf(JCas jcas) {
    Iterator<CAS> views = jcas.getCas().getViewIterator();
    while (views.hasNext()) {
      CAS view = views.next();
      if (ComponentParameters.HTML_VIEW.equals(view.getViewName())) {
        String html = view.getDocumentText();
        if (html == null) {
          html = view.getSofaDataString();
        }
        return html == null || html.isBlank() ? null : html;
      }
    }
    return null;
  }

  private static String joinBlocks(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(block.text());
    }
    return text.toString();
  }

  private static PageMetadata merge(PageMetadata first, PageMetadata second) {
    return new PageMetadata(
        first.title() != null ? first.title() : second.title(),
        first.author() != null ? first.author() : second.author(),
        first.date() != null ? first.date() : second.date(),
        first.date() != null ? first.dateSource() : second.dateSource());
  }

  private static void fill(JCas jcas, PageMetadata metadata) {
    if (metadata.title() == null && metadata.author() == null && metadata.date() == null) {
      return;
    }
    DocumentMetadata document = DocumentMetadataAccess.getOrCreate(jcas);
    if (blank(document.getTitle()) && metadata.title() != null) {
      document.setTitle(metadata.title());
    }
    if (blank(document.getAuthor()) && metadata.author() != null) {
      document.setAuthor(metadata.author());
    }
    if (blank(document.getPublishedDate()) && metadata.date() != null) {
      document.setPublishedDate(metadata.date());
      document.setPublishedDateSource(metadata.dateSource());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
