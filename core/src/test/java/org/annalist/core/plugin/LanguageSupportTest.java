package org.annalist.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.core.testing.EnglishOnlyAnnotator;
import org.annalist.core.testing.FailingAnnotator;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.junit.jupiter.api.Test;

class LanguageSupportTest {

  @Test
  void languagesMatchOnTheirPrimarySubtag() {
    LanguageSupport english = LanguageSupport.of("en");
    assertThat(english.supports("en")).isTrue();
    assertThat(english.supports("en-GB")).isTrue();
    assertThat(english.supports("EN_us")).isTrue();
    assertThat(english.supports("de")).isFalse();
    assertThat(english.supports("de-AT")).isFalse();
    assertThat(english.toString()).isEqualTo("en");
  }

  @Test
  void anUnknownDocumentLanguageRunsEverywhere() {
    LanguageSupport english = LanguageSupport.of("en");
    assertThat(english.supports(null)).isTrue();
    assertThat(english.supports("")).isTrue();
    assertThat(english.supports(LanguageSupport.UNSPECIFIED)).isTrue();
  }

  @Test
  void noDeclarationOrUnspecifiedMeansEveryLanguage() {
    assertThat(LanguageSupport.of().isAny()).isTrue();
    assertThat(LanguageSupport.of("en", LanguageSupport.UNSPECIFIED).isAny()).isTrue();
    assertThat(LanguageSupport.any().supports("ja")).isTrue();
    assertThat(LanguageSupport.any().toString()).isEqualTo("any");
  }

  @Test
  void theDeclarationIsUimasLanguageCapability() throws Exception {
    var declared = AnalysisEngineFactory.createEngineDescription(EnglishOnlyAnnotator.class);
    assertThat(LanguageSupport.of(declared.getAnalysisEngineMetaData()).languages()).containsExactly("en");
    var undeclared = AnalysisEngineFactory.createEngineDescription(FailingAnnotator.class);
    assertThat(LanguageSupport.of(undeclared.getAnalysisEngineMetaData()).isAny()).isTrue();
  }
}
