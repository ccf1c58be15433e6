package org.annalist.quotes.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.quotes.text.Tokenizer;
import org.junit.jupiter.api.Test;

class QuotationScannerTest {

  private static List<String> quotes(String text) {
    return QuotationScanner.scan(Tokenizer.tokenize(text, 0, text.length())).stream()
        .map(q -> text.substring(q.begin(), q.end()).strip())
        .toList();
  }

  @Test
  void pairsStraightCurlyGuillemetAndSingleMarks() {
    assertThat(quotes("He said \"yes, we will\" and left.")).containsExactly("yes, we will");
    assertThat(quotes("He said “yes, we will” and left.")).containsExactly("yes, we will");
    assertThat(quotes("Il a dit « nous viendrons » hier.")).containsExactly("nous viendrons");
    assertThat(quotes("She said ‘we are ready’ today.")).containsExactly("we are ready");
    assertThat(quotes("He wrote ''it is done,'' the paper said.")).containsExactly("it is done,");
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertThat(quotes("The Clintons’ plan isn’t Trump’s, and rock ’n’ roll in the ’90s.")).isEmpty();
    assertThat(quotes("“We don’t know,” she said.")).containsExactly("We don’t know,");
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    assertThat(quotes("“They said, ‘Not now,’ and left,” he said."))
        .containsExactly("They said, ‘Not now,’ and left,");
  }

  @Test
  void multiParagraphQuoteContinuesWhenTheNextParagraphOpensAgain() {
    String text = "“This is the first paragraph.\n\n“And this is the second,” she said.";
    List<Quotation> found = QuotationScanner.scan(Tokenizer.tokenize(text, 0, text.length()));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).fragments()).hasSize(2);
    assertThat(text.substring(found.get(0).fragments().get(1).begin(), found.get(0).fragments().get(1).end()))
        .isEqualTo("And this is the second,");
  }

  @Test
  void unclosedQuoteAtParagraphEndIsDropped() {
    assertThat(quotes("He said “this never closes.\n\nNext paragraph “is quoted” here.")).containsExactly("is quoted");
  }

  @Test
  void strayStraightMarkBeforeCurlyQuoteIsIgnored() {
    assertThat(quotes("\"Trump walked on stage, chanting “U-S-A! U-S-A!”")).containsExactly("U-S-A! U-S-A!");
  }
}
