package org.annalist.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.MainContent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageAnnotatorTest {

  private static final String GERMAN = "Nach tagelangem Regen ist die Donau in Passau am Montag über die Ufer getreten. "
      + "Die Stadt hat den Katastrophenfall ausgerufen, Hunderte Anwohner mussten ihre Wohnungen verlassen.";
  private static final String ENGLISH = "The Danube burst its banks in Passau on Monday after days of heavy rain, and "
      + "the city declared a state of emergency as hundreds of residents left their homes.";
  private static final String FRENCH = "Après plusieurs jours de pluie, le Danube est sorti de son lit lundi à Passau, "
      + "et la ville a déclaré l'état de catastrophe naturelle.";

  private static AnalysisEngine engine;

  @BeforeAll
  static void createEngine() throws Exception {
    engine = AnalysisEngineFactory.createEngine(LanguageAnnotator.class);
  }

  private static JCas process(String text, String readerLanguage) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(text);
    if (readerLanguage != null) {
      jcas.setDocumentLanguage(readerLanguage);
      DocumentMetadata metadata = DocumentMetadataAccess.getOrCreate(jcas);
      metadata.setLanguage(readerLanguage);
    }
    engine.process(jcas);
    return jcas;
  }

  @Test
  void theTextDecidesOverTheReadersDefault() throws Exception {
    JCas jcas = process(GERMAN, "en");
    assertThat(jcas.getDocumentLanguage()).isEqualTo("de");
    DocumentMetadata metadata = DocumentMetadataAccess.find(jcas);
    assertThat(metadata.getLanguage()).isEqualTo("de");
    assertThat(metadata.getLanguageHint()).isEqualTo("en");
    assertThat(metadata.getLanguageSource()).isEqualTo(LanguageDecision.DETECTED);
  }

  @Test
  void severalLanguagesAreTold() throws Exception {
    assertThat(process(ENGLISH, null).getDocumentLanguage()).isEqualTo("en");
    assertThat(process(FRENCH, null).getDocumentLanguage()).isEqualTo("fr");
    assertThat(process(GERMAN, null).getDocumentLanguage()).isEqualTo("de");
  }

  @Test
  void aShortTextKeepsTheReadersLanguage() throws Exception {
    JCas jcas = process("Passau, 3. Juni", "de");
    assertThat(jcas.getDocumentLanguage()).isEqualTo("de");
    assertThat(DocumentMetadataAccess.find(jcas).getLanguageSource()).isEqualTo(LanguageDecision.HINT);
  }

  @Test
  void aShortTextWithoutHintStaysUnknown() throws Exception {
    JCas jcas = process("OK 12:30", null);
    assertThat(jcas.getDocumentLanguage()).isEqualTo("x-unspecified");
    assertThat(DocumentMetadataAccess.find(jcas).getLanguageSource()).isEqualTo(LanguageDecision.UNDECIDED);
  }

  @Test
  void onlyTheMainContentIsRead() throws Exception {
    // longer than the characters the detector reads: were it read, the detector would see English only
    String navigation = ("Home News Sport Weather Contact Subscribe Sign in Privacy Cookies Terms of use About us "
        + "Advertise with us Newsletters Podcasts Video Live Most read Opinion ").repeat(4);
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(navigation + "\n" + GERMAN);
    new MainContent(jcas, navigation.length() + 1, navigation.length() + 1 + GERMAN.length()).addToIndexes();
    engine.process(jcas);
    assertThat(jcas.getDocumentLanguage()).isEqualTo("de");
  }

  @Test
  void controlCharactersAndEmptyTextDoNotFail() throws Exception {
    assertThat(process("", "en").getDocumentLanguage()).isEqualTo("en");
    assertThat(process("\u0000\u0001\u0002 ... \uFFFF", null).getDocumentLanguage()).isEqualTo("x-unspecified");
  }

  @Test
  void theSampleIsTheBeginningOfTheContentRegionsJoinedByNewlines() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("menu Alpha beta. menu Gamma delta epsilon. footer");
    assertThat(LanguageAnnotator.sample(jcas, 9)).isEqualTo("menu Alph");
    new MainContent(jcas, 5, 16).addToIndexes();
    new MainContent(jcas, 22, 42).addToIndexes();
    assertThat(LanguageAnnotator.sample(jcas, 100)).isEqualTo("Alpha beta.\nGamma delta epsilon.");
    assertThat(LanguageAnnotator.sample(jcas, 17)).isEqualTo("Alpha beta.\nGamma");
    assertThat(LanguageAnnotator.sample(jcas, 4)).isEqualTo("Alph");
  }
}
