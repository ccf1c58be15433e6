package org.annalist.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void answersAsCharacterDoesForEveryChar() {
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(Chars.isLetterOrDigit(c)).as("U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
    }
  }
}
