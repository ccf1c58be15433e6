package org.annalist.boilerplate.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockAlignerTest {

  @Test
  void findsBlocksDespiteDifferentWhitespace() {
    String text = "Menu\n\n  The first   paragraph\nof the story.\n\n\tSecond\u00A0paragraph here.\n";
    List<BlockAligner.Span> spans =
        BlockAligner.align(text, List.of("Menu", "The first paragraph of the story.", "Second paragraph here."));
    assertThat(text.substring(spans.get(0).begin(), spans.get(0).end())).isEqualTo("Menu");
    assertThat(text.substring(spans.get(1).begin(), spans.get(1).end()))
        .isEqualTo("The first   paragraph\nof the story.");
    assertThat(text.substring(spans.get(2).begin(), spans.get(2).end())).isEqualTo("Second\u00A0paragraph here.");
  }

  @Test
  void movesForwardSoRepeatedTextMapsToTheRightOccurrence() {
    String text = "Share\nA long paragraph of the article that talks about things.\nShare\nEnd of it all now.";
    List<BlockAligner.Span> spans = BlockAligner.align(text,
        List.of("Share", "A long paragraph of the article that talks about things.", "Share", "End of it all now."));
    assertThat(spans.get(0).begin()).isEqualTo(0);
    assertThat(spans.get(2).begin()).isEqualTo(text.lastIndexOf("Share"));
  }

  @Test
  void skipsBlocksMissingFromTheTextAndCarriesOn() {
    String text = "Alpha paragraph is here.\nGamma paragraph is here.";
    List<BlockAligner.Span> spans = BlockAligner.align(text,
        List.of("Alpha paragraph is here.", "Beta is only in the DOM", "Gamma paragraph is here."));
    assertThat(spans.get(1)).isNull();
    assertThat(text.substring(spans.get(2).begin(), spans.get(2).end())).isEqualTo("Gamma paragraph is here.");
  }

  @Test
  void toleratesSmallDifferencesInsideLongBlocks() {
    String block = "The minister said on Monday that the new rules, which take effect next year, "
        + "would apply to every company with more than fifty employees in the country.";
    String text = "Header\n" + block.replace("fifty", "50") + "\nFooter";
    BlockAligner.Span span = BlockAligner.align(text, List.of(block)).get(0);
    assertThat(span).isNotNull();
    assertThat(text.substring(span.begin(), span.end())).startsWith("The minister").endsWith("country.");
  }

  @Test
  void ignoresControlAndInvisibleCharactersButNotPunctuation() {
    String text = "Intro\n\u0007Hello,\u007F wor\u200Bld!\u00AD\r\nOutro";
    BlockAligner.Span span = BlockAligner.align(text, List.of("Hello, world!")).get(0);
    assertThat(text.substring(span.begin(), span.end())).isEqualTo("Hello,\u007F wor\u200Bld!");
    assertThat(BlockAligner.align("Hello world", List.of("Hello, world")).get(0)).isNull();
  }
}
