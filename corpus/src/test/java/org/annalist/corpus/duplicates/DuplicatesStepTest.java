package org.annalist.corpus.duplicates;

import static org.annalist.corpus.TestTexts.article;
import static org.annalist.corpus.TestTexts.cut;
import static org.annalist.corpus.TestTexts.document;
import static org.annalist.corpus.TestTexts.edited;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.StageContext;
import org.junit.jupiter.api.Test;

class DuplicatesStepTest {

  private final DuplicatesStep step = new DuplicatesStep();

  @Test
  void groupsCopiesOfOneArticleAndNotOtherArticles() {
    String story = article(1, 400);
    List<CorpusDocument> documents = List.of(
        document("wire", "2022-01-05", story),
        document("outlet-a", "2022-01-06", "Advertisement\n\n" + story + "\n\nShare this article"),
        document("outlet-b", "2022-01-06", edited(story, 25, 7)),
        document("outlet-c", "2022-01-07", cut(story, 0.6)),
        document("other", "2022-01-05", article(2, 400)),
        document("another", "2022-01-06", article(3, 300)));

    List<CorpusGroup> groups = step.group(documents, List.of());

    assertThat(groups).hasSize(1);
    CorpusGroup group = groups.get(0);
    assertThat(group.kind()).isEqualTo("duplicates");
    assertThat(group.id()).startsWith("duplicates-");
    assertThat(group.documents()).containsExactly("wire", "outlet-a", "outlet-b", "outlet-c");
    assertThat(group.details()).containsEntry("canonical", "wire").containsEntry("exact", false);
    assertThat(group.label()).isEqualTo("title of wire");
    Map<String, Object> cutCopy = group.members().get(3);
    assertThat(cutCopy).containsEntry("document", "outlet-c").containsEntry("exact", false);
    assertThat((Double) cutCopy.get("similarity")).isBetween(0.45, 0.75);
  }

  @Test
  void canonicalIsTheEarliestThenTheLongest() {
    String story = article(4, 300);
    List<CorpusDocument> documents = List.of(
        document("short-early", "2022-01-05", cut(story, 0.75)),
        document("long-early", "2022-01-05", story),
        document("undated", null, story + " " + article(5, 20)),
        document("late", "2022-02-01", story));

    CorpusGroup group = step.group(documents, List.of()).get(0);

    assertThat(group.documents()).containsExactly("long-early", "short-early", "late", "undated");
    assertThat(group.members().get(2)).containsEntry("exact", true).containsEntry("similarity", 1.0);
  }

  @Test
  void exactCopiesUpToCaseAndPunctuationAreExact() {
    List<CorpusDocument> documents = List.of(
        document("a", "2022-01-05", "Rockets hit the base, officials said."),
        document("b", "2022-01-05", "ROCKETS hit the base -- officials said!"));

    CorpusGroup group = step.group(documents, List.of()).get(0);

    assertThat(group.details()).containsEntry("exact", true);
  }

  @Test
  void aLaterRunJoinsNewDocumentsToTheEarlierGroupsKeepingTheirIds() {
    String story = article(6, 300);
    String other = article(7, 300);
    List<CorpusDocument> first = new ArrayList<>(List.of(
        document("a", "2022-01-05", story), document("b", "2022-01-06", edited(story, 30, 1)),
        document("x", "2022-01-05", other)));
    List<CorpusGroup> earlier = step.group(first, List.of());
    assertThat(earlier).hasSize(1);

    List<CorpusDocument> second = new ArrayList<>(first);
    second.add(document("c", "2022-01-04", edited(story, 20, 2)));
    second.add(document("y", "2022-01-06", edited(other, 30, 3)));
    List<CorpusGroup> later = step.group(second, earlier);

    assertThat(later).hasSize(2);
    CorpusGroup kept = later.stream().filter(g -> g.id().equals(earlier.get(0).id())).findFirst().orElseThrow();
    assertThat(kept.documents()).containsExactly("c", "a", "b");
    CorpusGroup opened = later.stream().filter(g -> !g.id().equals(earlier.get(0).id())).findFirst().orElseThrow();
    assertThat(opened.documents()).containsExactly("x", "y");
  }

  @Test
  void pairsOfOldDocumentsAreNotComparedAgain() {
    String story = article(8, 300);
    List<CorpusDocument> documents = List.of(document("a", "2022-01-05", story),
        document("b", "2022-01-06", edited(story, 30, 1)));
    Map<String, ContentSignature> signatures = new HashMap<>();
    Map<String, String> grouped = new HashMap<>();
    for (CorpusDocument d : documents) {
      signatures.put(d.id(), ContentSignature.of(d.mainText()));
      grouped.put(d.id(), signatures.get(d.id()).textHash());
    }
    // both were grouped before (as singletons): the pair is old and stays apart
    assertThat(step.group(documents, List.of(), new StageContext(signatures, grouped, 0.3))).isEmpty();
    // when b's content changed since, it is new again
    grouped.put("b", "another hash");
    assertThat(step.group(documents, List.of(), new StageContext(signatures, grouped, 0.3))).hasSize(1);
  }

  @Test
  void oneDocumentAndEmptyTextsMakeNoGroup() {
    assertThat(step.group(List.of(document("only", "2022-01-05", article(9, 100))), List.of())).isEmpty();
    assertThat(step.group(List.of(), List.of())).isEmpty();
    List<CorpusDocument> empties = List.of(document("e1", null, ""), document("e2", null, null),
        document("e3", null, "  ... -- !"), document("e4", null, ""));
    assertThat(step.group(empties, List.of())).isEmpty();
  }

  @Test
  void tenThousandIdenticalDocumentsAreOneExactGroupWithoutPairwiseWork() {
    String story = article(10, 200);
    List<DuplicateFinder.Entry> entries = new ArrayList<>();
    ContentSignature signature = ContentSignature.of(story);
    for (int i = 0; i < 10_000; i++) {
      entries.add(new DuplicateFinder.Entry(signature.textHash(), signature.shingleCount(), signature.minHashes(), false));
    }
    DuplicateFinder.Result result = new DuplicateFinder(0.3).find(entries, List.of());
    assertThat(result.components()).hasSize(1);
    assertThat(result.components().get(0)).hasSize(10_000);
    assertThat(result.exactPairs()).isEqualTo(9_999);
    assertThat(result.comparisons()).isZero();

    List<CorpusDocument> documents = new ArrayList<>();
    Map<String, ContentSignature> signatures = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      documents.add(document(String.format("d%05d", i), null, story));
      signatures.put(documents.get(i).id(), signature);
    }
    CorpusGroup group = step.group(documents, List.of(), new StageContext(signatures, Map.of(), 0.3)).get(0);
    assertThat(group.documents()).hasSize(10_000).startsWith("d00000");
    assertThat(group.details()).containsEntry("exact", true);
  }

  @Test
  void thousandsOfNearCopiesCostComparisonsLinearInTheirNumber() {
    String story = article(11, 200);
    List<DuplicateFinder.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      ContentSignature signature = ContentSignature.of(edited(story, 40, i));
      entries.add(new DuplicateFinder.Entry(signature.textHash(), signature.shingleCount(), signature.minHashes(), false));
    }
    DuplicateFinder.Result result = new DuplicateFinder(0.3).find(entries, List.of());
    assertThat(result.components()).hasSize(1);
    // all pairs would be 4.5 million; each document is compared a bounded number of times
    assertThat(result.comparisons()).isLessThan(20L * 3_000);
  }

  @Test
  void distinctArticlesStayApartEvenManyOfThem() {
    List<DuplicateFinder.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      ContentSignature signature = ContentSignature.of(article(1000 + i, 120));
      entries.add(new DuplicateFinder.Entry(signature.textHash(), signature.shingleCount(), signature.minHashes(), false));
    }
    DuplicateFinder.Result result = new DuplicateFinder(0.3).find(entries, List.of());
    assertThat(result.components()).isEmpty();
    assertThat(result.comparisons()).isLessThan(2_000L);
  }
}
