package org.annalist.linguistic.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConlluReaderTest {

  @TempDir
  Path temp;

  @Test
  void rebuildsTheRawTextWithParagraphsAndMultiwordTokens() throws Exception {
    Path file = Files.writeString(temp.resolve("gold.conllu"), ConlluFixtures.TWO_DOCUMENTS);
    List<ConlluDocument> documents = ConlluReader.read(file);
    assertThat(documents).extracting(ConlluDocument::id).containsExactly("doc1", "doc2");
    ConlluDocument first = documents.get(0);
    assertThat(first.text()).isEqualTo("We don't know. Mr. Smith left.\n\nHeadline here");
    assertThat(first.sentences()).hasSize(3);
    assertThat(first.tokens()).hasSize(10);
    assertThat(first.words()).hasSize(11);
    ConlluDocument.Word not = first.words().get(2);
    assertThat(not.form()).isEqualTo("n't");
    assertThat(not.multiword()).isTrue();
    assertThat(first.text().substring(not.begin(), not.end())).isEqualTo("don't");
  }

  @Test
  void aWrongLineSaysFileLineAndWhatWasExpected() throws Exception {
    Path file = Files.writeString(temp.resolve("bad.conllu"), "# text = a b\n1\ta\ta\tX\n");
    assertThatThrownBy(() -> ConlluReader.read(file)).isInstanceOf(ConlluFormatException.class)
        .hasMessageContaining("bad.conllu:2").hasMessageContaining("expected 10 tab-separated columns");
    Path ids = Files.writeString(temp.resolve("ids.conllu"),
        "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n");
    assertThatThrownBy(() -> ConlluReader.read(ids)).hasMessageContaining("ids.conllu:2")
        .hasMessageContaining("expected word id 2");
  }
}
