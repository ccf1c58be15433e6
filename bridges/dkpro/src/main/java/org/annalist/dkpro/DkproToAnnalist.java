package org.annalist.dkpro;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ParameterChecker;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * The way back: DKPro Core's parts of speech and lemmas (from a DKPro tagger or lemmatiser) onto
 * Annalist's tokens of the same span, and DKPro sentences and tokens where Annalist has none (a
 * DKPro segmenter), and DKPro's DocumentMetaData into Annalist's document metadata where that
 * lacks a field.
 */
@TypeCapability(
    inputs = {"de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma"},
    outputs = {"org.annalist.type.DocumentMetadata", "org.annalist.type.Sentence", "org.annalist.type.Token"})
@ParameterChecker.CheckedBy(DkproToAnnalist.Parameters.class)
public class DkproToAnnalist extends JCasAnnotator_ImplBase {

  public static final String PARAM_POS_VALUE = "posValue";
  public static final String PARAM_CREATE_MISSING = "createMissing";
  public static final String PARAM_OVERWRITE = "overwrite";

  static final String COARSE = "coarse";
  static final String FINE = "fine";

  @ConfigurationParameter(name = PARAM_POS_VALUE, defaultValue = COARSE,
      description = "Which DKPro tag becomes the Annalist token's pos: 'coarse' (the Universal Dependencies tag in DKPro's "
          + "coarseValue, or PosValue when the tagger set no coarse value) or 'fine' (PosValue, the tagger's own tag).")
  private String posValue;

  @ConfigurationParameter(name = PARAM_CREATE_MISSING, defaultValue = "true",
      description = "Create an Annalist sentence or token where DKPro has one and Annalist has none with the same span.")
  private boolean createMissing;

  @ConfigurationParameter(name = PARAM_OVERWRITE, defaultValue = "true",
      description = "Replace a pos or lemma the Annalist token already has with DKPro's (false: only fill empty ones).")
  private boolean overwrite;

  @Override
  public void process(JCas jcas) {
    copyMetadata(jcas);
    if (createMissing) {
      copySentences(jcas);
    }
    copyTokens(jcas);
  }

  private static void copyMetadata(JCas jcas) {
    if (!JCasUtil.exists(jcas, DocumentMetaData.class)) {
      return;
    }
    DocumentMetaData dkpro = DocumentMetaData.get(jcas);
    DocumentMetadata annalist = DocumentMetadataAccess.getOrCreate(jcas);
    if (empty(annalist.getDocumentId())) {
      annalist.setDocumentId(dkpro.getDocumentId());
    }
    if (empty(annalist.getSourceUri())) {
      annalist.setSourceUri(dkpro.getDocumentUri());
    }
    if (empty(annalist.getTitle())) {
      annalist.setTitle(dkpro.getDocumentTitle());
    }
    String language = dkpro.getLanguage();
    if (empty(annalist.getLanguage()) && !empty(language) && !"x-unspecified".equals(language)) {
      annalist.setLanguage(language);
    }
  }

  private static void copySentences(JCas jcas) {
    Set<Long> present = new HashSet<>();
    for (org.annalist.type.Sentence sentence : JCasUtil.select(jcas, org.annalist.type.Sentence.class)) {
      present.add(AnnalistToDkpro.span(sentence));
    }
    for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
      if (present.add(AnnalistToDkpro.span(sentence))) {
        new org.annalist.type.Sentence(jcas, sentence.getBegin(), sentence.getEnd()).addToIndexes();
      }
    }
  }

  private void copyTokens(JCas jcas) {
    Map<Long, org.annalist.type.Token> bySpan = new HashMap<>();
    for (org.annalist.type.Token token : JCasUtil.select(jcas, org.annalist.type.Token.class)) {
      bySpan.putIfAbsent(AnnalistToDkpro.span(token), token);
    }
    for (Token source : JCasUtil.select(jcas, Token.class)) {
      org.annalist.type.Token target = bySpan.get(AnnalistToDkpro.span(source));
      if (target == null) {
        if (!createMissing) {
          continue;
        }
        target = new org.annalist.type.Token(jcas, source.getBegin(), source.getEnd());
        target.addToIndexes();
      }
      String tag = tag(source.getPos());
      if (tag != null && (overwrite || empty(target.getPos()))) {
        target.setPos(tag);
      }
      Lemma lemma = source.getLemma();
      if (lemma != null && !empty(lemma.getValue()) && (overwrite || empty(target.getLemma()))) {
        target.setLemma(lemma.getValue());
      }
    }
  }

  private String tag(POS pos) {
    if (pos == null) {
      return null;
    }
    if (COARSE.equals(posValue) && !empty(pos.getCoarseValue())) {
      return pos.getCoarseValue();
    }
    return empty(pos.getPosValue()) ? null : pos.getPosValue();
  }

  private static boolean empty(String value) {
    return value == null || value.isEmpty();
  }

  /** Rejects a {@code posValue} other than coarse or fine before the run starts. */
  public static final class Parameters implements ParameterChecker {
    @Override
    public Map<String, String> check(Map<String, Object> values) {
      Object value = values.get(PARAM_POS_VALUE);
      if (value != null && !COARSE.equals(value) && !FINE.equals(value)) {
        return Map.of(PARAM_POS_VALUE, "'" + value + "' is not a choice: expected 'coarse' (Universal Dependencies tag) "
            + "or 'fine' (the tagger's own tag)");
      }
      return Map.of();
    }
  }
}
