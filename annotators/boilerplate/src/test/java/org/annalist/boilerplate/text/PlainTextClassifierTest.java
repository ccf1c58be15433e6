package org.annalist.boilerplate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.annalist.boilerplate.Reason;
import org.junit.jupiter.api.Test;

class PlainTextClassifierTest {

  static final String TEXT = String.join("\n",
      " date 2021-05-06 Skip to main content",
      "News",
      "Harbour wall to be rebuilt after storms",
      "",
      "The council voted on Tuesday to rebuild the old harbour wall, which collapsed during the winter storms.",
      "Photo: AFP / Harbour",
      "Advertisement",
      "Work will start in the spring, the mayor said, and should take two years to complete.",
      "Recommended Videos",
      "Fishermen welcomed the decision but warned that the delay had already cost them a season.",
      "Copyright 2021 The Coast Gazette. All rights reserved.",
      "STORM BILL: Insurers said on Monday that the damage caused by the winter storms along the coast had "
          + "reached ten million euros, twice the first estimate, and that claims were still coming in from",
      "Loading...",
      "Comments are closed.");

  @Test
  void keepsTheBodyAndDropsFurniture() {
    PlainTextResult result = new PlainTextClassifier().classify(TEXT);
    String content = result.segments().stream().filter(TextSegment::content)
        .map(s -> TEXT.substring(s.begin(), s.end())).collect(Collectors.joining("\n"));
    assertThat(content).isEqualTo(String.join("\n",
        "The council voted on Tuesday to rebuild the old harbour wall, which collapsed during the winter storms.",
        "Work will start in the spring, the mayor said, and should take two years to complete.",
        "Fishermen welcomed the decision but warned that the delay had already cost them a season."));
  }

  @Test
  void givesReasonsAndReadsTitleAndDateLine() {
    PlainTextResult result = new PlainTextClassifier().classify(TEXT);
    assertThat(reasonOf(result, TEXT, "date 2021-05-06")).isEqualTo(Reason.DATE_LINE);
    assertThat(reasonOf(result, TEXT, "Skip to main content")).isEqualTo(Reason.NAVIGATION);
    assertThat(reasonOf(result, TEXT, "News")).isEqualTo(Reason.NAVIGATION);
    assertThat(reasonOf(result, TEXT, "Photo: AFP")).isEqualTo(Reason.CAPTION);
    assertThat(reasonOf(result, TEXT, "Advertisement")).isEqualTo(Reason.ADVERTISEMENT);
    assertThat(reasonOf(result, TEXT, "Recommended Videos")).isEqualTo(Reason.RELATED_CONTENT);
    assertThat(reasonOf(result, TEXT, "Copyright 2021")).isEqualTo(Reason.COPYRIGHT);
    assertThat(reasonOf(result, TEXT, "STORM BILL")).isEqualTo(Reason.RELATED_CONTENT);
    assertThat(reasonOf(result, TEXT, "Comments are closed.")).isEqualTo(Reason.COMMENTS);
    assertThat(result.metadata().title()).isEqualTo("Harbour wall to be rebuilt after storms");
    assertThat(result.metadata().date()).isEqualTo("2021-05-06");
    assertThat(result.metadata().dateSource()).isEqualTo("date-line");
  }

  @Test
  void captionsEndingInAPhotoCreditAreDropped() {
    String caption = "Mourners attend a ceremony in Baghdad's Green Zone, Iraq, on Wednesday, Jan. 5, "
        + "2022, to mark the second anniversary of the deaths of two commanders. (AP Photo/Ali Abdul Hassan)";
    String text = "The first paragraph of the story says what happened and where it happened today.\n"
        + caption + "\nThe second paragraph adds more detail about the people who were involved in it.";
    PlainTextResult result = new PlainTextClassifier().classify(text);
    assertThat(reasonOf(result, text, "Mourners")).isEqualTo(Reason.CAPTION);
  }

  @Test
  void emptyAndBlankTextsGiveNoSegments() {
    assertThat(new PlainTextClassifier().classify("").segments()).isEmpty();
    assertThat(new PlainTextClassifier().classify(" \n\n \t").segments()).isEmpty();
    assertThat(new PlainTextClassifier().classify(null).segments()).isEmpty();
  }

  @Test
  void aHundredMegabyteTextIsClassifiedWhole() {
    String line = "The council voted on Tuesday to rebuild the old harbour wall after the storms.\n";
    String text = line.repeat(100_000_000 / line.length());
    List<TextSegment> segments = new PlainTextClassifier().classify(text).segments();
    assertThat(segments).hasSize(100_000_000 / line.length());
  }

  private static Reason reasonOf(PlainTextResult result, String text, String prefix) {
    return result.segments().stream()
        .filter(s -> text.substring(s.begin(), s.end()).startsWith(prefix))
        .findFirst().map(TextSegment::reason)
        .orElseThrow(() -> new AssertionError("no segment starts with " + prefix));
  }
}
