package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile inputs must complete and stay correct (no timing assertions: the scan is
 * linear by construction, every rule looks at a bounded number of tokens).
 */
class PathologicalInputTest {

  private static final LocalDate DCT = LocalDate.of(2022, 1, 7);

  @Test
  void longLineOfDigits() {
    String digits = "7".repeat(1_000_000);
    assertThat(Timexes.RECOGNIZER.recognize(digits, DCT)).isEmpty();
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
    String text = "It happened on 31 February 2022, on Feb. 30, on 2022-02-31, on 13/13/2022 and on 0/0/0.";
    List<TimexMention> mentions = Timexes.RECOGNIZER.recognize(text, DCT);
    assertThat(mentions).extracting(TimexMention::value).doesNotContain("2022-02-31", "2022-02-30", "2022-13-13");
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
