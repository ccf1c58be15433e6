package org.annalist.quotes;

import static org.annalist.quotes.QuoteAnnotatorTest.annotate;
import static org.annalist.quotes.QuoteAnnotatorTest.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.type.Quote;
import org.junit.jupiter.api.Test;

/** The attribution rules of issue 18, each on a text written for it. */
class QuoteAttributionRulesTest {

  @Test
  void coordinatedSpeakersAreOneGroupNotANameWithARole() throws Exception {
    List<Quote> quotes = annotate("Iran fired missiles at two bases overnight.\n\n"
        + "Germany, Denmark, Norway and Poland said none of their troops in the country were harmed.");
    Quote quote = quoteStarting(quotes, "none of their troops");
    assertThat(quote.getSpeaker()).isEqualTo("Germany, Denmark, Norway and Poland");
    assertThat(quote.getSpeakerRole()).isNull();
    assertThat(quote.getSpeakerMention().getEntityKind()).isEqualTo("GROUP");
    assertThat(quote.getSpeakerMention().getCoveredText()).isEqualTo("Germany, Denmark, Norway and Poland");
  }

  @Test
  void coordinatedPeopleAreEachResolvedToTheirFullName() throws Exception {
    List<Quote> quotes = annotate("Senator Jane Smith and Governor Tom Baker met in Dayton on Monday.\n\n"
        + "Smith and Baker said the flood money would reach every county by the end of the month.");
    Quote quote = quoteStarting(quotes, "the flood money");
    assertThat(quote.getSpeaker()).isEqualTo("Jane Smith and Tom Baker");
  }

  @Test
  void aPlaceBeforeAPossessiveIsNoPersonsFirstName() throws Exception {
    List<Quote> quotes = annotate("Jets struck villages in Iraq's Anbar province on Tuesday.\n\n"
        + "Iraq has called the strikes on its soil unlawful and a breach of its sovereignty.");
    Quote quote = quoteStarting(quotes, "the strikes");
    assertThat(quote.getSpeaker()).isEqualTo("Iraq");
  }

  @Test
  void anOrganisationKeepsItsWholeNameWithoutWhereItIsBased() throws Exception {
    List<Quote> quotes = annotate("The Britain-based Syrian Observatory for Human Rights said earlier on Wednesday "
        + "that militia fighters fired shells towards a base in the east of the country.");
    Quote quote = quoteStarting(quotes, "that militia fighters");
    assertThat(quote.getSpeaker()).isEqualTo("Syrian Observatory for Human Rights");
    assertThat(quote.getSpeakerMention().getEntityKind()).isEqualTo("ORGANIZATION");
  }

  @Test
  void titlesInQuotationMarksAreNotSpeech() throws Exception {
    List<Quote> quotes = annotate("In an interview on CBS's “Face the Nation,” Senator Tom Baker said the plan would fail.\n\n"
        + "“We will win this vote in the end,” Baker said on “Meet the Press.” “Nobody doubts it any more.”");
    assertThat(quotes).extracting(Quote::getCoveredText)
        .noneMatch(text -> text.contains("Face the Nation") && !text.contains("plan"))
        .noneMatch(text -> text.startsWith("Meet the Press"));
    assertThat(quoteStarting(quotes, "Nobody doubts").getSpeaker()).isEqualTo("Tom Baker");
    assertThat(quoteStarting(quotes, "Nobody doubts").getCue())
        .isSameAs(quoteStarting(quotes, "We will win").getCue());
  }

  @Test
  void aQuotationAfterThatIsReportedSpeechFromThat() throws Exception {
    List<Quote> quotes = annotate("Governor Tom Baker wrote on Sunday that, “Every county will get its share of the money.”");
    Quote quote = quoteStarting(quotes, "that");
    assertThat(quote.getDirect()).isFalse();
    assertThat(quote.getCoveredText()).isEqualTo("that, “Every county will get its share of the money.");
    assertThat(quote.getSpeaker()).isEqualTo("Tom Baker");
  }

  @Test
  void aQuotedPhraseInsideAClauseNobodySaidIsNotAQuote() throws Exception {
    List<Quote> quotes = annotate("The council adopted a plan for “a fair and lasting settlement for all the families "
        + "who lost their homes in the floods of last spring.”");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aCueAfterALongAppositionWithCapitalisedWordsStillAttributes() throws Exception {
    List<Quote> quotes = annotate("“Their plan is clear and it will fail,” Anna Berg, a senior fellow at the Lake "
        + "Institute and a former United States envoy to Chile, said of the proposal. “It cannot work.”");
    assertThat(quoteStarting(quotes, "Their plan").getSpeaker()).isEqualTo("Anna Berg");
    assertThat(quoteStarting(quotes, "It cannot work").getSpeaker()).isEqualTo("Anna Berg");
  }

  @Test
  void aParticipleCueBetweenTwoQuotesTakesTheEarlierSpeaker() throws Exception {
    List<Quote> quotes = annotate("“We are ready for the storm,” Tom Baker said, adding later, “The vote is on Friday.”\n\n"
        + "“The roads are open again,” Jane Smith said, adding that the schools would reopen on Monday.");
    Quote second = quoteStarting(quotes, "The vote is");
    assertThat(second.getSpeaker()).isEqualTo("Tom Baker");
    assertThat(second.getCue().getCoveredText()).isEqualTo("adding");
    Quote reported = quoteStarting(quotes, "that the schools");
    assertThat(reported.getDirect()).isFalse();
    assertThat(reported.getSpeaker()).isEqualTo("Jane Smith");
  }

  @Test
  void aCommaAfterTheCueStillIntroducesTheReportedClause() throws Exception {
    List<Quote> quotes = annotate("Senator Jane Smith said, a majority of voters now support the new plan.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).getCoveredText()).isEqualTo("a majority of voters now support the new plan");
    assertThat(quotes.get(0).getSpeaker()).isEqualTo("Jane Smith");
  }

  @Test
  void anAttributionInterruptingTheSentenceGivesOneContentInTwoParts() throws Exception {
    List<Quote> quotes = annotate("The museum, Senator Jane Smith said, celebrated the heroes of the town.");
    assertThat(quotes).extracting(Quote::getCoveredText)
        .containsExactly("The museum", "celebrated the heroes of the town");
    assertThat(quotes.get(0).getCue()).isSameAs(quotes.get(1).getCue());
    assertThat(quotes).extracting(Quote::getSpeaker).containsOnly("Jane Smith");
  }

  @Test
  void aSecondVerbOfTheSubjectReportsSpeech() throws Exception {
    List<Quote> quotes = annotate("Governor Tom Baker visited the flooded towns on Monday and said the state "
        + "would pay for the repairs.");
    Quote quote = quoteStarting(quotes, "the state would pay");
    assertThat(quote.getSpeaker()).isEqualTo("Tom Baker");
  }

  @Test
  void aQuotationEndingItsSentenceTakesNoCueFromTheNextSentence() throws Exception {
    List<Quote> quotes = annotate("Senator Jane Smith said the budget is “out of control and must be cut.” "
        + "Others disagreed with her.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).getSpeaker()).isEqualTo("Jane Smith");
    assertThat(quotes.get(0).getCoveredText()).startsWith("the budget is");
  }

  @Test
  void aLowerCaseQuotationAfterWordsAndACommaIsAMixedQuotation() throws Exception {
    List<Quote> quotes = annotate("Senator Jane Smith said on the other hand, “the old system works fine for most "
        + "families with children.”\n\n"
        + "Governor Tom Baker said, “the roads will be open again by Friday morning.”");
    Quote mixed = quoteStarting(quotes, "on the other hand");
    assertThat(mixed.getDirect()).isFalse();
    assertThat(mixed.getSpeaker()).isEqualTo("Jane Smith");
    Quote direct = quoteStarting(quotes, "the roads");
    assertThat(direct.getDirect()).isTrue();
    assertThat(direct.getSpeaker()).isEqualTo("Tom Baker");
  }

  @Test
  void pollsAndStudiesReportFindingsWithoutThat() throws Exception {
    List<Quote> quotes = annotate("Recent polls show a close contest in the state this autumn.\n\n"
        + "One study found the new tax would cost most families more.\n\n"
        + "The hikers found the keys under a rock near the trail.");
    assertThat(quotes).extracting(Quote::getCoveredText)
        .containsExactly("a close contest in the state this autumn", "the new tax would cost most families more");
  }

  @Test
  void callsForAndCitationsReportTheirObject() throws Exception {
    List<Quote> quotes = annotate("Senator Jane Smith called for a moratorium on new charter schools.\n\n"
        + "Governor Tom Baker called on the legislature to pass the budget this week.\n\n"
        + "Smith cited rising costs as the main reason for the delay.");
    assertThat(quoteStarting(quotes, "a moratorium").getSpeaker()).isEqualTo("Jane Smith");
    assertThat(quoteStarting(quotes, "the legislature to pass").getSpeaker()).isEqualTo("Tom Baker");
    assertThat(quoteStarting(quotes, "rising costs").getSpeaker()).isEqualTo("Jane Smith");
  }

  @Test
  void aRelativeWhoIsAPersonSpeakingEvenWithoutAKnownAntecedent() throws Exception {
    List<Quote> quotes = annotate("The course was built by a local architect, who said he was never paid for the clubhouse.");
    Quote quote = quoteStarting(quotes, "he was never paid");
    assertThat(quote.getSpeakerMention().getCoveredText()).isEqualTo("who");
    assertThat(quote.getSpeaker()).isNull();
  }

  @Test
  void aShareOfRespondentsReportsWhatTheySaid() throws Exception {
    List<Quote> quotes = annotate("In the new survey, 63 percent said the governor was right to wait.");
    Quote quote = quoteStarting(quotes, "the governor was right");
    assertThat(quote.getSpeakerMention().getCoveredText()).isEqualTo("63 percent");
  }

  @Test
  void whoAfterAnAppositionIsThePersonNotTheGroupInTheApposition() throws Exception {
    List<Quote> quotes = annotate("The treaty was signed last week, according to Tom Becker, a policy adviser at the "
        + "Berlin-based group RiverWatch, who said he feared the stations would close within two years.");
    Quote quote = quoteStarting(quotes, "he feared");
    assertThat(quote.getSpeakerMention().getCoveredText()).isEqualTo("who");
    assertThat(quote.getSpeaker()).isEqualTo("Tom Becker");
  }
}
