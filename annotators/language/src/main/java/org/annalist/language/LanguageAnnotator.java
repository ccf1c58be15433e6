package org.annalist.language;

import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.LanguageSupport;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Sets the CAS document language (and {@link DocumentMetadata#getLanguage()}) from the text of the
 * content regions (the main content when the boilerplate annotator ran before it). The language the
 * reader gave is the hint: it is kept in {@code languageHint} and stands when the text is too short
 * or the detector too unsure ({@code languageSource} says which). Annotators that declare the
 * languages they support are then skipped by the pipeline runner for documents in other languages.
 */
public class LanguageAnnotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_MAX_CHARACTERS = "maxCharacters";
  public static final String PARAM_MIN_LETTERS = "minLetters";
  public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

  @ConfigurationParameter(name = PARAM_MAX_CHARACTERS, mandatory = false, defaultValue = "400",
      description = "How many characters of the content the detector reads (the beginning of the content regions).")
  private int maxCharacters;

  @ConfigurationParameter(name = PARAM_MIN_LETTERS, mandatory = false, defaultValue = "40",
      description = "Below this many letters the text is too short to detect: the reader's language stands.")
  private int minLetters;

  @ConfigurationParameter(name = PARAM_MIN_CONFIDENCE, mandatory = false, defaultValue = "0.05",
      description = "The detector's probability (0..1) its best language needs to overrule the reader's language.")
  private double minConfidence;

  private LanguageIdentifier identifier;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    if (maxCharacters < 1 || minLetters < 0 || minConfidence < 0 || minConfidence > 1) {
      throw new ResourceInitializationException(new IllegalArgumentException(
          "language: maxCharacters must be at least 1, minLetters at least 0 and minConfidence between 0 and 1 (got "
              + maxCharacters + ", " + minLetters + ", " + minConfidence + ")"));
    }
    try {
      identifier = new LanguageIdentifier();
    } catch (RuntimeException e) {
      throw new ResourceInitializationException(e);
    }
  }

  @Override
  public void process(JCas jcas) {
    DocumentMetadata metadata = DocumentMetadataAccess.getOrCreate(jcas);
    String hintTag = hint(jcas, metadata);
    String sample = sample(jcas, maxCharacters);
    int letters = letters(sample);
    LanguageIdentifier.Guess guess = letters >= minLetters ? identifier.identify(sample)[0] : null;
    LanguageDecision decision =
        LanguageDecision.decide(LanguageSupport.primarySubtag(hintTag), letters, guess, minLetters, minConfidence);
    metadata.setLanguageHint(hintTag);
    metadata.setLanguageSource(decision.source());
    if (decision.language() != null) {
      metadata.setLanguage(decision.language());
      jcas.setDocumentLanguage(decision.language());
    }
  }

  /** The reader's language: the CAS document language, else the metadata's; null when neither is known. */
  private static String hint(JCas jcas, DocumentMetadata metadata) {
    String cas = jcas.getDocumentLanguage();
    if (LanguageSupport.primarySubtag(cas) != null) {
      return cas;
    }
    return LanguageSupport.primarySubtag(metadata.getLanguage()) != null ? metadata.getLanguage() : null;
  }

  /**
   * The first {@code max} characters of the content regions, regions separated by a newline; only
   * those characters are copied out of the document text.
   */
  static String sample(JCas jcas, int max) {
    String text = jcas.getDocumentText();
    StringBuilder sample = null;
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      if (sample == null) {
        int length = region.end() - region.begin();
        if (length >= max) {
          return text.substring(region.begin(), region.begin() + max); // the usual case: one copy
        }
        sample = new StringBuilder(max);
      } else {
        sample.append('\n');
      }
      int room = max - sample.length();
      if (room <= 0) {
        break;
      }
      sample.append(text, region.begin(), region.begin() + Math.min(room, region.end() - region.begin()));
    }
    return sample == null ? "" : sample.toString();
  }

  private static int letters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
