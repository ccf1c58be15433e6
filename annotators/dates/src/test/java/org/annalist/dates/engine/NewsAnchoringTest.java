package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The specific news errors of issue 17, on sentences written for the test. */
class NewsAnchoringTest {

  @Test
  void thisMorningInAQuotedStatementIsTheMorningOfTheDayItWasMade() {
    String text = "Drones struck the base on Wednesday. A statement said: \"Our forces were attacked this morning "
        + "near the river.\" Officials said this morning that repairs had begun.";
    Timexes t = Timexes.of(text, "2022-01-07");
    assertThat(t.value("Wednesday")).isEqualTo("2022-01-05");
    assertThat(t.mentions).filteredOn(m -> text.substring(m.begin(), m.end()).equals("this morning"))
        .extracting(TimexMention::value).containsExactly("2022-01-05TMO", "2022-01-07TMO");
  }

  @Test
  void aDayEarlierAfterANamedDayIsADate() {
    Timexes t = Timexes.of("Rockets hit the camp on Wednesday. Guards had foiled an attack there a day earlier.",
        "2022-01-07");
    assertThat(t.get("a day earlier").type()).isEqualTo("DATE");
    assertThat(t.value("a day earlier")).isEqualTo("2022-01-04");
  }

  @Test
  void aWeekdayKeepsItsPartOfTheDay() {
    Timexes t = Timexes.of("The camp was hit with five rockets on Wednesday evening.", "2022-01-07");
    assertThat(t.value("Wednesday evening")).isEqualTo("2022-01-05TEV");
  }

  @Test
  void thePartOfANamedDay() {
    Timexes t = Timexes.of("On the night of April 18, 1775, troops marched out.", "2009-12-19");
    assertThat(t.value("the night of April 18, 1775")).isEqualTo("1775-04-18TNI");
  }
}
