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

  @Test
  void aParticipleWithoutItsOwnSubjectTakesTheNameThatOpensTheSentenceOrTheCueBeforeIt() throws Exception {
    List<Quote> quotes = annotate("Tom Baker walked onto the stage, chanting “Vote them out!”\n\n"
        + "The two mayors will meet next week, Ruth Adler said, adding, “They need to sit down and talk.”");
    assertThat(quoteStarting(quotes, "Vote them out").getSpeaker()).isEqualTo("Tom Baker");
    assertThat(quoteStarting(quotes, "They need").getSpeaker()).isEqualTo("Ruth Adler");
  }

  @Test
  void theTurnsOfATranscriptAreQuotesOfTheirSpeakers() throws Exception {
    List<Quote> quotes = annotate("On Sunday, Senator Ellen Marsh spoke to the host Paul Kerrigan about the dam.\n\n"
        + "A partial transcript follows:\n\n"
        + "\"KERRIGAN: Will the dam be finished this year? People want to know.\n\n"
        + "\"MARSH: Look, the engineers call it “the best design in decades.” We will finish it.\n\n"
        + "\"And we will finish it on budget.\n\n"
        + "\"(CROSSTALK.)\n\n"
        + "\"KERRIGAN: Thank you, Senator.\"\n\n"
        + "The interview was recorded on Friday.");
    Quote question = quoteStarting(quotes, "Will the dam");
    assertThat(question.getSpeaker()).isEqualTo("Paul Kerrigan");
    assertThat(question.getCoveredText()).doesNotContain("KERRIGAN");
    Quote answer = quoteStarting(quotes, "Look, the engineers");
    assertThat(answer.getSpeaker()).isEqualTo("Ellen Marsh");
    assertThat(answer.getCoveredText()).endsWith("We will finish it.");
    Quote continued = quoteStarting(quotes, "And we will finish");
    assertThat(continued.getCue()).isSameAs(answer.getCue());
    assertThat(quoteStarting(quotes, "Thank you").getSpeaker()).isEqualTo("Paul Kerrigan");
    assertThat(quotes).noneMatch(q -> q.getCoveredText().contains("CROSSTALK"));
  }

  @Test
  void questionAndAnswerTurnsAreQuotesWithoutANameAndALoneLabelIsNoTurn() throws Exception {
    List<Quote> quotes = annotate("Q: What did the flood teach the town?\n\n"
        + "A: That the levee was never high enough, and that we knew it.\n\n"
        + "Q: Will it be raised?\n\nA: Next spring, if the money comes.");
    Quote answer = quoteStarting(quotes, "That the levee");
    assertThat(answer.getDirect()).isTrue();
    assertThat(answer.getSpeaker()).isNull();
    assertThat(answer.getSpeakerMention().getCoveredText()).isEqualTo("A");
    List<Quote> notes = annotate("UPDATE: The bridge reopened on Monday after the inspection was finished early.");
    assertThat(notes).noneMatch(q -> q.getCoveredText().startsWith("The bridge"));
  }

  @Test
  void wordsAfterTheClosingMarkBeforeTheAttributionMakeOneMixedQuotation() throws Exception {
    List<Quote> quotes = annotate("“The only cure is a new levee” for the lower town, Ruth Adler said on Tuesday.\n\n"
        + "“The river will rise again,” Adler said.");
    Quote mixed = quoteStarting(quotes, "“The only cure");
    assertThat(mixed.getDirect()).isFalse();
    assertThat(mixed.getCoveredText()).isEqualTo("“The only cure is a new levee” for the lower town");
    assertThat(mixed.getSpeaker()).isEqualTo("Ruth Adler");
    assertThat(quoteStarting(quotes, "The river").getDirect()).isTrue();
  }

  @Test
  void aClosingGlyphThatOpensAParagraphOpensAQuotation() throws Exception {
    List<Quote> quotes = annotate("The mayor spoke about the flood at length.\n\n"
        + "” … what I learned from the families on the river is that they never felt warned,” he said.");
    Quote quote = quoteStarting(quotes, "… what I learned");
    assertThat(quote.getDirect()).isTrue();
    assertThat(quote.getCoveredText()).endsWith("never felt warned,");
    assertThat(quote.getSpeakerMention().getCoveredText()).isEqualTo("he");
  }

  @Test
  void aPersonNounThatOpensTheSentenceIsADescriptionNotAName() throws Exception {
    List<Quote> quotes = annotate("Officials promised a new bridge by spring.\n\n"
        + "Residents near the river say they have heard such promises before.\n\n"
        + "Later, Farmers Union chairman Lena Brandt said the bridge “will never come”.");
    Quote farmers = quoteStarting(quotes, "they have heard");
    assertThat(farmers.getSpeakerMention().getEntityKind()).isEqualTo("DESCRIPTION");
    assertThat(farmers.getSpeaker()).isNotEqualTo("Residents");
    assertThat(quoteStarting(quotes, "the bridge").getSpeaker()).isEqualTo("Lena Brandt");
  }
}
