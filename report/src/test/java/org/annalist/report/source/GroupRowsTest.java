package org.annalist.report.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annalist.report.model.CorpusGroups;
import org.junit.jupiter.api.Test;

class GroupRowsTest {

  @Test
  void aStoryKeepsItsDocumentsAndDetailsButNotItsTermVector() {
    CorpusGroups.Group story = GroupRows.group("stories", "stories-1", "Flood",
        "[{\"document\":\"a\",\"similarity\":1.0},{\"document\":\"b\",\"similarity\":0.5}]",
        "{\"from\":\"2024-04-04\",\"to\":\"2024-04-05\",\"places\":[{\"name\":\"Erbil\"}],\"terms\":{\"flood\":0.9}}");

    assertThat(story.documents()).containsExactly("a", "b");
    assertThat(story.members()).hasSize(2);
    assertThat(story.details()).containsKeys("from", "to", "places").doesNotContainKey("terms");
  }

  @Test
  void aPersonKeepsDetailsOnlyWithLongQuotesCut() {
    String longQuote = "w".repeat(GroupRows.QUOTE_CHARS + 50);
    CorpusGroups.Group person = GroupRows.group("people", "people-1", "Dilshad Omar",
        "[{\"document\":\"a\",\"quotes\":[]},{\"document\":\"a\"},{\"document\":\"b\"}]",
        "{\"variants\":[\"Omar\"],\"context\":[\"person:x\"],\"quotes\":[{\"document\":\"a\",\"ord\":0,\"content\":\""
            + longQuote + "\"}]}");

    assertThat(person.documents()).containsExactly("a", "b");
    assertThat(person.members()).isEmpty();
    assertThat(person.details()).doesNotContainKey("context");
    String content = (String) ((List<?>) person.details().get("quotes")).stream().map(q -> ((Map<?, ?>) q).get("content"))
        .findFirst().orElseThrow();
    assertThat(content).hasSize(GroupRows.QUOTE_CHARS + 1).endsWith("…");
  }

  @Test
  void unreadableJsonGivesAnEmptyGroupNotAFailure() {
    CorpusGroups.Group group = GroupRows.group("duplicates", "duplicates-1", null, "not json", null);
    assertThat(group.documents()).isEmpty();
    assertThat(group.label()).isEqualTo("duplicates-1");
    assertThat(group.details()).isEmpty();
  }
}
