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

  @Test
  void lastYearAfterAFigureIsTheTopicPeriodAYearBack() {
    Timexes t = Timexes.of("The company lost $2 million in the third quarter, compared with a loss of $3 million last year.",
        NOVEMBER);
    assertThat(t.value("last year")).isEqualTo("1988-Q3");
    assertThat(t.get("last year").rule()).isEqualTo("last-year-figure");
  }

  @Test
  void possessiveLastYearBeforeAnAmountIsTheTopicPeriodAYearBack() {
    Timexes t = Timexes.of("Third-quarter sales were $2.49 billion, up from last year's $2.34 billion.", NOVEMBER);
    assertThat(t.value("last year")).isEqualTo("1988-Q3");
  }

  @Test
  void lastYearAfterAFigureWithoutAReportedPeriodStaysTheYear() {
    Timexes t = Timexes.of("The company earned $3 million last year.", NOVEMBER);
    assertThat(t.value("last year")).isEqualTo("1988");
  }

  @Test
  void lastYearNotSetAgainstAFigureStaysTheYear() {
    Timexes t = Timexes.of("Net rose in the third quarter. The plant was closed last year.", NOVEMBER);
    assertThat(t.value("last year")).isEqualTo("1988");
  }

  @Test
  void correspondingPeriodLastYearIsOneExpression() {
    Timexes t = Timexes.of("The third-quarter loss compares with net of $1.8 million for the corresponding period last year.",
        NOVEMBER);
    assertThat(t.value("the corresponding period last year")).isEqualTo("1988-Q3");
    Timexes ago = Timexes.of("Profit rose in the second quarter from the comparable quarter a year earlier.", NOVEMBER);
    assertThat(ago.value("the comparable quarter a year earlier")).isEqualTo("1988-Q2");
  }

  @Test
  void quarterToQuarterNamesNoQuarter() {
    Timexes.of("The quarter-to-quarter comparison was also enhanced by charges.", NOVEMBER).assertNone();
  }

  @Test
  void aForecastPeriodIsNotThePeriodComparedWithAYearAgo() {
    Timexes t = Timexes.of("Bethlehem posted a drop in third-quarter profit. Analysts expect the trend to continue through "
        + "the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.", "1989-10-26");
    assertThat(t.value("the year-ago period")).isEqualTo("1988-Q3");
  }

  @Test
  void periodOfTheOrOfARelativeYear() {
    Timexes t = Timexes.of("It lost money in the first half of the year and in the fourth quarter of last year.", "2013-08-14");
    assertThat(t.value("the first half of the year")).isEqualTo("2013-H1");
    assertThat(t.value("the fourth quarter of last year")).isEqualTo("2012-Q4");
  }

  @Test
  void aYearEarlierThanAMonthOfTheSameSentenceIsThatMonthAYearBack() {
    Timexes t = Timexes.of("Exports fell in February from a year earlier.", "2013-03-14");
    assertThat(t.value("a year earlier")).isEqualTo("2012-02");
    assertThat(t.get("a year earlier").anchor()).isEqualTo("2013-02");
  }
}
