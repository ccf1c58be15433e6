package org.annalist.corpus.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.SeedCorpus;
import org.annalist.corpus.people.PersonGroupingStep;
import org.annalist.corpus.quotes.QuoteGroupingStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed articles through the real news pipeline, then the quote, people and story steps. */
class SeedStoriesTest {

  @TempDir
  static Path output;

  private static List<CorpusDocument> documents;

  @BeforeAll
  static void runTheNewsPipelineOverTheSeeds() throws Exception {
    Path seeds = SeedCorpus.seeds();
    assumeTrue(seeds != null, "../shared/data/seeds is absent: the seed stories test is skipped");
    documents = SeedCorpus.run(seeds, output.resolve("run"));
  }

  @Test
  void dump() {
    for (CorpusDocument d : documents) {
      System.out.println("== " + d.id() + " | " + d.title() + " | " + d.published() + " | words " + d.mainText().split("\\s+").length);
      System.out.println("  times " + d.times().stream().map(t -> t.value() + "[" + t.begin() + "," + t.end() + "]").toList());
      System.out.println("  places " + d.places().stream().map(p -> p.name() + ":" + p.geonamesId()).toList());
      System.out.println("  persons " + d.persons().stream().map(p -> p.text() + "=" + p.canonicalName() + "/" + p.role()).toList());
      d.quotes().forEach(q -> System.out.println("  quote " + q.ord() + " " + q.speaker() + " / " + q.speakerRole() + ": " + q.content()));
    }
    for (CorpusGroup g : new QuoteGroupingStep().group(documents, List.of())) {
      System.out.println("Q " + g.id() + " " + g.documents() + " " + g.label() + " | " + g.details().get("speaker"));
    }
    for (CorpusGroup g : new PersonGroupingStep().group(documents, List.of())) {
      System.out.println("P " + g.id() + " " + g.label() + " " + g.documents() + " " + g.details().get("variants") + " " + g.details().get("roles"));
    }
    for (CorpusDocument a : documents) {
      for (CorpusDocument b : documents) {
        if (a.id().compareTo(b.id()) < 0) {
          List<CorpusGroup> pair = new StoryGroupingStep(new StoryGroupingStep.Parameters(0.0, 0.0, 100000, 100000, 40, 80, 15, 64, 24)).group(List.of(a, b), List.of());
          System.out.println("SIM " + a.id().substring(0, 3) + " " + b.id().substring(0, 3) + " " + pair.get(0).members());
        }
      }
    }
    for (CorpusGroup g : new StoryGroupingStep().group(documents, List.of())) {
      System.out.println("S " + g.id() + " " + g.label() + " " + g.members() + " " + g.details().get("from") + ".." + g.details().get("to"));
    }
  }
}
