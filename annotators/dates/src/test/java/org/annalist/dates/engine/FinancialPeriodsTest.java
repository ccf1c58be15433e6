package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Periods named through a relative year ("this year's third quarter"). */
class FinancialPeriodsTest {

  static final String NOVEMBER = "1989-11-01";

  @Test
  void ordinalQuarterOfARelativeYear() {
    Timexes t = Timexes.of("Sales for this year's third quarter fell, and a recovery is seen in next year's first half.", NOVEMBER);
    assertThat(t.value("this year's third quarter")).isEqualTo("1989-Q3");
    assertThat(t.value("next year's first half")).isEqualTo("1990-H1");
  }

  @Test
  void periodFollowedByYearsAgoIsOneExpressionForTheEarlierPeriod() {
    Timexes t = Timexes.of("Columbia lost money in the third quarter. For the quarter a year ago, it earned $16 million.", NOVEMBER);
    assertThat(t.value("the quarter a year ago")).isEqualTo("1988-Q3");
    assertThat(t.value("the third quarter")).isEqualTo("1989-Q3");
  }

  @Test
  void bareQuarterOfLastYearIsTheTopicQuarterAYearBack() {
    Timexes t = Timexes.of("Profit rose in the third quarter. Sales for last year's quarter were $3 million.", NOVEMBER);
    assertThat(t.value("last year's quarter")).isEqualTo("1988-Q3");
  }

  @Test
  void possessiveYearWithoutAPeriodStaysAYear() {
    assertThat(Timexes.of("Last year's results were hurt by charges.", NOVEMBER).value("Last year")).isEqualTo("1988");
  }

  @Test
  void theLatestQuarterIsOverSoNotACurrentQuarterJustMentioned() {
    Timexes t = Timexes.of("Profit should recover in the fourth quarter. In the latest quarter, the insurer lost $23 million.",
        "1989-11-02");
    assertThat(t.value("the fourth quarter")).isEqualTo("1989-Q4");
    assertThat(t.value("the latest quarter")).isEqualTo("1989-Q3");
  }

  @Test
  void theLatestQuarterFollowsAReportedQuarter() {
    Timexes t = Timexes.of("Net fell in the second quarter. In the latest quarter, the insurer lost $23 million.", "1989-11-02");
    assertThat(t.value("the latest quarter")).isEqualTo("1989-Q2");
  }
}
