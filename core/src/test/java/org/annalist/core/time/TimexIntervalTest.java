package org.annalist.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexIntervalTest {

  private static String of(String value) {
    TimexInterval interval = TimexInterval.of(value);
    return interval == null ? null : interval.first() + ".." + interval.last();
  }

  @Test
  void calendarUnits() {
    assertThat(of("2022-01-05")).isEqualTo("2022-01-05..2022-01-05");
    assertThat(of("2022-01-05T14:30")).isEqualTo("2022-01-05..2022-01-05");
    assertThat(of("2024-02")).isEqualTo("2024-02-01..2024-02-29");
    assertThat(of("2022-W01")).isEqualTo("2022-01-03..2022-01-09");
    assertThat(of("2022-W01-WE")).isEqualTo("2022-01-08..2022-01-09");
    assertThat(of("2021-Q4")).isEqualTo("2021-10-01..2021-12-31");
    assertThat(of("2021-H1")).isEqualTo("2021-01-01..2021-06-30");
    assertThat(of("2020")).isEqualTo("2020-01-01..2020-12-31");
    assertThat(of("199")).isEqualTo("1990-01-01..1999-12-31");
  }

  @Test
  void valuesWithoutAnInterval() {
    assertThat(of("P2Y")).isNull();
    assertThat(of("PRESENT_REF")).isNull();
    assertThat(of("XXXX-01-05")).isNull();
    assertThat(of("2022-13-01")).isNull();
    assertThat(of("2022-02-30")).isNull();
    assertThat(of(null)).isNull();
    assertThat(of("9".repeat(100_000))).isNull();
  }

  @Test
  void publishedDay() {
    assertThat(TimexInterval.dayOf("2022-01-07T10:15:00Z")).isEqualTo("2022-01-07");
    assertThat(TimexInterval.dayOf("2022-01-07")).isEqualTo("2022-01-07");
    assertThat(TimexInterval.dayOf("2022-01")).isNull();
    assertThat(TimexInterval.dayOf("January 7")).isNull();
  }
}
