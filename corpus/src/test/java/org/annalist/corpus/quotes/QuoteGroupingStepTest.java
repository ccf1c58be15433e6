package org.annalist.corpus.quotes;

import static org.annalist.corpus.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.junit.jupiter.api.Test;

class QuoteGroupingStepTest {

  private final QuoteGroupingStep step = new QuoteGroupingStep();

  private static final String FULL = "We have been very clear with the government about how seriously we take the safety of our people.";

  @Test
  void aTrimmedRequotedAndReEllipsedQuoteIsOneGroupWithTheEarliestSourceFirst() {
    List<CorpusDocument> documents = List.of(
        doc("late").published("2024-03-05").quote("\u201cWe\u2019ve been very clear with the government about how seriously we take the safety of our people,\u201d", "Ann Lee").build(),
        doc("early").published("2024-03-01").quote(FULL, "Ann Lee", "spokeswoman").build(),
        doc("trimmed").published("2024-03-02").quote("how seriously we take the safety of our people", null).build(),
        doc("elided").published("2024-03-03").quote("We have been very clear ... about how seriously we take the safety of our people", "Lee").build(),
        doc("other").published("2024-03-02").quote("The market will reopen on Monday after the storm has passed, officials said.", "Ann Lee").build());

    List<CorpusGroup> groups = step.group(documents, List.of());

    assertThat(groups).hasSize(1);
    CorpusGroup group = groups.get(0);
    assertThat(group.kind()).isEqualTo("quotes");
    assertThat(group.id()).startsWith("quotes-");
    assertThat(group.documents()).containsExactly("early", "trimmed", "elided", "late");
    assertThat(group.label()).isEqualTo(FULL);
    assertThat(group.details()).containsEntry("speaker", "Ann Lee").containsEntry("speakerRole", "spokeswoman")
        .containsEntry("firstPublished", "2024-03-01");
    assertThat(group.members()).extracting(m -> m.get("document")).containsExactly("early", "trimmed", "elided", "late");
  }

  @Test
  void aPartialQuoteIsNotJoinedToTheSameWordsOfAnotherNamedSpeaker() {
    List<CorpusGroup> groups = step.group(List.of(
        doc("a").published("2024-01-01").quote("We will not stand by while our country is attacked again", "John Smith").build(),
        doc("b").published("2024-01-01").quote("we will not stand by while our country is attacked", "Jane Doe").build(),
        doc("c").published("2024-01-02").quote("We will not stand by while our country is attacked again", "Smith").build()),
        List.of());

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).documents()).containsExactly("a", "c");
    assertThat(groups.get(0).details()).containsEntry("speaker", "John Smith");
  }

  @Test
  void identicalWordsKeepEverySpeakerTheyWereGiven() {
    List<CorpusGroup> groups = step.group(List.of(
        doc("a").published("2024-01-01").quote("Nobody was hurt in the attack on the base", "John Smith").build(),
        doc("b").published("2024-01-01").quote("Nobody was hurt in the attack on the base.", "Jane Doe").build()),
        List.of());

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).details().get("speakers")).asList().containsExactlyInAnyOrder("John Smith", "Jane Doe");
  }

  @Test
  void quotesInOneDocumentOnlyMakeNoGroup() {
    assertThat(step.group(List.of(doc("a").quote(FULL, "Ann Lee").quote("Another thing entirely, said twice here", "Ann Lee").build()), List.of()))
        .isEmpty();
  }

  @Test
  void aLaterRunJoinsTheEarlierGroupAndKeepsItsId() {
    List<CorpusGroup> first = step.group(List.of(
        doc("a").published("2024-01-01").quote(FULL, "Ann Lee").build(),
        doc("b").published("2024-01-02").quote(FULL, "Ann Lee").build()), List.of());
    assertThat(first).hasSize(1);

    List<CorpusGroup> second = step.group(List.of(
        doc("c").published("2024-01-03").quote("how seriously we take the safety of our people", "Lee").build()), first);

    assertThat(second).hasSize(1);
    assertThat(second.get(0).id()).isEqualTo(first.get(0).id());
    assertThat(second.get(0).documents()).containsExactly("a", "b", "c");
  }

  @Test
  void tenThousandIdenticalDocumentsAreOneGroupAndEmptyQuotesNone() {
    List<CorpusDocument> documents = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      documents.add(doc(String.format("copy-%05d", i)).published("2024-02-01").quote(FULL, "Ann Lee").quote("", null).build());
    }
    documents.add(doc("empty").build());

    List<CorpusGroup> groups = step.group(documents, List.of());

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).documents()).hasSize(10_000).startsWith("copy-00000");
  }
}
