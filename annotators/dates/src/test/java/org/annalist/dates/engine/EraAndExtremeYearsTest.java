package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Years before and across eras, and years no TIMEX3 value can hold. */
class EraAndExtremeYearsTest {

  /** TIMEX3 calendar values this annotator writes: four-digit years, optionally "BC", then the usual parts. */
  private static final Pattern VALID = Pattern.compile(
      "(BC)?([0-9]{2}|[0-9]{3}|[0-9]{4}(-(W[0-9]{2}(-WE|-[1-7])?|H[12]|Q[1-4]|SP|SU|FA|WI|[0-9]{2}(-[0-9]{2}(T.*)?)?))?)"
      + "|P.*|PT.*|XXXX.*|[A-Z]+_REF");

  @Test
  void yearsBeforeTheCommonEraAreWrittenTheTimex2Way() {
    Timexes t = Timexes.of("Darius attacked in 490 BC. The wars of 264–146 BCE ended with Carthage burnt in 146 B.C. "
        + "Athens flourished in the 5th century BC. In AD 9 three legions were lost; in 1066 AD England fell.",
        "2009-12-19");
    assertThat(t.value("490 BC")).isEqualTo("BC0490");
    assertThat(t.value("264")).isEqualTo("BC0264");
    assertThat(t.value("146 BCE")).isEqualTo("BC0146");
    assertThat(t.value("146 B.C.")).isEqualTo("BC0146");
    assertThat(t.value("the 5th century BC")).isEqualTo("BC04");
    assertThat(t.value("AD 9")).isEqualTo("0009");
    assertThat(t.value("1066 AD")).isEqualTo("1066");
  }

  @Test
  void narrativeArithmeticCrossesNoYearZero() {
    String text = "In 490 BC the Persians landed at Marathon. The following year Miltiades died. In 2 BC a census "
        + "was held. Two years later the emperor's grandson died.";
    TimexRecognizer.Result result = Timexes.RECOGNIZER.recognize(text, java.util.List.of(new int[] {0, text.length()}),
        LocalDate.of(2009, 12, 19), "DCT", DocumentType.NARRATIVE, false, null);
    Timexes t = Timexes.found(text, result.mentions());
    assertThat(t.value("The following year")).isEqualTo("BC0489");
    assertThat(t.value("Two years later")).isEqualTo("0001");
  }

  @Test
  void yearsNoTimex3ValueCanHoldAreNotAnnotated() {
    Timexes t = Timexes.of("Hunters lived here in 200000 BC. The year 99999 and AD 123456 are fiction; "
        + "9999 BC is the limit. 20000 years later nothing was left. It is 1000000 years ago.", "2022-01-07");
    assertThat(t.covered()).doesNotContain("200000 BC", "99999", "AD 123456");
    assertThat(t.value("9999 BC")).isEqualTo("BC9999");
    for (TimexMention mention : t.mentions) {
      assertThat(mention.value()).as(t.describe()).isNotNull().matches(VALID);
    }
  }

  @Test
  void thousandsOfNumbersAndEraWordsGiveValidValuesOrNone() {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 20_000; n++) {
      text.append(n * 7919 % 300_000).append(n % 3 == 0 ? " BC " : n % 3 == 1 ? " AD " : " ");
    }
    TimexRecognizer.Result result = Timexes.RECOGNIZER.recognize(text, java.util.List.of(new int[] {0, text.length()}),
        LocalDate.of(2022, 1, 7), "DCT", DocumentType.AUTO, true, null);
    for (TimexMention mention : result.mentions()) {
      assertThat(mention.value()).isNotNull().matches(VALID);
    }
  }

  @Test
  void theTwoSpellingsOfAYearBeforeTheCommonEraAreOneValue() {
    assertThat(org.annalist.dates.eval.TimexValues.same("BC0490", "-0489")).isTrue();
    assertThat(org.annalist.dates.eval.TimexValues.same("BC0001-06", "0000-06")).isFalse();
    assertThat(org.annalist.dates.eval.TimexValues.same("BC0001-06", "-0000-06")).isTrue();
    assertThat(org.annalist.dates.eval.TimexValues.same("BC0490", "BC0490")).isTrue();
    assertThat(org.annalist.dates.eval.TimexValues.same("1990", "-1990")).isFalse();
  }
}
