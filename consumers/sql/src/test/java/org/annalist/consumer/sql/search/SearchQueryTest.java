package org.annalist.consumer.sql.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  private static String fts5(String query) throws SearchSyntaxException {
    return SearchQuery.parse(query).toFts5();
  }

  @Test
  void wordsPhrasesPrefixesAndOperatorsBecomeQuotedFts5() throws Exception {
    assertThat(fts5("rockets")).isEqualTo("\"rockets\"");
    assertThat(fts5("rockets drones")).isEqualTo("((\"rockets\" AND \"drones\"))");
    assertThat(fts5("\"air base\" rock*")).isEqualTo("((\"air base\" AND \"rock\" *))");
    assertThat(fts5("a OR b c")).isEqualTo("(\"a\" OR ((\"b\" AND \"c\")))");
    assertThat(fts5("-drones rockets")).isEqualTo("((\"rockets\") NOT \"drones\")");
    assertThat(fts5("al-Asad")).isEqualTo("\"al-Asad\"");
    assertThat(fts5("(a OR b) NOT c")).isEqualTo("(((\"a\" OR \"b\")) NOT \"c\")");
    assertThat(fts5("and or not")).isEqualTo("((\"and\" AND \"or\" AND \"not\"))");
  }

  @Test
  void postgresGetsBoundTsqueryFunctionsOnly() throws Exception {
    List<Object> parameters = new ArrayList<>();
    String sql = SearchQuery.parse("\"air base\" OR al-As* NOT drones").toTsquerySql(parameters);
    assertThat(sql).isEqualTo("(phraseto_tsquery('english', ?) || (to_tsquery('english', ?) && (!! "
        + "phraseto_tsquery('english', ?))))");
    assertThat(parameters).containsExactly("air base", "al <-> as:*", "drones");
  }

  @Test
  void malformedQueriesSayWhereAndHowToFixThem() {
    assertThatThrownBy(() -> SearchQuery.parse("(a OR b")).hasMessageContaining("not closed: add ')'");
    assertThatThrownBy(() -> SearchQuery.parse("a) b")).hasMessageContaining("unexpected ')' at position 2");
    assertThatThrownBy(() -> SearchQuery.parse("ro*ck")).hasMessageContaining("goes at the end of a word");
    assertThatThrownBy(() -> SearchQuery.parse("a OR NOT b")).hasMessageContaining("NOT cannot stand alone inside OR");
    assertThatThrownBy(() -> SearchQuery.parse("()")).hasMessageContaining("empty parentheses");
    assertThatThrownBy(() -> SearchQuery.parse("\"\" x")).hasMessageContaining("has no words");
    assertThatThrownBy(() -> SearchQuery.parse("NOT NOT a")).hasMessageContaining("two negations");
  }
}
