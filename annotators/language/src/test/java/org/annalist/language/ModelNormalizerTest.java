package org.annalist.language;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The skipping normaliser gives what OpenNLP's whole chain gives, on texts that hit each pattern or barely miss it. */
class ModelNormalizerTest {

  private static final CharSequenceNormalizer OPENNLP = new AggregateCharSequenceNormalizer(
      EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
      TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
      ShrinkCharSequenceNormalizer.getInstance());

  @ParameterizedTest
  @ValueSource(strings = {
      "  Plain text with nothing to remove.  ",
      "A well-known fact", "中文，全角标点。", "ＡＢＣ full width", "math 𝐁𝐫 bold", "lone \uD800 high", "lone \uDC00 low",
      "see https://example.org/a?b=1 now", "ftp://host is not http", "mail desk@example.org", "a @ b",
      "#tag and @handle", "RT: news", "art gallery rt", "PART ", "smile :-) ;( XD xp :o", "expect explosion",
      "hahaha jijiji HAHA", "he has a hat", "hahe", "2,400 cars in 2026", "tab\t\tand  double", "noooo wayyy",
      "AaA bBb", "ÉéÉ", "ααα", "line\n\n\nbreaks", "\uDBFF\uDC01\uDBFF\uDC01\uDBFF\uDC01 beyond"})
  void givesOpenNlpsNormalisedText(String text) {
    assertThat(ModelNormalizer.normalize(text)).isEqualTo(OPENNLP.normalize(text).toString());
  }
}
