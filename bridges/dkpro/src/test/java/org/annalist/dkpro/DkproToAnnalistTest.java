package org.annalist.dkpro;

import static org.annalist.testkit.AnnalistAssertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.Map;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.testkit.Annotate;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class DkproToAnnalistTest {

  static final String TEXT = "Dogs bark. Cats sleep.";

  /** What a DKPro segmenter and tagger leave: treebank tags with a UD coarse value, lemmas. */
  static void dkproTagged(JCas jcas) {
    new Sentence(jcas, 0, 10).addToIndexes();
    new Sentence(jcas, 11, 22).addToIndexes();
    dkproToken(jcas, 0, 4, "NNS", "NOUN", "dog");
    dkproToken(jcas, 5, 9, "VBP", "VERB", "bark");
    dkproToken(jcas, 9, 10, ".", null, ".");
    dkproToken(jcas, 11, 15, "NNS", "NOUN", "cat");
    dkproToken(jcas, 16, 21, "VBP", "VERB", "sleep");
    dkproToken(jcas, 21, 22, ".", null, ".");
  }

  static void dkproToken(JCas jcas, int begin, int end, String fine, String coarse, String lemmaValue) {
    Token token = new Token(jcas, begin, end);
    POS pos = new POS(jcas, begin, end);
    pos.setPosValue(fine);
    pos.setCoarseValue(coarse);
    pos.addToIndexes();
    token.setPos(pos);
    Lemma lemma = new Lemma(jcas, begin, end);
    lemma.setValue(lemmaValue);
    lemma.addToIndexes();
    token.setLemma(lemma);
    token.addToIndexes();
  }

  @Test
  void aDkproTaggersCoarseTagsAndLemmasLandOnAnnalistTokens() {
    JCas jcas = Annotate.text(TEXT)
        .given(j -> new WhitespaceTestTokens().process(j))
        .given(DkproToAnnalistTest::dkproTagged)
        .with("from-dkpro").run();

    assertThat(jcas).annotations(org.annalist.type.Token.class).hasCount(6)
        .feature("pos").containsExactly("NOUN", "VERB", ".", "NOUN", "VERB", ".");
    assertThat(jcas).annotations(org.annalist.type.Token.class).feature("lemma")
        .containsExactly("dog", "bark", ".", "cat", "sleep", ".");
    assertThat(jcas).annotations(org.annalist.type.Sentence.class).hasCount(2);
  }

  @Test
  void fineTakesTheTaggersOwnTag() {
    JCas jcas = Annotate.text(TEXT)
        .given(DkproToAnnalistTest::dkproTagged)
        .with(DkproToAnnalist.class, DkproToAnnalist.PARAM_POS_VALUE, "fine").run();

    assertThat(jcas).annotations(org.annalist.type.Token.class).feature("pos")
        .containsExactly("NNS", "VBP", ".", "NNS", "VBP", ".");
  }

  @Test
  void aDkproSegmentersSentencesAndTokensBecomeAnnalistOnesUnlessTurnedOff() {
    JCas created = Annotate.text(TEXT).given(DkproToAnnalistTest::dkproTagged).with(DkproToAnnalist.class).run();
    assertThat(created).annotations(org.annalist.type.Sentence.class).coveredTexts()
        .containsExactly("Dogs bark.", "Cats sleep.");
    assertThat(created).annotations(org.annalist.type.Token.class).coveredTexts()
        .containsExactly("Dogs", "bark", ".", "Cats", "sleep", ".");

    JCas onlyExisting = Annotate.text(TEXT)
        .given(j -> new org.annalist.type.Token(j, 0, 4).addToIndexes())
        .given(DkproToAnnalistTest::dkproTagged)
        .with(DkproToAnnalist.class, DkproToAnnalist.PARAM_CREATE_MISSING, false).run();
    assertThat(onlyExisting).annotations(org.annalist.type.Sentence.class).isEmpty();
    assertThat(onlyExisting).annotations(org.annalist.type.Token.class).coveredTexts().containsExactly("Dogs");
    assertThat(onlyExisting).annotations(org.annalist.type.Token.class).feature("pos").containsExactly("NOUN");
  }

  @Test
  void withoutOverwriteAnnalistsOwnTagsStay() {
    JCas jcas = Annotate.text(TEXT)
        .given(j -> {
          org.annalist.type.Token token = new org.annalist.type.Token(j, 0, 4);
          token.setPos("PROPN");
          token.addToIndexes();
        })
        .given(DkproToAnnalistTest::dkproTagged)
        .with(DkproToAnnalist.class, DkproToAnnalist.PARAM_OVERWRITE, false).run();

    assertThat(jcas).annotations(org.annalist.type.Token.class).covering("Dogs").feature("pos").containsExactly("PROPN");
    assertThat(jcas).annotations(org.annalist.type.Token.class).covering("Dogs").feature("lemma").containsExactly("dog");
  }

  @Test
  void aDkproReadersMetadataFillsWhatAnnalistLacks() {
    JCas jcas = Annotate.text(TEXT)
        .given(j -> {
          DocumentMetaData meta = DocumentMetaData.create(j);
          meta.setDocumentId("corpus/dogs.txt");
          meta.setDocumentUri("file:/corpus/dogs.txt");
          meta.setDocumentTitle("Dogs");
          meta.setLanguage("en");
        })
        .with(DkproToAnnalist.class).run();

    DocumentMetadata metadata = DocumentMetadataAccess.find(jcas);
    assertThat(metadata.getDocumentId()).isEqualTo("corpus/dogs.txt");
    assertThat(metadata.getSourceUri()).isEqualTo("file:/corpus/dogs.txt");
    assertThat(metadata.getTitle()).isEqualTo("Dogs");
    assertThat(metadata.getLanguage()).isEqualTo("en");
  }

  @Test
  void posValueMustBeCoarseOrFine() {
    Map<String, String> problems = new DkproToAnnalist.Parameters().check(Map.of("posValue", "upos"));
    assertThat(problems).containsOnlyKeys("posValue");
    assertThat(problems.get("posValue")).contains("'upos'", "'coarse'", "'fine'");
    assertThat(new DkproToAnnalist.Parameters().check(Map.of("posValue", "fine"))).isEmpty();
  }
}
