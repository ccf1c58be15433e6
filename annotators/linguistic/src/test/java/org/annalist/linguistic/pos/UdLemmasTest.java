package org.annalist.linguistic.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** UD English lemma conventions over an analyser's lemmas, on sentences written for the test. */
class UdLemmasTest {

  private static String[] lemmas(String[] words, String[] analysed, String[] upos, String[] penn) {
    return UdLemmas.convert(words, analysed, upos, penn);
  }

  @Test
  void pronounsTakeTheirSubjectFormAndDemonstrativesTheSingular() {
    assertThat(lemmas(new String[] {"Tell", "them", "about", "those", "and", "her"},
        new String[] {"tell", "them", "about", "those", "and", "her"},
        new String[] {"VERB", "PRON", "ADP", "PRON", "CCONJ", "PRON"},
        new String[] {"VB", "PRP", "IN", "DT", "CC", "PRP"}))
        .containsExactly("tell", "they", "about", "that", "and", "she");
    assertThat(lemmas(new String[] {"her", "car"}, new String[] {"her", "car"},
        new String[] {"PRON", "NOUN"}, new String[] {"PRP$", "NN"})).containsExactly("her", "car");
    assertThat(lemmas(new String[] {"an", "apple"}, new String[] {"an", "apple"},
        new String[] {"DET", "NOUN"}, new String[] {"DT", "NN"})).containsExactly("a", "apple");
  }

  @Test
  void contractedAuxiliariesBecomeTheirVerb() {
    assertThat(lemmas(new String[] {"it", "'s", "late"}, new String[] {"it", "'s", "late"},
        new String[] {"PRON", "AUX", "ADJ"}, new String[] {"PRP", "VBZ", "JJ"})).containsExactly("it", "be", "late");
    assertThat(lemmas(new String[] {"she", "’s", "gone"}, new String[] {"she", "’s", "go"},
        new String[] {"PRON", "AUX", "VERB"}, new String[] {"PRP", "VBZ", "VBN"})).containsExactly("she", "have", "go");
    assertThat(lemmas(new String[] {"we", "'ll", "see", "ca", "n't"}, new String[] {"we", "'ll", "see", "ca", "not"},
        new String[] {"PRON", "AUX", "VERB", "AUX", "PART"}, new String[] {"PRP", "MD", "VB", "MD", "RB"}))
        .containsExactly("we", "will", "see", "can", "not");
    assertThat(lemmas(new String[] {"gon", "na", "win"}, new String[] {"gon", "na", "win"},
        new String[] {"VERB", "PART", "VERB"}, new String[] {"VBG", "TO", "VB"})).containsExactly("go", "to", "win");
  }

  @Test
  void namesNumbersAndPunctuationKeepTheirForm() {
    assertThat(lemmas(new String[] {"Mosul", "had", "2,000", "or", "Two", "…"},
        new String[] {"mosul", "have", "0,000", "or", "#crd#", ".."},
        new String[] {"PROPN", "VERB", "NUM", "CCONJ", "NUM", "PUNCT"},
        new String[] {"NNP", "VBD", "CD", "CC", "CD", ":"}))
        .containsExactly("Mosul", "have", "2,000", "or", "two", "…");
  }
}
