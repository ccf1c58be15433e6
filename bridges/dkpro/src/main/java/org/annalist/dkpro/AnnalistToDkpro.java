package org.annalist.dkpro;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.HashSet;
import java.util.Set;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Writes Annalist's document metadata, sentences and tokens (with their part of speech and lemma)
 * into DKPro Core's types, so that DKPro Core components (taggers, parsers, writers) run
 * downstream with no segmenter of their own. Existing DKPro annotations are kept: a sentence or
 * token is copied only where DKPro has none with the same span, and DocumentMetaData is only
 * completed when a DKPro reader already made one.
 */
@TypeCapability(
    inputs = {"org.annalist.type.DocumentMetadata", "org.annalist.type.Sentence", "org.annalist.type.Token"},
    outputs = {"de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma"})
public class AnnalistToDkpro extends JCasAnnotator_ImplBase {

  public static final String PARAM_COLLECTION_ID = "collectionId";
  public static final String PARAM_DOCUMENT_BASE_URI = "documentBaseUri";

  private static final String UNSPECIFIED_LANGUAGE = "x-unspecified";

  @ConfigurationParameter(name = PARAM_COLLECTION_ID, mandatory = false,
      description = "DKPro DocumentMetaData collectionId of every document (DKPro writers that group by collection read it).")
  private String collectionId;

  @ConfigurationParameter(name = PARAM_DOCUMENT_BASE_URI, mandatory = false,
      description = "DKPro DocumentMetaData documentBaseUri: a prefix of every document's source URI. DKPro writers then "
          + "name each file by the source URI relative to it; without it they name files by the Annalist document id.")
  private String documentBaseUri;

  @Override
  public void process(JCas jcas) {
    copyMetadata(jcas);
    copySentences(jcas);
    copyTokens(jcas);
  }

  private void copyMetadata(JCas jcas) {
    DocumentMetadata annalist = DocumentMetadataAccess.find(jcas);
    boolean existed = JCasUtil.exists(jcas, DocumentMetaData.class);
    DocumentMetaData dkpro = existed ? DocumentMetaData.get(jcas) : DocumentMetaData.create(jcas);
    if (annalist != null) {
      dkpro.setDocumentId(keep(dkpro.getDocumentId(), annalist.getDocumentId()));
      dkpro.setDocumentUri(keep(dkpro.getDocumentUri(), annalist.getSourceUri()));
      dkpro.setDocumentTitle(keep(dkpro.getDocumentTitle(), annalist.getTitle()));
      if (isUnspecified(dkpro.getLanguage()) && annalist.getLanguage() != null && !annalist.getLanguage().isBlank()) {
        dkpro.setLanguage(annalist.getLanguage());
      }
    }
    dkpro.setCollectionId(keep(dkpro.getCollectionId(), collectionId));
    dkpro.setDocumentBaseUri(keep(dkpro.getDocumentBaseUri(), documentBaseUri));
    if (!existed) {
      dkpro.setIsLastSegment(true);
    }
  }

  private static void copySentences(JCas jcas) {
    Set<Long> present = spans(jcas, Sentence.class);
    for (org.annalist.type.Sentence sentence : JCasUtil.select(jcas, org.annalist.type.Sentence.class)) {
      if (present.add(span(sentence))) {
        new Sentence(jcas, sentence.getBegin(), sentence.getEnd()).addToIndexes();
      }
    }
  }

  private static void copyTokens(JCas jcas) {
    Set<Long> present = spans(jcas, Token.class);
    for (org.annalist.type.Token source : JCasUtil.select(jcas, org.annalist.type.Token.class)) {
      if (!present.add(span(source))) {
        continue;
      }
      int begin = source.getBegin();
      int end = source.getEnd();
      Token token = new Token(jcas, begin, end);
      String tag = source.getPos();
      if (tag != null && !tag.isBlank()) {
        POS pos = UniversalPos.annotation(jcas, begin, end, tag);
        pos.addToIndexes();
        token.setPos(pos);
      }
      String lemmaValue = source.getLemma();
      if (lemmaValue != null && !lemmaValue.isEmpty()) {
        Lemma lemma = new Lemma(jcas, begin, end);
        lemma.setValue(lemmaValue);
        lemma.addToIndexes();
        token.setLemma(lemma);
      }
      token.addToIndexes();
    }
  }

  private static Set<Long> spans(JCas jcas, Class<? extends Annotation> type) {
    Set<Long> spans = new HashSet<>();
    for (Annotation annotation : JCasUtil.select(jcas, type)) {
      spans.add(span(annotation));
    }
    return spans;
  }

  static long span(Annotation annotation) {
    return ((long) annotation.getBegin() << 32) | annotation.getEnd();
  }

  private static boolean isUnspecified(String language) {
    return language == null || language.isBlank() || UNSPECIFIED_LANGUAGE.equals(language);
  }

  private static String keep(String existing, String fallback) {
    return existing != null && !existing.isEmpty() ? existing : fallback;
  }
}
