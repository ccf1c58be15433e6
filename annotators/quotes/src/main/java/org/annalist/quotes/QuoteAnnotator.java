package org.annalist.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.cas.ContentRegions;
import org.annalist.quotes.extract.Attribution;
import org.annalist.quotes.extract.AttributionExtractor;
import org.annalist.quotes.extract.Lexicons;
import org.annalist.quotes.extract.Mention;
import org.annalist.quotes.extract.Span;
import org.annalist.type.PersonMention;
import org.annalist.type.Quote;
import org.annalist.type.QuoteCue;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds quotations and reported speech in the content regions of a document and attributes them:
 * {@link Quote} over the content, {@link QuoteCue} over the cue, {@link PersonMention} over the
 * speaker mention, with the speaker resolved to the fullest name in the document.
 */
@LanguageCapability({"en"}) // English cue verbs, titles and pronouns
public class QuoteAnnotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_INDIRECT = "indirect";
  public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

  private static final Logger LOG = LoggerFactory.getLogger(QuoteAnnotator.class);

  @ConfigurationParameter(name = PARAM_INDIRECT, mandatory = false, defaultValue = "true",
      description = "Also annotate reported (indirect) speech such as 'Kirby said the attacks ...' (direct=false).")
  private boolean indirect;

  @ConfigurationParameter(name = PARAM_MIN_CONFIDENCE, mandatory = false, defaultValue = "0.0",
      description = "Drop quotes whose attribution confidence is below this value (0..1); unattributed quotes have 0.2.")
  private double minConfidence;

  private AttributionExtractor extractor;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    extractor = new AttributionExtractor(Lexicons.standard(), indirect);
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    List<Span> regions = new ArrayList<>();
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      regions.add(new Span(region.begin(), region.end()));
    }
    List<Attribution> attributions = extractor.extract(text, regions);
    Map<Attribution.Cue, QuoteCue> cues = new HashMap<>();
    Map<Span, PersonMention> mentions = new HashMap<>();
    int written = 0;
    for (Attribution attribution : attributions) {
      if (attribution.confidence() < minConfidence) {
        continue;
      }
      Quote quote = new Quote(jcas, attribution.content().begin(), attribution.content().end());
      quote.setDirect(attribution.direct());
      quote.setConfidence(attribution.confidence());
      quote.setSpeaker(attribution.speaker());
      quote.setSpeakerRole(attribution.role());
      if (attribution.cue() != null) {
        quote.setCue(cues.computeIfAbsent(attribution.cue(), c -> {
          QuoteCue cue = new QuoteCue(jcas, c.span().begin(), c.span().end());
          cue.setLemma(c.lemma());
          cue.addToIndexes();
          return cue;
        }));
      }
      Mention mention = attribution.mention();
      if (mention != null) {
        quote.setSpeakerMention(mentions.computeIfAbsent(mention.span(), s -> {
          PersonMention person = new PersonMention(jcas, s.begin(), s.end());
          person.setEntityKind(mention.kind().name());
          person.setCanonicalName(attribution.speaker());
          person.setRole(attribution.role());
          person.addToIndexes();
          return person;
        }));
      }
      quote.addToIndexes();
      written++;
    }
    LOG.debug("{} quotes", written);
  }
}
