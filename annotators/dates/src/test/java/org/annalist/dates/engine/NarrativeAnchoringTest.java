package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference time that moves with the text: narrative anchoring and the news/narrative decision. */
class NarrativeAnchoringTest {

  private static final String HISTORY = "The war began in 1939. In 1942, the army crossed the river. In June, it "
      + "reached the coast, and on 14 June the port fell. That autumn the front held. The following year the "
      + "offensive resumed, and by 1944 the city was free. On 3 March 1945 the last battle began. Two days later "
      + "it was over. The treaty of 1947 confirmed it. Historians today still argue about it.";

  private static Timexes read(String text, String dct, DocumentType type) {
    TimexRecognizer.Result result = Timexes.RECOGNIZER.recognize(text, List.of(new int[] {0, text.length()}),
        dct == null ? null : LocalDate.parse(dct), "DCT", type, false, null);
    return Timexes.found(text, result.mentions());
  }

  @Test
  void monthsAndDaysWithoutAYearTakeTheYearTheNarrativeReached() {
    Timexes t = read(HISTORY, "2009-12-19", DocumentType.NARRATIVE);
    assertThat(t.value("June")).isEqualTo("1942-06");
    assertThat(t.value("14 June")).isEqualTo("1942-06-14");
    assertThat(t.value("That autumn")).isEqualTo("1942-FA");
    assertThat(t.value("The following year")).isEqualTo("1943");
    assertThat(t.value("Two days later")).isEqualTo("1945-03-05");
    assertThat(t.get("June").anchorSource()).isEqualTo("CONTEXT");
  }

  @Test
  void aYearNamedInPassingDoesNotMoveTheYearOfTheNextMonth() {
    String text = "In 1975 the rebels prepared. On 10 March 1975 they attacked the town. The general had "
        + "hoped to hold it until a planned offensive in 1976. The garrison collapsed on 11 March. By 1977 "
        + "the country was at peace. In 1978, the army rebuilt its bases. In June, new units arrived.";
    Timexes t = read(text, "2009-12-19", DocumentType.NARRATIVE);
    assertThat(t.value("11 March")).isEqualTo("1975-03-11");
    // a year that opens its sentence moves the narrative, whatever came before it
    assertThat(t.value("June")).isEqualTo("1978-06");
  }

  @Test
  void deicticWordsInANarrativeStillMeanTheWritersDay() {
    Timexes t = read(HISTORY, "2009-12-19", DocumentType.NARRATIVE);
    assertThat(t.value("today")).isEqualTo("2009-12-19");
    assertThat(t.get("today").anchorSource()).isEqualTo("DCT");
  }

  @Test
  void newsModeKeepsThePublicationDateAsTheAnchor() {
    Timexes t = read(HISTORY, "2009-12-19", DocumentType.NEWS);
    assertThat(t.value("June")).isEqualTo("2009-06");
  }

  @Test
  void autoReadsAHistoryAsANarrativeAndAWireStoryAsNews() {
    // one "today" among five explicit years is already too much of the writer's present for a narrative
    String plain = HISTORY.replace(" Historians today still argue about it.", "");
    TimexRecognizer.Result history = Timexes.RECOGNIZER.recognize(plain, List.of(new int[] {0, plain.length()}),
        LocalDate.of(2009, 12, 19), "DCT", DocumentType.AUTO, false, null);
    assertThat(history.documentType()).isEqualTo(DocumentType.NARRATIVE);
    assertThat(history.documentTypeEvidence()).contains("explicit years");
    String news = "Rockets hit the base on Wednesday, officials said yesterday. Last week two drones were shot "
        + "down. The attacks recall those of 2020 and 2019, and a raid in 2015, 2016 and 2017.";
    TimexRecognizer.Result wire = Timexes.RECOGNIZER.recognize(news, List.of(new int[] {0, news.length()}),
        LocalDate.of(2022, 1, 7), "DCT", DocumentType.AUTO, false, null);
    assertThat(wire.documentType()).isEqualTo(DocumentType.NEWS);
    assertThat(Timexes.found(news, wire.mentions()).value("Wednesday")).isEqualTo("2022-01-05");
  }

  @Test
  void aMonthRangeTakesTheYearOfItsOtherEnd() {
    Timexes t = Timexes.of("During Operation Glory (July-November 1954) remains were exchanged.", "2009-12-19");
    assertThat(t.value("July")).isEqualTo("1954-07");
    Timexes days = Timexes.of("The battle (22-25 April 1951) and talks on March 5-9, 1918 followed.", "2009-12-19");
    assertThat(days.value("22")).isEqualTo("1951-04-22");
    assertThat(days.value("March 5")).isEqualTo("1918-03-05");
    assertThat(days.value("9, 1918")).isEqualTo("1918-03-09");
  }

  @Test
  void aPlannedYearDoesNotMoveTheNarrative() {
    String text = "On 10 March 1975 the town fell. It was meant to prepare a campaign planned for 1976. "
        + "On 11 March the garrison surrendered.";
    Timexes t = read(text, "2009-12-19", DocumentType.NARRATIVE);
    assertThat(t.value("11 March")).isEqualTo("1975-03-11");
  }

  @Test
  void theFallOfACityIsNoSeason() {
    Timexes t = Timexes.of("After the fall of Paris the government left. In the fall of 1944 it returned.", "2009-12-19");
    assertThat(t.covered()).doesNotContain("the fall");
    assertThat(t.value("the fall of 1944")).isEqualTo("1944-FA");
  }
}
