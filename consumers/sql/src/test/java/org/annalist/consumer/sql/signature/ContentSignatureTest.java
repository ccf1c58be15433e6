package org.annalist.consumer.sql.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentSignatureTest {

  private static String words(long seed, int count) {
    Random random = new Random(seed);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add("w" + random.nextInt(100_000));
    }
    return String.join(" ", words);
  }

  @Test
  void sameWordsSameHashWhateverTheCaseAndPunctuation() {
    ContentSignature a = ContentSignature.of("Rockets hit the base, officials said.");
    ContentSignature b = ContentSignature.of("rockets HIT the base -- officials said!\n");
    assertThat(a.textHash()).isEqualTo(b.textHash());
    assertThat(a).isEqualTo(b);
    assertThat(a.shingleCount()).isEqualTo(2);
    assertThat(ContentSignature.of("Rockets hit the base, officials say.").textHash()).isNotEqualTo(a.textHash());
  }

  @Test
  void estimatesTheJaccardSimilarityOfFiveWordShingles() {
    String common = words(1, 600);
    // 600 shared words, 200 own words each: shingle Jaccard about 596 / (596 + 2 * 200) = 0.6
    ContentSignature a = ContentSignature.of(common + " " + words(2, 200));
    ContentSignature b = ContentSignature.of(common + " " + words(3, 200));
    assertThat(a.estimatedJaccard(b)).isBetween(0.48, 0.72);
    assertThat(a.estimatedJaccard(ContentSignature.of(words(4, 800)))).isLessThan(0.05);
    assertThat(a.estimatedJaccard(a)).isEqualTo(1.0);
  }

  @Test
  void emptyTextsHaveAnEmptySignature() {
    assertThat(ContentSignature.of("").isEmpty()).isTrue();
    assertThat(ContentSignature.of(null).isEmpty()).isTrue();
    assertThat(ContentSignature.of(" -- ... ").minHashes()).isEmpty();
    assertThat(ContentSignature.of("").estimatedJaccard(ContentSignature.of(""))).isZero();
    assertThat(ContentSignature.of("one").shingleCount()).isEqualTo(1);
  }

  @Test
  void storedBytesRoundTrip() {
    ContentSignature signature = ContentSignature.of(words(5, 100));
    assertThat(ContentSignature.minHashesOf(signature.minHashBytes())).containsExactly(signature.minHashes());
    assertThat(ContentSignature.minHashesOf(new byte[0])).isEmpty();
    assertThatThrownBy(() -> ContentSignature.minHashesOf(new byte[7])).hasMessageContaining("512 bytes");
  }
}
