package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which side of the DCT a weekday falls on when the clause is scheduled or attributed. */
class TenseCuesTest {

  static final String FRIDAY = "2022-01-07";
  static final String WEDNESDAY = "2022-01-05";

  @Test
  void beToVerbIsAScheduledFuture() {
    assertThat(Timexes.of("The ministers are to meet in Vienna on Monday.", FRIDAY).value("Monday"))
        .isEqualTo("2022-01-10");
  }

  @Test
  void setToVerbIsAScheduledFuture() {
    assertThat(Timexes.of("The peace talks, set to resume Monday in Belfast, were delayed.", FRIDAY)
        .value("Monday")).isEqualTo("2022-01-10");
  }

  @Test
  void wonIsThePastOfWinButWontAFuture() {
    assertThat(Timexes.of("He won in November.", FRIDAY).value("November")).isEqualTo("2021-11");
    assertThat(Timexes.of("He won't leave until November.", FRIDAY).value("November")).isEqualTo("2022-11");
  }

  @Test
  void setForADateIsAScheduledFuture() {
    assertThat(Timexes.of("The hearing is set for 10 a.m. Monday.", FRIDAY).value("10 a.m. Monday"))
        .isEqualTo("2022-01-10T10:00");
    assertThat(Timexes.of("The talks had been set for Monday.", FRIDAY).value("Monday")).isEqualTo("2022-01-03");
  }

  @Test
  void wasToDoesNotMakeAFuture() {
    assertThat(Timexes.of("The team was to travel Monday but the trip was cancelled.", FRIDAY).value("Monday"))
        .isEqualTo("2022-01-03");
  }

  @Test
  void attributionAfterAQuoteDoesNotSetTheTense() {
    Timexes t = Timexes.of("``He will leave at 4 in the morning (4 a.m. EDT Thursday),'' the president said.", WEDNESDAY);
    assertThat(t.value("4 a.m. EDT Thursday")).isEqualTo("2022-01-06T04:00");
  }

  @Test
  void reportingVerbBeforeTheDayStillCounts() {
    assertThat(Timexes.of("The ministry said Tuesday that the border was closed.", FRIDAY).value("Tuesday"))
        .isEqualTo("2022-01-04");
  }

  @Test
  void attributionDoesNotHideAPastClause() {
    assertThat(Timexes.of("The rebels attacked the town on Tuesday, officials said.", FRIDAY).value("Tuesday"))
        .isEqualTo("2022-01-04");
  }

  @Test
  void aReportingVerbThatTakesAnObjectIsTheClauseVerb() {
    // "announced plans" is the verb of the clause of "In September": past, not the future of "plans"
    assertThat(Timexes.of("In September, the company announced plans to buy a rival.", "1989-10-30")
        .value("September")).isEqualTo("1989-09");
  }

  @Test
  void aDeadlineLiesAheadUnlessTheClauseBeforeItIsPast() {
    assertThat(Timexes.of("The airline will double its flights by August in a search for untouched markets.", "1998-02-13")
        .value("August")).isEqualTo("1998-08");
    assertThat(Timexes.of("Talks that are supposed to conclude by May resumed.", "1998-03-22").value("May"))
        .isEqualTo("1998-05");
    assertThat(Timexes.of("The agency has given the family until 9 a.m. Tuesday to sign a paper.", "2000-04-03")
        .value("9 a.m. Tuesday")).isEqualTo("2000-04-04T09:00");
    assertThat(Timexes.of("Until Thursday, the police had not called him a suspect.", FRIDAY).value("Thursday"))
        .isEqualTo("2022-01-06");
    assertThat(Timexes.of("The court ordered the boy returned by Jan. 14 at the latest.", "2000-01-15").value("Jan. 14"))
        .isEqualTo("2000-01-14");
    assertThat(Timexes.of("Most members had filed their reports by November.", "1990-08-15").value("November"))
        .isEqualTo("1989-11");
  }

  @Test
  void anIntentionToActPointsForward() {
    assertThat(Timexes.of("They did not plan to remove him on Thursday even if talks collapsed.", WEDNESDAY)
        .value("Thursday")).isEqualTo("2022-01-06");
  }

  @Test
  void aPostponementPointsForwardEvenInThePast() {
    assertThat(Timexes.of("Officials postponed until Tuesday any action on the permit.", FRIDAY).value("Tuesday"))
        .isEqualTo("2022-01-11");
  }

  @Test
  void anInfinitiveGovernsTheDateAfterItNotBeforeIt() {
    Timexes t = Timexes.of("On Friday, the government planned to pay the victims. The team planned to leave on Thursday.",
        "1998-09-30");
    assertThat(t.value("Friday")).isEqualTo("1998-09-25");
    assertThat(t.value("Thursday")).isEqualTo("1998-10-01");
  }

  @Test
  void aPossessiveWeekdayNamesAnEventAlreadyReported() {
    Timexes t = Timexes.of("Exiles said they would try to overturn Wednesday's ruling. They will meet on Wednesday.", FRIDAY);
    assertThat(t.mentions.get(0).value()).isEqualTo("2022-01-05");
    assertThat(t.mentions.get(1).value()).isEqualTo("2022-01-12");
  }

  @Test
  void aPlanInThePastPerfectLiesBehind() {
    assertThat(Timexes.of("The offer had been due to expire Wednesday; it was extended.", FRIDAY).value("Wednesday"))
        .isEqualTo("2022-01-05");
    assertThat(Timexes.of("The offer is due to expire Wednesday.", FRIDAY).value("Wednesday")).isEqualTo("2022-01-12");
  }

  @Test
  void barePresentOfAScheduledEventPointsAhead() {
    assertThat(Timexes.of("The two leaders meet separately Monday with the envoy.", FRIDAY).value("Monday"))
        .isEqualTo("2022-01-10");
    assertThat(Timexes.of("The trial opens on Tuesday in Boston.", FRIDAY).value("Tuesday")).isEqualTo("2022-01-11");
  }

  @Test
  void pastOrNegatedSchedulingVerbsDoNotPointAhead() {
    assertThat(Timexes.of("The two leaders did not meet Monday.", FRIDAY).value("Monday")).isEqualTo("2022-01-03");
    assertThat(Timexes.of("The markets were open Monday.", FRIDAY).value("Monday")).isEqualTo("2022-01-03");
  }

  @Test
  void nounsSpelledLikeSchedulingVerbsDoNotPointAhead() {
    assertThat(Timexes.of("Iran's space launch on Thursday failed to reach orbit.", FRIDAY).value("Thursday"))
        .isEqualTo("2022-01-06");
  }

  @Test
  void coordinatedNamesAreAPluralSubject() {
    assertThat(Timexes.of("Prime Minister Netanyahu and Palestinian leader Arafat meet separately Monday.", FRIDAY)
        .value("Monday")).isEqualTo("2022-01-10");
  }

  @Test
  void attributiveParticipleIsNotAPastVerb() {
    assertThat(Timexes.of("The dividend would be paid on a still unspecified date in March.", "2021-10-26")
        .value("March")).isEqualTo("2022-03");
  }

  @Test
  void extendingThroughAMonthMovesItLater() {
    assertThat(Timexes.of("Lenders have extended the company $90 million in loans through January.", "2021-10-30")
        .value("January")).isEqualTo("2022-01");
  }

  @Test
  void whatWasPlannedLiesAheadOfThePlanning() {
    assertThat(Timexes.of("Farmers planned a march through the capital on Sunday.", FRIDAY).value("Sunday"))
        .isEqualTo("2022-01-09");
    assertThat(Timexes.of("The march took place as planned Sunday.", FRIDAY).value("Sunday"))
        .isEqualTo("2022-01-02");
    assertThat(Timexes.of("Farmers had planned a march on Sunday.", FRIDAY).value("Sunday"))
        .isEqualTo("2022-01-02");
  }
}
