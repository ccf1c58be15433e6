package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates of undated documents, inferred from their own text. */
class DateInferenceTest {

  private static TimexRecognizer.Result infer(String text, String uri) {
    return Timexes.RECOGNIZER.recognize(text, List.of(new int[] {0, text.length()}), null, null, DocumentType.NEWS,
        true, uri);
  }

  @Test
  void anUpdatedLineDatesTheStoryAndRelativeDatesResolveAgainstIt() {
    String text = "Updated: March 4, 2021\nThe council met on Tuesday and will vote next week.";
    TimexRecognizer.Result result = infer(text, null);
    assertThat(result.inferred().date()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(result.inferred().confidence()).isBetween(0.8, 1.0);
    Timexes t = Timexes.found(text, result.mentions());
    assertThat(t.value("Tuesday")).isEqualTo("2021-03-02");
    assertThat(t.get("Tuesday").anchorSource()).isEqualTo("INFERRED");
    assertThat(t.get("Tuesday").anchor()).isEqualTo("2021-03-04");
  }

  @Test
  void aCaptionWithWeekdayAndDate() {
    String text = "Firefighters at the scene in Lyon, France, Friday, Oct. 8, 2021. (Photo)\n"
        + "The fire broke out on Friday and was put out on Saturday.";
    TimexRecognizer.Result result = infer(text, null);
    assertThat(result.inferred().date()).isEqualTo(LocalDate.of(2021, 10, 8));
  }

  @Test
  void aDatelineAndADateInTheAddress() {
    TimexRecognizer.Result dateline = infer("LYON, Oct. 8, 2021 -\nThe fire broke out on Friday.", null);
    assertThat(dateline.inferred().date()).isEqualTo(LocalDate.of(2021, 10, 8));
    TimexRecognizer.Result address = infer("The fire broke out on Friday.", "https://example.org/news/2021/10/08/fire");
    assertThat(address.inferred().date()).isEqualTo(LocalDate.of(2021, 10, 8));
    assertThat(Timexes.found("The fire broke out on Friday.", address.mentions()).value("Friday")).isEqualTo("2021-10-08");
    assertThat(infer("The fire broke out on Friday.", "file:///data/2021/10/08/fire.txt").inferred()).isNull();
  }

  @Test
  void anAnniversaryOfADateTheTextGivesMovedOverTheWeekdaysNamed() {
    String text = "Crowds marked the fifth anniversary Monday of the flood of March 2, 2015. "
        + "More gathered on Tuesday, and on Wednesday the city held a service.";
    TimexRecognizer.Result result = infer(text, null);
    assertThat(result.inferred().date()).isEqualTo(LocalDate.of(2020, 3, 4));
    assertThat(result.inferred().confidence()).isLessThan(0.8);
    assertThat(Timexes.found(text, result.mentions()).value("Monday")).isEqualTo("2020-03-02");
  }

  @Test
  void disagreeingEvidenceGivesNoDate() {
    String text = "Updated: March 4, 2021\nPhoto: the square on Monday, Oct. 4, 2021.";
    assertThat(infer(text, null).inferred()).isNull();
    assertThat(infer("Updated: March 4, 2021\nThe fire.", "https://example.org/2021/10/08/fire").inferred()).isNull();
  }

  @Test
  void withoutEvidenceNothingIsGuessedAndTodayIsNeverUsed() {
    String text = "The council met on Tuesday. The plan dates from 2015.";
    TimexRecognizer.Result result = infer(text, null);
    assertThat(result.inferred()).isNull();
    Timexes t = Timexes.found(text, result.mentions());
    assertThat(t.value("Tuesday")).isEqualTo("XXXX-WXX-2");
    assertThat(t.get("Tuesday").anchorSource()).isEqualTo("UNRESOLVED");
  }
}
