package org.annalist.dkpro;

import static org.annalist.testkit.AnnalistAssertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_CONJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PROPN;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_VERB;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.nio.file.Path;
import java.util.List;
import org.annalist.testkit.Annotate;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.xmi.XmiWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnalistToDkproTest {

  static final String TEXT = "Omar runs and Lina sings. They left.";

  /** Annalist tokens as a tagger leaves them: UD tags and lemmas on the first sentence, nothing on the second. */
  static void taggedTokens(JCas jcas) {
    new org.annalist.type.Sentence(jcas, 0, 25).addToIndexes();
    new org.annalist.type.Sentence(jcas, 26, 36).addToIndexes();
    String[][] tagged = {{"PROPN", "Omar"}, {"VERB", "run"}, {"CCONJ", "and"}, {"PROPN", "Lina"}, {"VERB", "sing"},
        {"PUNCT", "."}};
    int[][] spans = {{0, 4}, {5, 9}, {10, 13}, {14, 18}, {19, 24}, {24, 25}, {26, 30}, {31, 35}, {35, 36}};
    for (int i = 0; i < spans.length; i++) {
      org.annalist.type.Token token = new org.annalist.type.Token(jcas, spans[i][0], spans[i][1]);
      if (i < tagged.length) {
        token.setPos(tagged[i][0]);
        token.setLemma(tagged[i][1]);
      }
      token.addToIndexes();
    }
  }

  @Test
  void sentencesTokensPartsOfSpeechAndLemmasBecomeDkproAnnotations() {
    JCas jcas = Annotate.text(TEXT).given(AnnalistToDkproTest::taggedTokens).with("to-dkpro").run();

    assertThat(jcas).annotations(Sentence.class).coveredTexts().containsExactly("Omar runs and Lina sings.", "They left.");
    assertThat(jcas).annotations(Token.class).coveredTexts()
        .containsExactly("Omar", "runs", "and", "Lina", "sings", ".", "They", "left", ".");
    List<Token> tokens = List.copyOf(JCasUtil.select(jcas, Token.class));
    assertThat(tokens.get(0).getPos()).isInstanceOf(POS_PROPN.class);
    assertThat(tokens.get(1).getPos()).isInstanceOf(POS_VERB.class);
    assertThat(tokens.get(2).getPos()).as("CCONJ is DKPro's POS_CONJ").isInstanceOf(POS_CONJ.class);
    assertThat(tokens.stream().limit(6).map(t -> t.getPos().getCoarseValue()))
        .containsExactly("PROPN", "VERB", "CCONJ", "PROPN", "VERB", "PUNCT");
    assertThat(tokens.stream().limit(6).map(t -> t.getLemma().getValue()))
        .containsExactly("Omar", "run", "and", "Lina", "sing", ".");
    assertThat(tokens.get(6).getPos()).as("untagged tokens get no POS").isNull();
    assertThat(tokens.get(6).getLemma()).isNull();
    assertThat(jcas).annotations(POS.class).hasCount(6);
    assertThat(jcas).annotations(Lemma.class).feature("value").containsExactly("Omar", "run", "and", "Lina", "sing", ".");
  }

  @Test
  void aTagThatIsNotUniversalDependenciesStaysThePosValueOfAPlainPos() {
    JCas jcas = Annotate.text("Rain fell.")
        .given(j -> {
          org.annalist.type.Token token = new org.annalist.type.Token(j, 0, 4);
          token.setPos("NN");
          token.addToIndexes();
        })
        .with(AnnalistToDkpro.class).run();

    POS pos = JCasUtil.selectSingle(jcas, Token.class).getPos();
    assertThat(pos.getClass()).isEqualTo(POS.class);
    assertThat(pos.getPosValue()).isEqualTo("NN");
    assertThat(pos.getCoarseValue()).isNull();
  }

  @Test
  void documentMetaDataComesFromAnnalistsMetadata() {
    JCas jcas = Annotate.text(TEXT)
        .metadata(m -> {
          m.setDocumentId("news/omar.html");
          m.setSourceUri("file:/data/news/omar.html");
          m.setTitle("Omar runs");
          m.setLanguage("en");
        })
        .with(AnnalistToDkpro.class, AnnalistToDkpro.PARAM_COLLECTION_ID, "wire").run();

    DocumentMetaData meta = DocumentMetaData.get(jcas);
    assertThat(meta.getDocumentId()).isEqualTo("news/omar.html");
    assertThat(meta.getDocumentUri()).isEqualTo("file:/data/news/omar.html");
    assertThat(meta.getDocumentTitle()).isEqualTo("Omar runs");
    assertThat(meta.getCollectionId()).isEqualTo("wire");
    assertThat(meta.getDocumentBaseUri()).isNull();
    assertThat(meta.getIsLastSegment()).isTrue();
    assertThat(meta.getLanguage()).as("from the metadata when the CAS has no language").isEqualTo("en");
    assertThat(jcas.getDocumentLanguage()).isEqualTo("en");
    assertThat(meta.getBegin()).isZero();
    assertThat(meta.getEnd()).isEqualTo(TEXT.length());
  }

  @Test
  void dkproWritersNameFilesByTheDocumentIdOrByTheUriBelowTheBaseUri(@TempDir Path out) {
    Annotate.text(TEXT).metadata(m -> {
      m.setDocumentId("omar.html");
      m.setSourceUri("file:/data/news/omar.html");
    })
        .with(AnnalistToDkpro.class)
        .with(XmiWriter.class, XmiWriter.PARAM_TARGET_LOCATION, out.resolve("by-id").toString()).run();
    assertThat(out.resolve("by-id/omar.html.xmi")).isRegularFile();

    Annotate.text(TEXT).metadata(m -> {
      m.setDocumentId("omar.html");
      m.setSourceUri("file:/data/news/omar.html");
    })
        .with(AnnalistToDkpro.class, AnnalistToDkpro.PARAM_DOCUMENT_BASE_URI, "file:/data/")
        .with(XmiWriter.class, XmiWriter.PARAM_TARGET_LOCATION, out.resolve("by-uri").toString()).run();
    assertThat(out.resolve("by-uri/news/omar.html.xmi")).isRegularFile();
  }

  @Test
  void theCasLanguageWinsOverTheReadersHint() {
    JCas jcas = Annotate.text("Der Regen fiel.").language("de").metadata(m -> m.setLanguage("en"))
        .with(AnnalistToDkpro.class).run();

    assertThat(DocumentMetaData.get(jcas).getLanguage()).isEqualTo("de");
  }

  @Test
  void runningTwiceOrAfterADkproReaderAddsNothingTwice() {
    JCas jcas = Annotate.text(TEXT)
        .given(j -> {
          DocumentMetaData meta = DocumentMetaData.create(j);
          meta.setDocumentId("from-a-dkpro-reader");
        })
        .metadata(m -> {
          m.setDocumentId("annalist-id");
          m.setTitle("Title");
        })
        .given(AnnalistToDkproTest::taggedTokens)
        .with(AnnalistToDkpro.class)
        .with(AnnalistToDkpro.class).run();

    assertThat(jcas).annotations(Token.class).hasCount(9);
    assertThat(jcas).annotations(Sentence.class).hasCount(2);
    assertThat(jcas).annotations(POS.class).hasCount(6);
    assertThat(jcas).annotations(DocumentMetaData.class).hasCount(1);
    assertThat(DocumentMetaData.get(jcas).getDocumentId()).as("a DKPro reader's id is kept").isEqualTo("from-a-dkpro-reader");
    assertThat(DocumentMetaData.get(jcas).getDocumentTitle()).as("missing fields are filled").isEqualTo("Title");
  }
}
