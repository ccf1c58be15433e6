package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTitleTest {

  @Test
  void headingThatAgreesWithTheDeclaredTitleWins() {
    assertThat(HtmlTitle.choose(List.of("Flood hits Erbil, four dead"), null,
        "Flood hits Erbil, four dead | The Ledger", "The Ledger")).isEqualTo("Flood hits Erbil, four dead");
  }

  @Test
  void logoHeadingsAndUnrelatedHeadingsAreIgnored() {
    assertThat(HtmlTitle.choose(List.of("The Ledger", "Most read today"), null,
        "Flood hits Erbil | The Ledger", "The Ledger")).isEqualTo("Flood hits Erbil");
    assertThat(HtmlTitle.choose(List.of("Newsletter sign-up"), "Flood hits Erbil", "Flood | Ledger", null))
        .isEqualTo("Flood hits Erbil");
  }

  @Test
  void titleKeptWholeWhenTheSiteNameIsUnknown() {
    assertThat(HtmlTitle.choose(List.of(), null, "Flood hits Erbil - The Ledger", null))
        .isEqualTo("Flood hits Erbil - The Ledger");
    assertThat(HtmlTitle.withoutSiteName("The Ledger — Flood hits Erbil", "The Ledger")).isEqualTo("Flood hits Erbil");
  }
}
