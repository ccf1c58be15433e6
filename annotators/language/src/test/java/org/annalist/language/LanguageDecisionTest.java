package org.annalist.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDecisionTest {

  private static final LanguageIdentifier.Guess SURE_GERMAN = new LanguageIdentifier.Guess("de", 0.9);
  private static final LanguageIdentifier.Guess UNSURE_DUTCH = new LanguageIdentifier.Guess("nl", 0.3);

  @Test
  void aSureDetectionOnEnoughTextWins() {
    assertThat(LanguageDecision.decide("en", 200, SURE_GERMAN, 40, 0.5))
        .isEqualTo(new LanguageDecision("de", LanguageDecision.DETECTED));
  }

  @Test
  void anUnsureDetectionDefersToTheHint() {
    assertThat(LanguageDecision.decide("de", 200, UNSURE_DUTCH, 40, 0.5))
        .isEqualTo(new LanguageDecision("de", LanguageDecision.HINT));
  }

  @Test
  void tooLittleTextDefersToTheHint() {
    assertThat(LanguageDecision.decide("en", 20, SURE_GERMAN, 40, 0.5))
        .isEqualTo(new LanguageDecision("en", LanguageDecision.HINT));
  }

  @Test
  void withoutHintAnUnsureDetectionLeavesTheLanguageUnknown() {
    assertThat(LanguageDecision.decide(null, 200, UNSURE_DUTCH, 40, 0.5))
        .isEqualTo(new LanguageDecision(null, LanguageDecision.UNDECIDED));
  }

  @Test
  void modelCodesBecomeIso6391() {
    assertThat(LanguageIdentifier.toIso1("deu")).isEqualTo("de");
    assertThat(LanguageIdentifier.toIso1("cmn")).isEqualTo("zh");
    assertThat(LanguageIdentifier.toIso1("ind")).isEqualTo("id");
    assertThat(LanguageIdentifier.toIso1("heb")).isEqualTo("he");
    assertThat(LanguageIdentifier.toIso1("ceb")).isEqualTo("ceb");
  }
}
