package org.annalist.linguistic.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Penn Treebank tags to UPOS on sentences tagged by hand (no model involved). */
class PennToUniversalTest {

  /** "word/TAG word/TAG ..." to UPOS, with each word's lemma given as "word/TAG/lemma" where it matters. */
  private static String[] upos(String tagged) {
    String[] items = tagged.split(" ");
    String[] words = new String[items.length];
    String[] tags = new String[items.length];
    String[] lemmas = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      String[] parts = items[i].split("/");
      words[i] = parts[0];
      tags[i] = parts[1];
      lemmas[i] = parts.length > 2 ? parts[2] : parts[0].toLowerCase(java.util.Locale.ROOT);
    }
    return PennToUniversal.convert(words, lemmas, tags);
  }

  @Test
  void beIsAuxiliaryExceptInExistentials() {
    assertThat(upos("She/PRP is/VBZ/be happy/JJ")).containsExactly("PRON", "AUX", "ADJ");
    assertThat(upos("There/EX is/VBZ/be a/DT problem/NN")).containsExactly("PRON", "VERB", "DET", "NOUN");
    assertThat(upos("It/PRP 's/VBZ/be late/JJ")).containsExactly("PRON", "AUX", "ADJ");
  }

  @Test
  void haveAndDoAreAuxiliariesOnlyWithTheVerbTheyHelp() {
    assertThat(upos("I/PRP have/VBP/have seen/VBN/see it/PRP")).containsExactly("PRON", "AUX", "VERB", "PRON");
    assertThat(upos("I/PRP have/VBP/have a/DT car/NN")).containsExactly("PRON", "VERB", "DET", "NOUN");
    assertThat(upos("We/PRP have/VBP/have to/TO go/VB")).containsExactly("PRON", "VERB", "PART", "VERB");
    assertThat(upos("Do/VBP/do you/PRP know/VB him/PRP ?/.")).containsExactly("AUX", "PRON", "VERB", "PRON", "PUNCT");
    assertThat(upos("I/PRP did/VBD/do n't/RB/not care/VB")).containsExactly("PRON", "AUX", "PART", "VERB");
    assertThat(upos("He/PRP did/VBD/do it/PRP ./.")).containsExactly("PRON", "VERB", "PRON", "PUNCT");
    assertThat(upos("You/PRP should/MD 've/VB/have called/VBN/call")).containsExactly("PRON", "AUX", "AUX", "VERB");
  }

  @Test
  void prepositionsIntroducingClausesAreSubordinators() {
    assertThat(upos("Call/VB before/IN you/PRP leave/VBP")).containsExactly("VERB", "SCONJ", "PRON", "VERB");
    assertThat(upos("Call/VB before/IN the/DT meeting/NN")).containsExactly("VERB", "ADP", "DET", "NOUN");
    assertThat(upos("Thanks/NNS for/IN coming/VBG")).containsExactly("NOUN", "SCONJ", "VERB");
    assertThat(upos("Ask/VB if/IN it/PRP works/VBZ")).containsExactly("VERB", "SCONJ", "PRON", "VERB");
    assertThat(upos("He/PRP left/VBD after/IN the/DT bank/NN closed/VBD"))
        .containsExactly("PRON", "VERB", "SCONJ", "DET", "NOUN", "VERB");
  }

  @Test
  void determinersStandingAloneArePronouns() {
    assertThat(upos("That/DT is/VBZ/be mine/PRP")).containsExactly("PRON", "AUX", "PRON");
    assertThat(upos("That/DT car/NN is/VBZ/be red/JJ")).containsExactly("DET", "NOUN", "AUX", "ADJ");
    assertThat(upos("I/PRP like/VBP these/DT")).containsExactly("PRON", "VERB", "PRON");
    assertThat(upos("the/DT car/NN which/WDT broke/VBD")).containsExactly("DET", "NOUN", "PRON", "VERB");
    assertThat(upos("Which/WDT car/NN ?/.")).containsExactly("DET", "NOUN", "PUNCT");
    assertThat(upos("Something/NN happened/VBD")).containsExactly("PRON", "VERB");
  }

  @Test
  void closedClassesAndSymbols() {
    assertThat(upos("not/RB now/RB")).containsExactly("PART", "ADV");
    assertThat(upos("John/NNP 's/POS book/NN")).containsExactly("PROPN", "PART", "NOUN");
    assertThat(upos("pick/VB it/PRP up/RP")).containsExactly("VERB", "PRON", "ADP");
    assertThat(upos("see/VB www.example.org/ADD")).containsExactly("VERB", "PROPN");
    assertThat(upos("$/$ 5/CD -/HYPH ok/UH :)/NFP")).containsExactly("SYM", "NUM", "PUNCT", "INTJ", "PUNCT");
    assertThat(upos("and/CC both/PDT ,/, three/CD")).containsExactly("CCONJ", "DET", "PUNCT", "NUM");
    assertThat(upos("weird/UNKNOWN-TAG")).containsExactly("X");
  }
}
