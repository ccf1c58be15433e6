package org.annalist.linguistic.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input a segmenter meets in a batch of millions: nothing throws, sentences and tokens stay bounded. */
class BadInputTest {

  private final Segmenter segmenter = new Segmenter(50, 100);

  private static void assertBounded(Segmentation s, int maxTokens, int maxChars) {
    int word = 0;
    for (int i = 0; i < s.sentenceCount(); i++) {
      int tokens = 0;
      for (int t = 0; t < s.tokenCount(); t++) {
        if (s.tokenBegin(t) >= s.sentenceBegin(i) && s.tokenEnd(t) <= s.sentenceEnd(i)) {
          tokens++;
        }
      }
      assertThat(tokens).isLessThanOrEqualTo(maxTokens);
      word += tokens;
    }
    for (int t = 0; t < s.tokenCount(); t++) {
      assertThat(s.tokenEnd(t) - s.tokenBegin(t)).isLessThanOrEqualTo(maxChars);
    }
    assertThat(word).isEqualTo(s.tokenCount());
  }

  @Test
  void textWithoutSentencePunctuationIsCutAndTheCutsCounted() {
    String text = "and then the water rose over the road ".repeat(100);
    Segmentation s = segmenter.segment(text);
    assertThat(s.tokenCount()).isEqualTo(800);
    assertThat(s.sentenceCount()).isEqualTo(16);
    assertThat(s.forcedSentenceSplits()).isEqualTo(16);
    assertBounded(s, 50, 100);
  }

  @Test
  void tenMegabytesWithoutABoundary() {
    Segmenter defaults = new Segmenter();
    String text = "word ".repeat(2_000_000);
    Segmentation s = defaults.segment(text);
    assertThat(s.tokenCount()).isEqualTo(2_000_000);
    assertThat(s.sentenceCount()).isEqualTo(2_000_000 / Segmenter.DEFAULT_MAX_SENTENCE_TOKENS);
    assertThat(s.forcedSentenceSplits()).isEqualTo(s.sentenceCount());
  }

  @Test
  void tenMegabytesWithoutASpaceAreCutIntoBoundedTokens() {
    String text = "x".repeat(10_000_000);
    Segmentation s = new Segmenter().segment(text);
    assertThat(s.tokenCount()).isEqualTo(10_000_000 / Segmenter.DEFAULT_MAX_TOKEN_CHARS);
    assertThat(s.forcedTokenSplits()).isEqualTo(s.tokenCount() - 1); // the last piece ends with the text
  }

  @Test
  void aDocumentOfOnlyUrls() {
    String text = "https://a.example/x http://b.example/y?z=1\nwww.c.example/path\n\nhttps://d.example/".repeat(50);
    Segmentation s = segmenter.segment(text);
    assertThat(SegmenterTest.tokens(text, s)).allMatch(t -> t.contains("example"));
    assertBounded(s, 50, 100);
  }

  @Test
  void mixedScriptsAndEmoji() {
    String text = "Путин сказал. 北京今天下雨。 قال الرئيس! Ça marche 😀👍🏽 ok.";
    Segmentation s = new Segmenter().segment(text);
    assertThat(SegmenterTest.tokens(text, s)).contains("Путин", "сказал", "北", "京", "。", "قال", "Ça", "😀");
    assertThat(SegmenterTest.sentences(text, s)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void controlCharactersAreSpacesNotTokens() {
    String text = "Hello\u0000\u0007world.\u001b[0m Next\u200b one\ufeff.";
    Segmentation s = new Segmenter().segment(text);
    assertThat(SegmenterTest.tokens(text, s)).doesNotContain("\u0000", "\u0007", "\u200b", "\ufeff")
        .contains("Hello", "world", "Next", "one");
  }

  @Test
  void loneSurrogatesAndEmptyText() {
    assertThat(new Segmenter().segment("").tokenCount()).isZero();
    assertThat(new Segmenter().segment("   \n\n ").sentenceCount()).isZero();
    Segmentation s = new Segmenter().segment("a\ud800 b\udc00c.");
    assertThat(s.tokenCount()).isPositive();
  }
}
