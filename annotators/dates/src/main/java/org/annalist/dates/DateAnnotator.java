package org.annalist.dates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ParameterChecker;
import org.annalist.dates.engine.DocumentType;
import org.annalist.dates.engine.Lexicon;
import org.annalist.dates.engine.TimexMention;
import org.annalist.dates.engine.TimexRecognizer;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.Timex3;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates TIMEX3 temporal expressions ({@link Timex3}) in the content regions of a document and
 * normalises them against the document creation time from {@link DocumentMetadata#getPublishedDate()}.
 * Without a DCT it uses {@link #PARAM_ANCHOR_DATE} when configured; otherwise relative expressions
 * keep underspecified values (XXXX-XX-XX) with anchorSource UNRESOLVED. It never uses today's date.
 */
@ParameterChecker.CheckedBy(DateParameters.class)
@LanguageCapability({"en"}) // the rule lexicons shipped: en.yaml
public class DateAnnotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_ANCHOR_DATE = "anchorDate";
  public static final String PARAM_LANGUAGE = "language";
  public static final String PARAM_DOCUMENT_TYPE = "documentType";
  public static final String PARAM_INFER_DATE = "inferDate";
  /** publishedDateSource of a date the annotator inferred from the text. */
  public static final String INFERRED = "INFERRED";

  private static final Logger LOG = LoggerFactory.getLogger(DateAnnotator.class);

  @ConfigurationParameter(name = PARAM_ANCHOR_DATE, mandatory = false,
      description = "Fallback document date (ISO yyyy-MM-dd) for documents without a published date; "
          + "when empty, relative expressions of such documents stay unresolved (XXXX values).")
  private String anchorDate;

  @ConfigurationParameter(name = PARAM_LANGUAGE, mandatory = false, defaultValue = "en",
      description = "Language of the rule lexicon to load (org/annalist/dates/<language>.yaml).")
  private String language;

  @ConfigurationParameter(name = PARAM_DOCUMENT_TYPE, mandatory = false, defaultValue = "auto",
      description = "news (relative dates count from the publication date), narrative (from the last date "
          + "the text reached), or auto (decided per document from the text).")
  private String documentType;

  @ConfigurationParameter(name = PARAM_INFER_DATE, mandatory = false, defaultValue = "true",
      description = "Infer the date of a document without one from its own text (dateline, 'Updated' line, "
          + "caption, anniversary, URL) and record it in DocumentMetadata with source INFERRED.")
  private boolean inferDate;

  private TimexRecognizer recognizer;
  private DocumentType type;
  private LocalDate configuredAnchor;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      recognizer = new TimexRecognizer(Lexicon.load(language == null ? "en" : language));
    } catch (IllegalArgumentException e) {
      throw new ResourceInitializationException(e);
    }
    type = DocumentType.parse(documentType == null ? "auto" : documentType);
    if (type == null) {
      throw new ResourceInitializationException(new IllegalArgumentException(
          "documentType must be news, narrative or auto: " + documentType));
    }
    if (anchorDate != null && !anchorDate.isBlank()) {
      configuredAnchor = parseDate(anchorDate);
      if (configuredAnchor == null) {
        throw new ResourceInitializationException(new IllegalArgumentException(
            "anchorDate must be an ISO date (yyyy-MM-dd): " + anchorDate));
      }
    }
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    DocumentMetadata metadata = DocumentMetadataAccess.find(jcas);
    LocalDate dct = metadata == null ? null : parseDate(metadata.getPublishedDate());
    String source = "DCT";
    if (dct == null && configuredAnchor != null) {
      dct = configuredAnchor;
      source = "CONFIGURED";
    }
    List<int[]> regions = new ArrayList<>();
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      regions.add(new int[] {region.begin(), region.end()});
    }
    boolean infer = inferDate && dct == null;
    TimexRecognizer.Result result = recognizer.recognize(text, regions, dct, source, type, infer,
        metadata == null ? null : metadata.getSourceUri());
    if (result.inferred() != null || metadata != null || type != DocumentType.NEWS) {
      DocumentMetadata record = metadata != null ? metadata : DocumentMetadataAccess.getOrCreate(jcas);
      record.setDocumentType(result.documentType().label());
      if (result.inferred() != null) {
        record.setPublishedDate(result.inferred().date().toString());
        record.setPublishedDateSource(INFERRED);
        record.setPublishedDateConfidence(result.inferred().confidence());
        dct = result.inferred().date();
        LOG.debug("{}: document date {} inferred from {} (confidence {})", DocumentMetadataAccess.documentId(jcas),
            result.inferred().date(), result.inferred().evidence(), result.inferred().confidence());
      }
      LOG.debug("{}: read as {} ({})", DocumentMetadataAccess.documentId(jcas), result.documentType().label(),
          result.documentTypeEvidence());
    }
    for (TimexMention mention : result.mentions()) {
      Timex3 timex = new Timex3(jcas, mention.begin(), mention.end());
      timex.setTimexType(mention.type());
      timex.setValue(mention.value());
      timex.setMod(mention.mod());
      timex.setAnchor(mention.anchor());
      timex.setAnchorSource(mention.anchorSource());
      timex.setQuant(mention.quant());
      timex.setFreq(mention.freq());
      timex.setRule(mention.rule());
      timex.addToIndexes();
    }
    if (dct == null && result.unresolved() > 0) {
      LOG.info("{}: no document date and no anchorDate configured; {} relative expressions left unresolved",
          DocumentMetadataAccess.documentId(jcas), result.unresolved());
    }
  }

  /** The day of an ISO date or timestamp ("2022-01-07", "2022-01-07T10:00:00Z"), or null. */
  static LocalDate parseDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      if (trimmed.length() > 10 && (trimmed.charAt(10) == 'T' || trimmed.charAt(10) == ' ')) {
        try {
          return OffsetDateTime.parse(trimmed.replace(' ', 'T')).toLocalDate();
        } catch (DateTimeParseException e) {
          return LocalDate.parse(trimmed.substring(0, 10));
        }
      }
      return LocalDate.parse(trimmed.length() >= 10 ? trimmed.substring(0, 10) : trimmed);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
