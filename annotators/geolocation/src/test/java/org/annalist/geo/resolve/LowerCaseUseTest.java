package org.annalist.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-word place name that the text also uses as an ordinary lower-case word. */
class LowerCaseUseTest {

  @Test
  void findsTheNameWrittenAsAWholeLowerCaseWord() {
    assertThat(ToponymResolver.appearsInLowerCase("Reading", "Reading council said reading was up.")).isTrue();
    assertThat(ToponymResolver.appearsInLowerCase("Bath", "two 2bath flats")).isTrue();
    assertThat(ToponymResolver.appearsInLowerCase("Ely", "ely")).isTrue();
  }

  @Test
  void ignoresCapitalisedUsesAndPartsOfWords() {
    assertThat(ToponymResolver.appearsInLowerCase("Reading", "Reading is a town. Reading again.")).isFalse();
    assertThat(ToponymResolver.appearsInLowerCase("Bath", "a bathroom and abath2 here")).isFalse();
    assertThat(ToponymResolver.appearsInLowerCase("Bath", "x9bath")).isFalse();
    assertThat(ToponymResolver.appearsInLowerCase("Nice", "nice2meet")).isFalse();
  }

  @Test
  void needsThreeLettersAndASingleWord() {
    assertThat(ToponymResolver.appearsInLowerCase("Ur", "ur")).isFalse();
    assertThat(ToponymResolver.appearsInLowerCase("Guinea-Bissau", "guinea-bissau")).isFalse();
    assertThat(ToponymResolver.appearsInLowerCase("bath", "bath")).isFalse();
  }
}
