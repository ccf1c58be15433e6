package org.annalist.corpus.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.Docs;
import org.annalist.corpus.SeedCorpus;
import org.annalist.corpus.people.PersonGroupingStep;
import org.annalist.corpus.quotes.QuoteGroupingStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles through the real news pipeline (pipelines/news.yaml, its annotators and its sql
 * consumer), then the quote, people and story steps over the documents the database holds.
 */
class SeedStoriesTest {

  private static final String AFP = "000_7ba364a55b229c62.txt";
  private static final String AFP_COPY = "001_b0408c1294fcba4e.txt";

  @TempDir
  static Path output;

  private static List<CorpusDocument> documents;

  @BeforeAll
  static void runTheNewsPipelineOverTheSeeds() throws Exception {
    Path seeds = SeedCorpus.seeds();
    assumeTrue(seeds != null, "../shared/data/seeds is absent: the seed stories test is skipped");
    documents = SeedCorpus.run(seeds, output.resolve("run"));
    assertThat(documents).hasSize(5);
  }

  @Test
  void theNineQuotesTheTwoAfpCopiesShareAreOneGroupEach() {
    List<CorpusGroup> groups = new QuoteGroupingStep().group(documents, List.of());

    List<CorpusGroup> shared = groups.stream()
        .filter(g -> g.documents().containsAll(List.of(AFP, AFP_COPY))).toList();
    assertThat(shared).hasSize(9);
    for (CorpusGroup group : shared) {
      assertThat(group.members()).extracting(m -> m.get("document")).as(group.label())
          .containsExactlyInAnyOrder(AFP_COPY, AFP);
      // 001 is dated 2022-01-05, 000 2022-01-07: the earliest source first
      assertThat(group.documents().get(0)).isEqualTo(AFP_COPY);
    }
    assertThat(shared).anySatisfy(g -> assertThat(g.details()).containsEntry("speaker", "John Kirby"));
  }

  @Test
  void theStoriesAreTheThreeEvents() throws Exception {
    List<CorpusGroup> stories = new StoryGroupingStep().group(documents, List.of());

    Set<Set<String>> partition = stories.stream().map(s -> Set.copyOf(s.documents())).collect(Collectors.toSet());
    assertThat(partition).containsExactlyInAnyOrder(
        Set.of(AFP, AFP_COPY, "002_ec29e194aaed57fc.txt"), Set.of("003_7b39c792f8d8761a.txt"), Set.of("004_733cd41fd4b43536.txt"));
    Map<String, String> gold = StoryFiles.readGold(
        Path.of(SeedStoriesTest.class.getResource("seeds-stories.tsv").toURI()));
    StoryEvaluation.Scores scores = StoryEvaluation.score(stories, gold);
    assertThat(scores.bcubedF1()).isEqualTo(1.0);
    CorpusGroup attacks = stories.stream().filter(s -> s.documents().size() == 3).findFirst().orElseThrow();
    assertThat(attacks.details()).containsEntry("from", "2022-01-05").containsEntry("to", "2022-01-07");
    assertThat(Docs.field(attacks.details().get("places"), "name")).contains("Anbar");
  }

  @Test
  void kirbyIsOnePersonAcrossTheThreeReportsOf2022() {
    List<CorpusGroup> people = new PersonGroupingStep().group(documents, List.of());

    List<CorpusGroup> kirby = people.stream().filter(p -> p.label().contains("Kirby")).toList();
    assertThat(kirby).singleElement().satisfies(p -> assertThat(p.documents())
        .containsExactlyInAnyOrder(AFP, AFP_COPY, "002_ec29e194aaed57fc.txt"));
    assertThat(kirby.get(0).details().get("quotes")).asList().hasSizeGreaterThanOrEqualTo(7);
  }
}
