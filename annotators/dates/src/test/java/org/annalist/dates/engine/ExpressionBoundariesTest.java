package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an expression ends and what dates it: parentheses, lengths of waiting, spans of quarters. */
class ExpressionBoundariesTest {

  /** A Saturday. */
  static final String SATURDAY = "2023-03-11";

  @Test
  void dayAfterAParenthesisDatesTheClockTimeBeforeIt() {
    Timexes t = Timexes.of("The dam broke at about 4:10 p.m. (2110 GMT) Friday, flooding the valley.", SATURDAY);
    assertThat(t.value("about 4:10 p.m.")).isEqualTo("2023-03-10T16:10");
    assertThat(t.value("2110 GMT")).isEqualTo("2023-03-10T21:10");
    assertThat(t.value("Friday")).isEqualTo("2023-03-10");
  }

  @Test
  void dayClosingAParenthesisDatesTheClockTimeBeforeIt() {
    Timexes t = Timexes.of("The ferry will sail at 6 in the morning (6 a.m. GMT Monday), the captain said.", SATURDAY);
    assertThat(t.value("6 in the morning")).isEqualTo("2023-03-13T06:00");
    assertThat(t.value("6 a.m. GMT Monday")).isEqualTo("2023-03-13T06:00");
  }

  @Test
  void parenthesisWithoutADayLeavesTheClockOnTheDocumentDay() {
    Timexes t = Timexes.of("The train left at 9:15 a.m. (local time) and arrived late.", SATURDAY);
    assertThat(t.value("9:15 a.m.")).isEqualTo("2023-03-11T09:15");
  }

  @Test
  void amountAfterWaitIsALengthEvenBeforeAnEvent() {
    Timexes t = Timexes.of("The regulator approved the deal on March 1, and the buyer must wait at least 30 days"
        + " before closing it.", SATURDAY);
    assertThat(t.get("at least 30 days before").type()).isEqualTo("DURATION");
    assertThat(t.value("at least 30 days before")).isEqualTo("P30D");
  }

  @Test
  void amountBeforeAnEventAfterADateIsStillAPoint() {
    Timexes t = Timexes.of("The regulator approved the deal on March 1. The buyer had filed 30 days before.", SATURDAY);
    assertThat(t.value("30 days before")).isEqualTo("2023-01-30");
  }

  @Test
  void firstTwoQuartersOfAYearAreItsFirstHalf() {
    Timexes t = Timexes.of("Demand should stay weak through the first two quarters of 2024 and recover in the last"
        + " two quarters of 2025.", SATURDAY);
    assertThat(t.value("the first two quarters of 2024")).isEqualTo("2024-H1");
    assertThat(t.value("the last two quarters of 2025")).isEqualTo("2025-H2");
  }

  @Test
  void daysOfAKindAreALength() {
    Timexes t = Timexes.of("Shares recovered five trading days later; the refund takes ten business days.", SATURDAY);
    assertThat(t.value("five trading days")).isEqualTo("P5D");
    assertThat(t.value("ten business days")).isEqualTo("P10D");
  }

  @Test
  void unitLongWithoutAnAmountIsOneUnit() {
    Timexes t = Timexes.of("The envoys ended their second day-long session and planned a month-long pause.", SATURDAY);
    assertThat(t.value("day-long")).isEqualTo("P1D");
    assertThat(t.value("a month-long")).isEqualTo("P1M");
  }
}
