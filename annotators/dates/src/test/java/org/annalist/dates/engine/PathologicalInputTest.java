package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile inputs must complete and stay correct. No timing assertions: the work is
 * measured by the recogniser's own count of rule runs, which must stay within a fixed number per
 * token and at most about double (not quadruple) when the input doubles.
 */
class PathologicalInputTest {

  private static final LocalDate DCT = LocalDate.of(2022, 1, 7);

  /** Rule runs allowed per token: each position is read by a handful of rule families a bounded number of times. */
  private static final int RUNS_PER_TOKEN = 12;

  @Test
  void longLineOfDigits() {
    String digits = "7".repeat(10_000_000);
    TimexRecognizer.Result result = recognize(digits);
    assertThat(result.mentions()).isEmpty();
    assertThat(result.ruleRuns()).isLessThanOrEqualTo(RUNS_PER_TOKEN * (long) result.tokens());
  }

  @Test
  void workGrowsLinearlyWithHostileInput() {
    for (String unit : List.of("the last the next a few of every early ", "1990 1991 '9", "1/1/1/1/1/1/",
        "2022-01-01-01-", "12:12:12:", "the the the early late mid about the end of the ",
        "Monday Tuesday March 3, 1999 at 10 a.m. the third quarter of next year ",
        "the second anniversary of 3 March 2020 ", "(((( on Monday ))))")) {
      TimexRecognizer.Result once = recognize(unit.repeat(2_000));
      TimexRecognizer.Result twice = recognize(unit.repeat(4_000));
      assertThat(once.ruleRuns()).as(unit).isLessThanOrEqualTo(RUNS_PER_TOKEN * (long) once.tokens());
      assertThat(twice.ruleRuns()).as(unit).isLessThanOrEqualTo(once.ruleRuns() * 11 / 5);
    }
  }

  @Test
  void manyAnniversariesAndDatesStayLinear() {
    String text = "The fifth anniversary of the attack. ".repeat(20_000) + "It began on 3 January 2017. ".repeat(20_000);
    TimexRecognizer.Result result = recognize(text);
    assertThat(result.mentions()).extracting(TimexMention::value).contains("2022-01-03", "2017-01-03");
  }

  @Test
  void tenMegabytesWithADateInEverySentenceReadAsANarrativeOrUndated() {
    String sentence = "In 1942 the army crossed the river, in June it reached 14 June lines, 490 BC was long past, "
        + "and two days later on Wednesday, Jan. 5, 2022 it halted. ";
    String tenMegabytes = sentence.repeat(10_000_000 / sentence.length());
    TimexRecognizer.Result big = Timexes.RECOGNIZER.recognize(tenMegabytes, List.of(new int[] {0, tenMegabytes.length()}),
        null, null, DocumentType.AUTO, true, null);
    assertThat(big.documentType()).isEqualTo(DocumentType.NARRATIVE);
    // a second reading (narrative, with the inferred date) at most doubles the work
    assertThat(big.ruleRuns()).isLessThanOrEqualTo(2L * RUNS_PER_TOKEN * big.tokens());
    assertThat(big.mentions()).allSatisfy(m -> assertThat(m.value()).isNotNull());
    String half = sentence.repeat(500_000 / sentence.length());
    String full = half + half;
    for (java.time.LocalDate dct : java.util.Arrays.asList(DCT, null)) {
      TimexRecognizer.Result once = Timexes.RECOGNIZER.recognize(half, List.of(new int[] {0, half.length()}), dct, "DCT",
          DocumentType.AUTO, true, null);
      TimexRecognizer.Result twice = Timexes.RECOGNIZER.recognize(full, List.of(new int[] {0, full.length()}), dct, "DCT",
          DocumentType.AUTO, true, null);
      assertThat(twice.ruleRuns()).isLessThanOrEqualTo(once.ruleRuns() * 11 / 5);
    }
  }

  private static TimexRecognizer.Result recognize(String text) {
    return Timexes.RECOGNIZER.recognize(text, List.of(new int[] {0, text.length()}), DCT, "DCT");
  }

  @Test
  void deeplyNestedBrackets() {
    String nested = "(".repeat(100_000) + "on Monday" + ")".repeat(100_000);
    List<TimexMention> mentions = Timexes.RECOGNIZER.recognize(nested, DCT);
    assertThat(mentions).extracting(TimexMention::value).containsExactly("2022-01-03");
  }

  @Test
  void endlessCandidateStarts() {
    String text = "the last the next a few of every early ".repeat(10_000) + "1990 1991 '9".repeat(5_000);
    assertThat(Timexes.RECOGNIZER.recognize(text, DCT)).isNotNull();
  }

  @Test
  void repeatedSeparatorsAndNumbersLookingLikeDates() {
    String text = "1/1/1/1/1/1/".repeat(20_000) + "2022-01-01-01-".repeat(10_000) + "12:12:12:".repeat(10_000);
    assertThat(Timexes.RECOGNIZER.recognize(text, DCT)).isNotNull();
  }

  @Test
  void impossibleCalendarDates() {
    String text = "It happened on 31 February 2022, on February 31, on Feb. 30, on 2022-02-31, on 13/13/2022, "
        + "on 29 February 2021 and on 0/0/0.";
    List<TimexMention> mentions = Timexes.RECOGNIZER.recognize(text, DCT);
    assertThat(mentions).extracting(TimexMention::value).doesNotContain("2022-02-31", "2022-02-30", "2022-13-13", "2021-02-29");
  }

  @Test
  void offsetsStayRightAcrossProcessingWindows() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 3 * TimexRecognizer.WINDOW_CHARS) {
      text.append("Nothing happened here at all.\n");
    }
    int at = text.length();
    text.append("It rained on Wednesday.");
    List<TimexMention> mentions = Timexes.RECOGNIZER.recognize(text, DCT);
    assertThat(mentions).hasSize(1);
    assertThat(text.substring(mentions.get(0).begin(), mentions.get(0).end())).isEqualTo("Wednesday");
    assertThat(mentions.get(0).begin()).isGreaterThan(at);
  }

  @Test
  void hugeNumbersAreNotParsed() {
    String text = "In 99999999999999999999 years and 123456789012 days ago.";
    assertThat(Timexes.RECOGNIZER.recognize(text, DCT)).isNotNull();
  }
}
