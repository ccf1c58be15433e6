package org.annalist.quotes.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  private final Lexicons lexicons = Lexicons.standard();

  @Test
  void titlesInitialsAndSuffixesDoNotChangeTheKey() {
    assertThat(PersonName.parse("Maj. Gen. John W. Brennan, Jr.", lexicons).key()).isEqualTo("john brennan");
    assertThat(PersonName.parse("Major General John Brennan Jr", lexicons).key()).isEqualTo("john brennan");
    assertThat(PersonName.parse("Mr. Obama", lexicons).key()).isEqualTo("obama");
  }

  @Test
  void registryResolvesSurnamesToTheFullestName() {
    NameRegistry names = new NameRegistry(lexicons);
    names.add(0, "John Kirby");
    names.add(50, "John W. Brennan, Jr.");
    names.add(90, "John Brennan");
    assertThat(names.canonical("Kirby", 200)).isEqualTo("John Kirby");
    assertThat(names.canonical("Brennan", 200)).isEqualTo("John W. Brennan, Jr.");
    assertThat(names.canonical("Major General John Brennan Jr", 200)).isEqualTo("John W. Brennan, Jr.");
    assertThat(names.canonical("Hoffman", 200)).isEqualTo("Hoffman");
  }

  @Test
  void genderComesFromHonorificsAndFirstNames() {
    assertThat(lexicons.genderOf("Mrs. Clinton")).isEqualTo(Gender.FEMALE);
    assertThat(lexicons.genderOf("Mr. Trump")).isEqualTo(Gender.MALE);
    assertThat(lexicons.genderOf("Donna Brazile")).isEqualTo(Gender.FEMALE);
    assertThat(lexicons.genderOf("Kirby")).isEqualTo(Gender.UNKNOWN);
  }
}
