package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-kind summary lines `annalist corpus` and `annalist run` print. */
class OutcomeLinesTest {

  private static CorpusGroup group(String kind, String id, String... documents) {
    return new CorpusGroup(kind, id, id, List.of(documents), List.of(), Map.of());
  }

  @Test
  void aDocumentInSeveralGroupsOfOneKindIsCountedOnce() {
    Map<String, List<CorpusGroup>> groups = new LinkedHashMap<>();
    groups.put("people", List.of(group("people", "p1", "a", "b"), group("people", "p2", "a"), group("people", "p3", "b")));
    groups.put("stories", List.of(group("stories", "s1", "a"), group("stories", "s2", "b"), group("stories", "s3", "c")));
    assertThat(new CorpusStage.Outcome(3, groups).kindLines())
        .containsExactly("  people     3 group(s) of 2 document(s)", "  stories    3 group(s) of 3 document(s)");
  }
}
