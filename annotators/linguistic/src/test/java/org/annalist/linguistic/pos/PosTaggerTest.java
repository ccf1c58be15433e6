package org.annalist.linguistic.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Both models on sentences written for the test (gold UD words, as the segmenter gives them). */
class PosTaggerTest {

  private static final String[] WORDS = {"If", "you", "have", "seen", "those", "files", ",", "do", "n't", "tell",
      "me", "."};

  @Test
  void nlp4jGivesUniversalTagsAndUdLemmas() {
    PosTagger.Tagged tagged = new PosTagger(PosTagger.Model.NLP4J, true).tag(WORDS);
    assertThat(tagged.tags()).containsExactly("SCONJ", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "AUX", "PART",
        "VERB", "PRON", "PUNCT");
    assertThat(tagged.lemmas()).containsExactly("if", "you", "have", "see", "that", "file", ",", "do", "not", "tell",
        "I", ".");
  }

  @Test
  void withoutLemmasOnlyTagsAreGivenAndAnEmptySentenceIsFine() {
    PosTagger tagger = new PosTagger(false);
    assertThat(tagger.model()).isEqualTo(PosTagger.Model.NLP4J);
    assertThat(tagger.tag(new String[] {"Baghdad", "is", "hot", "."}).lemmas()).isNull();
    assertThat(tagger.tag(new String[] {"Baghdad", "is", "hot", "."}).tags())
        .containsExactly("PROPN", "AUX", "ADJ", "PUNCT");
    assertThat(tagger.tag(new String[0]).tags()).isEmpty();
  }

  @Test
  void openNlpJoinsTheContractionForItsModelAndSplitsTheTagsBack() {
    PosTagger tagger = new PosTagger(PosTagger.Model.OPENNLP, true);
    boolean[] continues = new boolean[WORDS.length];
    continues[8] = true; // "n't" continues the surface token "don't"
    PosTagger.Tagged tagged = tagger.tag(WORDS, continues);
    assertThat(tagged.tags()[7]).isEqualTo("AUX");
    assertThat(tagged.tags()[8]).isEqualTo("PART");
    assertThat(tagged.lemmas()[8]).isEqualTo("not");
  }

  @Test
  void oddWordsAreTaggedWithoutAnException() {
    String[] words = {"😀", "北京", "\u0001x", "a".repeat(2000), "—", "https://example.org/a?b=c", "\uD800", "0"};
    PosTagger.Tagged tagged = new PosTagger(true).tag(words);
    assertThat(tagged.tags()).hasSize(words.length).doesNotContainNull();
    assertThat(tagged.lemmas()).hasSize(words.length).doesNotContainNull();
  }

  @Test
  void anUnknownModelNameIsRefused() {
    assertThat(PosTagger.Model.parse(" OpenNLP ")).isEqualTo(PosTagger.Model.OPENNLP);
    assertThatThrownBy(() -> PosTagger.Model.parse("stanford")).hasMessageContaining("nlp4j or opennlp");
  }
}
