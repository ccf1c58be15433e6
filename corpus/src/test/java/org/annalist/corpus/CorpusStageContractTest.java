package org.annalist.corpus;

import static org.annalist.corpus.TestTexts.article;
import static org.annalist.corpus.TestTexts.edited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.consumer.sql.ConnectionSettings;
import org.annalist.consumer.sql.query.QueryCommand;
import org.annalist.corpus.StoredDocuments.Doc;
import org.annalist.corpus.duplicates.DuplicatesStep;
import org.junit.jupiter.api.Test;

/** The corpus stage over a database the sql consumer wrote; run against SQLite and PostgreSQL. */
abstract class CorpusStageContractTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String STORY = article(100, 300);

  /** A location (folder or JDBC URL) of an empty database. */
  abstract String freshDatabase() throws Exception;

  abstract Connection connect(String location) throws SQLException;

  static List<Doc> firstBatch() {
    return List.of(new Doc("wire", "2022-01-05", STORY),
        new Doc("copy", "2022-01-06", "Advertisement\n\n" + edited(STORY, 30, 1)),
        new Doc("other", "2022-01-05", article(101, 300)));
  }

  @Test
  void corpusCommandGroupsCopiesWritesTheTablesAndPrintsJsonLines() throws Exception {
    String location = freshDatabase();
    StoredDocuments.store(location, firstBatch());

    StoredDocuments.Run run = StoredDocuments.run(new CorpusCommand(), location, "--json", "--kinds", "duplicates");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.lines()).hasSize(1);
    JsonNode group = JSON.readTree(run.lines().get(0));
    assertThat(group.get("kind").asText()).isEqualTo("duplicates");
    assertThat(group.get("id").asText()).startsWith("duplicates-");
    assertThat(group.get("label").asText()).isEqualTo("title of wire");
    assertThat(group.get("documents").toString()).isEqualTo("[\"wire\",\"copy\"]");
    assertThat(iterator(group)).containsExactly("kind", "id", "label", "documents");
    try (Connection c = connect(location)) {
      assertThat(rows(c, "SELECT doc_id FROM content_signatures ORDER BY doc_id"))
          .containsExactly(List.of("copy"), List.of("other"), List.of("wire"));
      assertThat(rows(c, "SELECT group_id, label, document_count FROM duplicate_groups"))
          .containsExactly(List.of(group.get("id").asText(), "title of wire", 2L));
      assertThat(rows(c, "SELECT ord, doc_id FROM duplicate_groups_members ORDER BY ord"))
          .containsExactly(List.of(0L, "wire"), List.of(1L, "copy"));
      String details = String.valueOf(rows(c, "SELECT details FROM duplicate_groups").get(0).get(0));
      assertThat(JSON.readTree(details).get("canonical").asText()).isEqualTo("wire");
    }
  }

  @Test
  void aLaterRunJoinsNewDocumentsToTheExistingGroup() throws Exception {
    String location = freshDatabase();
    StoredDocuments.store(location, firstBatch());
    StoredDocuments.Run first = StoredDocuments.run(new CorpusCommand(), location, "--json", "--kinds", "duplicates");
    String id = JSON.readTree(first.lines().get(0)).get("id").asText();

    StoredDocuments.store(location, List.of(new Doc("late-copy", "2022-01-09", edited(STORY, 25, 2)),
        new Doc("new-story", "2022-01-09", article(102, 200))));
    StoredDocuments.Run second = StoredDocuments.run(new CorpusCommand(), location, "--json", "--kinds", "duplicates");

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.lines()).hasSize(1);
    JsonNode group = JSON.readTree(second.lines().get(0));
    assertThat(group.get("id").asText()).isEqualTo(id);
    assertThat(group.get("documents").toString()).isEqualTo("[\"wire\",\"copy\",\"late-copy\"]");
    try (Connection c = connect(location)) {
      assertThat(rows(c, "SELECT COUNT(*) FROM corpus_documents WHERE kind = 'duplicates'")).containsExactly(List.of(5L));
    }
  }

  @Test
  void theStageRunsEveryStepInOrderAndWritesEachKindWithThePreviousGroups() throws Exception {
    String location = freshDatabase();
    StoredDocuments.store(location, firstBatch());
    List<String> calls = new ArrayList<>();
    CorpusStep stories = new CorpusStep() {
      @Override
      public String kind() {
        return "stories";
      }

      @Override
      public List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous) {
        calls.add("stories:" + documents.size() + ":" + previous.size());
        assertThat(documents).allSatisfy(d -> assertThat(d.mainText()).isNotBlank());
        return List.of(new CorpusGroup("stories", "stories-1", "the night of attacks",
            documents.stream().map(CorpusDocument::id).sorted().toList(),
            List.of(Map.of("document", "copy")), Map.of("span", List.of("2022-01-05", "2022-01-06"))));
      }
    };
    CorpusStage stage = new CorpusStage(List.of(stories, new DuplicatesStep()));
    assertThat(stage.kinds()).containsExactly("duplicates", "stories");
    ConnectionSettings settings = new ConnectionSettings(null, null, 1, 10, 1, 0);

    for (int run = 0; run < 2; run++) {
      try (CorpusDatabase database = CorpusDatabase.open(location, settings)) {
        CorpusStage.Outcome outcome = stage.run(database.store(), CorpusStage.Settings.defaults(null));
        assertThat(outcome.groups().keySet()).containsExactly("duplicates", "stories");
      }
    }
    assertThat(calls).containsExactly("stories:3:0", "stories:3:1");
    try (CorpusDatabase database = CorpusDatabase.open(location, settings)) {
      CorpusGroup stored = database.store().groups("stories").get(0);
      assertThat(stored.documents()).containsExactly("copy", "other", "wire");
      assertThat(stored.members()).containsExactly(Map.of("document", "copy"));
      assertThat(stored.details()).containsEntry("span", List.of("2022-01-05", "2022-01-06"));
    }

    StoredDocuments.Run query = StoredDocuments.run(new QueryCommand(), location, "--story", "stories-1",
        "--format", "json");
    assertThat(query.exit()).as(query.err()).isZero();
    JsonNode rows = JSON.readTree(query.out());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("document").asText()).isEqualTo("copy");
    assertThat(rows.get(0).get("label").asText()).isEqualTo("the night of attacks");
    assertThat(rows.get(2).get("published").asText()).isEqualTo("2022-01-05");
    StoredDocuments.Run nobody = StoredDocuments.run(new QueryCommand(), location, "--person", "people-0");
    assertThat(nobody.exit()).isEqualTo(2);
    assertThat(nobody.err()).contains("no person 'people-0' in the database");
    StoredDocuments.Run mixed = StoredDocuments.run(new QueryCommand(), location, "--story", "stories-1", "--speaker", "x");
    assertThat(mixed.exit()).isEqualTo(2);
    assertThat(mixed.err()).contains("--story takes a group id and no other question");
  }

  @Test
  void aMissingDatabaseIsAClearErrorWithExitTwo() {
    StoredDocuments.Run run = StoredDocuments.run(new CorpusCommand(), "/nonexistent/run/output");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no Annalist database at /nonexistent/run/output/annalist.db");
  }

  private static List<String> iterator(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = r.getObject(i);
          row.add(value instanceof Number n && !(value instanceof Double) ? (Object) n.longValue() : value);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
