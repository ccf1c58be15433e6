package org.annalist.quotes;

import static org.annalist.quotes.QuoteAnnotatorTest.annotate;
import static org.annalist.quotes.QuoteAnnotatorTest.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.type.Quote;
import org.junit.jupiter.api.Test;

/** Direct-quote rules added after the dev misses of issue 18, each on a text written for it. */
class QuoteBoundaryRulesTest {

  @Test
  void theNameBeforeTwoAppositionsSpeaksAndACueWordAfterADeterminerIsANoun() throws Exception {
    List<Quote> quotes = annotate("“The levee will not hold another week,” Maria Lopez, the engineer of the county, "
        + "one of the states affected, said on Friday.");
    Quote quote = quoteStarting(quotes, "The levee");
    assertThat(quote.getDirect()).isTrue();
    assertThat(quote.getCoveredText()).doesNotContain("Maria");
    assertThat(quote.getSpeaker()).isEqualTo("Maria Lopez");
    assertThat(quote.getSpeakerRole()).isEqualTo("engineer of the county");
  }

  @Test
  void aNameInTheAppositionOfADescriptionIsTheSpeaker() throws Exception {
    List<Quote> quotes = annotate("In a letter to the Gazette, the mayor's chief of staff, Ann Porter, wrote: "
        + "“The budget has a hole in it that nobody wants to talk about.”\n\n"
        + "“We closed two libraries last year,” the city's budget director, Tim Walsh, said.");
    assertThat(quoteStarting(quotes, "The budget has").getSpeaker()).isEqualTo("Ann Porter");
    Quote walsh = quoteStarting(quotes, "We closed");
    assertThat(walsh.getSpeaker()).isEqualTo("Tim Walsh");
    assertThat(walsh.getSpeakerRole()).isEqualTo("city's budget director");
  }

  @Test
  void aParticipleAfterAnOpeningPrepositionalPhraseTakesTheSentencesSubject() throws Exception {
    List<Quote> quotes = annotate("During a rally in the harbour town on Sunday, Senator Karl Ostrander criticised "
        + "the mayor for his handling of the flood, saying, “He waited three days before he even came to look.”");
    Quote quote = quoteStarting(quotes, "He waited");
    assertThat(quote.getDirect()).isTrue();
    assertThat(quote.getSpeaker()).isEqualTo("Karl Ostrander");
    assertThat(quotes).noneMatch(q -> q.getCoveredText().startsWith("the mayor for his handling"));
  }

  @Test
  void aSecondSpeechVerbOfTheSubjectIntroducesItsOwnQuote() throws Exception {
    List<Quote> quotes = annotate("Dana Whitfield then urges her brother to leave the building and repeatedly says, "
        + "“Get out of there now,” until the line goes dead.");
    Quote quote = quoteStarting(quotes, "Get out");
    assertThat(quote.getDirect()).isTrue();
    assertThat(quote.getSpeaker()).isEqualTo("Dana Whitfield");
  }
}
