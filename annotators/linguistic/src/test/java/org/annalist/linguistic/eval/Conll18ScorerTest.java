package org.annalist.linguistic.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Conll18ScorerTest {

  @TempDir
  Path temp;

  private ConlluDocument gold() throws Exception {
    return ConlluReader.read(Files.writeString(temp.resolve("g.conllu"), ConlluFixtures.TWO_DOCUMENTS)).get(0);
  }

  @Test
  void goldAgainstItselfScoresOne() throws Exception {
    Conll18Scorer scorer = new Conll18Scorer();
    scorer.add(gold(), gold());
    assertThat(scorer.sentences().f1()).isEqualTo(1.0);
    assertThat(scorer.tokens().f1()).isEqualTo(1.0);
    assertThat(scorer.words().f1()).isEqualTo(1.0);
    assertThat(scorer.uposAlignedAccuracy()).isEqualTo(1.0);
  }

  @Test
  void aMissedBoundaryIsOneMissAndOneFalseSentence() throws Exception {
    ConlluDocument gold = gold();
    List<ConlluDocument.Span> merged = List.of(
        new ConlluDocument.Span(gold.sentences().get(0).begin(), gold.sentences().get(1).end()),
        gold.sentences().get(2));
    Conll18Scorer scorer = new Conll18Scorer();
    scorer.add(gold, new ConlluDocument("s", gold.text(), merged, gold.tokens(), gold.words()));
    assertThat(scorer.sentences().truePositives()).isEqualTo(1);
    assertThat(scorer.sentences().falsePositives()).isEqualTo(1);
    assertThat(scorer.sentences().falseNegatives()).isEqualTo(2);
  }

  @Test
  void wordsOfAMultiwordTokenAlignByTheirForms() throws Exception {
    ConlluDocument gold = gold();
    List<ConlluDocument.Word> words = new java.util.ArrayList<>(gold.words());
    ConlluDocument.Word doWord = words.get(1);
    // the system keeps "don't" as one word: the token matches, its two gold words do not
    words.set(1, new ConlluDocument.Word(doWord.begin(), doWord.end(), "don't", "AUX", "do", false));
    words.remove(2);
    Conll18Scorer scorer = new Conll18Scorer();
    scorer.add(gold, new ConlluDocument("s", gold.text(), gold.sentences(), gold.tokens(), words));
    assertThat(scorer.tokens().f1()).isEqualTo(1.0);
    assertThat(scorer.words().truePositives()).isEqualTo(9);
    assertThat(scorer.words().falseNegatives()).isEqualTo(2);
    assertThat(scorer.words().falsePositives()).isEqualTo(1);
  }
}
