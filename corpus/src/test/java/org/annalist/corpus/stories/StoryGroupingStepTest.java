package org.annalist.corpus.stories;

import static org.annalist.corpus.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.Docs;
import org.annalist.corpus.bench.StoryCorpusGenerator;
import org.junit.jupiter.api.Test;

class StoryGroupingStepTest {

  private final StoryGroupingStep step = new StoryGroupingStep();

  private static final String FLOOD = "Flash floods swept through the old market of Erbil after a night of torrential rain,"
      + " cutting power to thousands of homes; rescue teams pulled families from flooded basements and the governor"
      + " declared an emergency as the river burst its banks near the citadel.";
  private static final String FLOOD_2 = "Rescue teams in Erbil pulled families from flooded basements on Thursday after"
      + " torrential rain and flash floods hit the old market; the governor declared an emergency and power was cut"
      + " as the river burst its banks.";
  private static final String SUMMIT = "Ministers from forty countries met in Paris to sign a treaty on shared rivers,"
      + " promising new funds for dams, irrigation canals and drought monitoring across the basin.";

  @Test
  void reportsOfOneEventAreOneStoryWithLabelSpanPlacesAndSpeakers() {
    List<CorpusDocument> documents = List.of(
        doc("flood-a").title("Flash floods hit Erbil market").published("2024-04-03").text(FLOOD).place("Erbil", 95446)
            .quote("The water rose faster than anyone expected", "Dilshad Omar").build(),
        doc("flood-b").published("2024-04-04").text(FLOOD_2).place("Erbil", 95446)
            .quote("We have opened three shelters", "Omar Bakr").build(),
        doc("summit").title("River treaty signed").published("2024-04-03").text(SUMMIT).place("Paris", 2988507).build());

    List<CorpusGroup> stories = step.group(documents, List.of());

    assertThat(stories).hasSize(2);
    CorpusGroup flood = stories.stream().filter(s -> s.documents().contains("flood-a")).findFirst().orElseThrow();
    assertThat(flood.kind()).isEqualTo("stories");
    assertThat(flood.documents()).containsExactly("flood-a", "flood-b");
    assertThat(flood.label()).isEqualTo("Flash floods hit Erbil market");
    assertThat(flood.details()).containsEntry("from", "2024-04-03").containsEntry("to", "2024-04-04");
    assertThat(Docs.field(flood.details().get("places"), "name")).containsExactly("Erbil");
    assertThat(Docs.field(flood.details().get("speakers"), "name"))
        .containsExactlyInAnyOrder("Dilshad Omar", "Omar Bakr");
  }

  @Test
  void theSameKindOfEventMonthsApartIsTwoStories() {
    List<CorpusGroup> stories = step.group(List.of(
        doc("april").published("2024-04-03").text(FLOOD).place("Erbil", 95446).build(),
        doc("october").published("2024-10-20").text(FLOOD_2).place("Erbil", 95446).build()), List.of());

    assertThat(stories).hasSize(2);
  }

  @Test
  void anUndatedReportJoinsOnlyOnStrongContentOrASharedEventDay() {
    CorpusDocument dated = doc("dated").published("2024-04-03").text(FLOOD).place("Erbil", 95446).day("2024-04-02").build();
    CorpusDocument undatedCopy = doc("undated-copy").text(FLOOD + " Officials counted the damage.").place("Erbil", 95446).build();
    CorpusDocument undatedOther = doc("undated-other").text(SUMMIT).build();

    List<CorpusGroup> stories = step.group(List.of(dated, undatedCopy, undatedOther), List.of());

    assertThat(stories).hasSize(2);
    assertThat(stories).anySatisfy(s -> assertThat(s.documents()).containsExactly("dated", "undated-copy"));
    CorpusGroup copy = stories.stream().filter(s -> s.documents().contains("undated-copy")).findFirst().orElseThrow();
    assertThat(copy.members()).anySatisfy(m -> assertThat(m).containsEntry("document", "undated-copy").containsEntry("day", null));
  }

  @Test
  void aLaterRunJoinsExistingStoriesOrOpensNewOnesAndKeepsIds() {
    List<CorpusGroup> first = step.group(List.of(
        doc("flood-a").title("Flash floods hit Erbil market").published("2024-04-03").text(FLOOD).place("Erbil", 95446).build(),
        doc("summit").published("2024-04-03").text(SUMMIT).place("Paris", 2988507).build()), List.of());
    assertThat(first).hasSize(2);

    List<CorpusGroup> second = step.group(List.of(
        doc("flood-b").published("2024-04-05").text(FLOOD_2).place("Erbil", 95446).build(),
        doc("other").published("2024-04-05").text("A new football stadium opened in Basra with a concert and fireworks.").build()),
        first);

    assertThat(second).hasSize(3);
    assertThat(second).extracting(CorpusGroup::id).containsAll(first.stream().map(CorpusGroup::id).toList());
    CorpusGroup flood = second.stream().filter(s -> s.documents().contains("flood-a")).findFirst().orElseThrow();
    assertThat(flood.documents()).containsExactly("flood-a", "flood-b");
    assertThat(flood.details()).containsEntry("to", "2024-04-05");
    // the same documents again change nothing
    assertThat(step.group(List.of(doc("flood-b").published("2024-04-05").text(FLOOD_2).build()), second))
        .extracting(CorpusGroup::documents).containsExactlyInAnyOrderElementsOf(second.stream().map(CorpusGroup::documents).toList());
  }

  @Test
  void oneDocumentEmptyTextsAndNoDatesOrPlaces() {
    assertThat(step.group(List.of(doc("alone").text(FLOOD).build()), List.of())).singleElement()
        .satisfies(s -> assertThat(s.documents()).containsExactly("alone"));
    List<CorpusDocument> empty = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      empty.add(doc("empty-" + i).text(i % 2 == 0 ? "" : "   ").build());
    }
    List<CorpusGroup> stories = step.group(empty, List.of());
    // an empty document says nothing about its event: a story of its own, never a shared one
    assertThat(stories).hasSize(1000).allSatisfy(s -> assertThat(s.documents()).hasSize(1));
    assertThat(step.group(List.of(), List.of())).isEmpty();
  }

  @Test
  void tenThousandIdenticalDocumentsAreOneStory() {
    List<CorpusDocument> copies = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      copies.add(doc(String.format("copy-%05d", i)).published("2024-04-03").text(FLOOD).place("Erbil", 95446).build());
    }
    List<CorpusGroup> stories = step.group(copies, List.of());
    assertThat(stories).singleElement().satisfies(s -> assertThat(s.documents()).hasSize(10_000));
  }

  @Test
  void aGeneratedCorpusWithHardNegativesIsNotOneStory() {
    StoryCorpusGenerator corpus = new StoryCorpusGenerator(3000, 7);
    List<CorpusGroup> stories = step.group(corpus.documents(), List.of());
    StoryEvaluation.Scores scores = StoryEvaluation.score(stories, corpus.gold());

    assertThat(scores.unpredicted()).isZero();
    assertThat(scores.predictedStories()).isGreaterThan(scores.goldStories() * 9 / 10);
    assertThat(scores.bcubedF1()).isGreaterThan(0.9);
    assertThat(scores.pairPrecision()).isGreaterThan(0.8);
  }
}
