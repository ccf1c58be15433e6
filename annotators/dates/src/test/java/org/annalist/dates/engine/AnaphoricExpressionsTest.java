package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phrases that need an antecedent in the text ("the previous Friday", "the following month"). */
class AnaphoricExpressionsTest {

  /** A Monday. */
  static final String MONDAY = "2023-03-13";

  @Test
  void previousWeekdayCountsFromTheNarratedDayHoweverFarBack() {
    Timexes t = Timexes.of("The harbour froze on Friday. Ships waited. Crews slept. Cranes stood idle. Ice thickened."
        + " The port handled a third less cargo than the previous Friday.", MONDAY);
    assertThat(t.value("Friday")).isEqualTo("2023-03-10");
    assertThat(t.value("the previous Friday")).isEqualTo("2023-03-03");
  }

  @Test
  void previousWeekdayWithoutAnyDayInTheTextCountsFromTheDocumentDate() {
    assertThat(Timexes.of("Sales were lower than the previous Friday.", MONDAY).value("the previous Friday"))
        .isEqualTo("2023-03-10");
  }

  @Test
  void followingMonthPointsBackToTheLastMonthHoweverFarBack() {
    Timexes t = Timexes.of("In June, the council received a bid. It studied the offer. Residents protested."
        + " The mayor hesitated. The following month, the council sold the land.", MONDAY);
    assertThat(t.value("June")).isEqualTo("2022-06");
    assertThat(t.get("The following month").type()).isEqualTo("DATE");
    assertThat(t.value("The following month")).isEqualTo("2022-07");
  }

  @Test
  void nextMonthWithoutAntecedentStaysALengthOfTime() {
    assertThat(Timexes.of("Prices rose sharply over the next month.", MONDAY).value("the next month"))
        .isEqualTo("P1M");
  }

  @Test
  void dayAfterAnEventCountsFromTheLastDayTheTextGave() {
    Timexes t = Timexes.of("The curator was attacked on the evening of Thursday, March 2. She survived. Police"
        + " searched the museum. Two guards were questioned. Reporters came to the museum the day after the attack.",
        MONDAY);
    assertThat(t.value("the day after")).isEqualTo("2023-03-03");
  }

  @Test
  void thenCurrentIsAPastReference() {
    Timexes t = Timexes.of("The options were priced at the then current market value.", MONDAY);
    assertThat(t.value("then current")).isEqualTo("PAST_REF");
    assertThat(Timexes.of("The current market value is higher.", MONDAY).value("current")).isEqualTo("PRESENT_REF");
  }

  @Test
  void currentFiscalYearIsTheDocumentYear() {
    Timexes t = Timexes.of("The brewer expects lower profit in the current fiscal year and in this fiscal year.", MONDAY);
    assertThat(t.value("the current fiscal year")).isEqualTo("2023");
    assertThat(t.value("this fiscal year")).isEqualTo("2023");
  }

  @Test
  void overnightIsTheNightBeforeTheDayTheStoryTells() {
    Timexes t = Timexes.of("Tokyo shares fell on Thursday, hit by overnight losses on Wall Street.", MONDAY);
    assertThat(t.value("Thursday")).isEqualTo("2023-03-09");
    assertThat(t.value("overnight")).isEqualTo("2023-03-08TNI");
    assertThat(Timexes.of("Rebels shelled the town overnight.", MONDAY).value("overnight")).isEqualTo("2023-03-12TNI");
  }
}
