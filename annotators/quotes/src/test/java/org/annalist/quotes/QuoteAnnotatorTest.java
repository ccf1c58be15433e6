package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.type.MainContent;
import org.annalist.type.PersonMention;
import org.annalist.type.Quote;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteAnnotatorTest {

  private static AnalysisEngine engine;

  @BeforeAll
  static synchronized void createEngine() throws Exception {
    if (engine == null) {
      engine = AnalysisEngineFactory.createEngine(QuoteAnnotator.class);
    }
  }

  static List<Quote> annotate(String text) throws Exception {
    createEngine();
    JCas jcas = JCasFactory.createText(text, "en");
    engine.process(jcas);
    return List.copyOf(JCasUtil.select(jcas, Quote.class));
  }

  static Quote quoteStarting(List<Quote> quotes, String prefix) {
    return quotes.stream().filter(q -> q.getCoveredText().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting with " + prefix + " in "
            + quotes.stream().map(Quote::getCoveredText).toList()));
  }

  @Test
  void quoteThenSpeakerThenCue() throws Exception {
    List<Quote> quotes = annotate("Pentagon spokesman John Kirby spoke on Monday.\n\n"
        + "“We are watching closely,” Kirby said.");
    Quote quote = quoteStarting(quotes, "We are watching");
    assertThat(quote.getCoveredText()).isEqualTo("We are watching closely,");
    assertThat(quote.getDirect()).isTrue();
    assertThat(quote.getCue().getCoveredText()).isEqualTo("said");
    assertThat(quote.getCue().getLemma()).isEqualTo("say");
    assertThat(quote.getSpeakerMention().getCoveredText()).isEqualTo("Kirby");
    assertThat(quote.getSpeakerMention().getEntityKind()).isEqualTo("PERSON");
    assertThat(quote.getSpeaker()).isEqualTo("John Kirby");
  }

  @Test
  void invertedCueWithRoleInApposition() throws Exception {
    Quote quote = quoteStarting(annotate(
        "“The coalition reserves the right to defend itself,” said Maj. Gen. John W. Brennan, Jr., "
            + "commander of the joint task force."), "The coalition");
    assertThat(quote.getSpeaker()).isEqualTo("John W. Brennan, Jr.");
    assertThat(quote.getSpeakerRole()).isEqualTo("commander of the joint task force");
  }

  @Test
  void titleAndRoleBeforeTheNameAndNameVariantsAreOneSpeaker() throws Exception {
    List<Quote> quotes = annotate("“First point,” coalition head Major General John Brennan Jr said in a statement.\n\n"
        + "“Second point is longer,” said Maj. Gen. John W. Brennan, Jr.");
    Quote first = quoteStarting(quotes, "First point");
    Quote second = quoteStarting(quotes, "Second point");
    assertThat(first.getSpeakerRole()).startsWith("coalition head");
    assertThat(first.getCue().getCoveredText()).isEqualTo("said in a statement");
    assertThat(first.getSpeaker()).isEqualTo(second.getSpeaker()).contains("John").contains("Brennan");
  }

  @Test
  void cueBeforeTheQuoteWithColonOrComma() throws Exception {
    List<Quote> quotes = annotate("Senator Jane Smith told reporters: “We will not back down.”\n\n"
        + "Her colleague Tom Baker said, “Nor will I, whatever happens.”");
    assertThat(quoteStarting(quotes, "We will not").getSpeaker()).isEqualTo("Jane Smith");
    assertThat(quoteStarting(quotes, "We will not").getCue().getCoveredText()).isEqualTo("told reporters");
    assertThat(quoteStarting(quotes, "Nor will I").getSpeaker()).isEqualTo("Tom Baker");
  }

  @Test
  void splitQuoteGetsOneSpeakerAndOneCue() throws Exception {
    List<Quote> quotes = annotate(
        "“We observed five rounds ... the closest impact was 2km away,” a coalition official said. “No damage, no casualties.”");
    Quote first = quoteStarting(quotes, "We observed");
    Quote second = quoteStarting(quotes, "No damage");
    assertThat(second.getCue()).isSameAs(first.getCue());
    assertThat(first.getSpeakerMention().getCoveredText()).isEqualTo("a coalition official");
    assertThat(first.getSpeakerMention().getEntityKind()).isEqualTo("DESCRIPTION");
    assertThat(first.getSpeaker()).isNull();
    assertThat(first.getSpeakerRole()).isEqualTo("coalition official");
    assertThat(second.getSpeakerRole()).isEqualTo("coalition official");
  }

  @Test
  void quoteSplitAroundAMidSentenceAttribution() throws Exception {
    List<Quote> quotes = annotate("“Every time you say that,” Tester said, “you give ammunition to the critics.”");
    assertThat(quoteStarting(quotes, "you give").getCue()).isSameAs(quoteStarting(quotes, "Every time").getCue());
    assertThat(quoteStarting(quotes, "you give").getSpeaker()).isEqualTo("Tester");
  }

  @Test
  void aCueThatIntroducesTheNextQuoteDoesNotAttributeThePreviousOne() throws Exception {
    List<Quote> quotes = annotate("Jane Doe spoke after him.\n\n"
        + "Critics call it “the same rigged system he says he will change.” She adds, “What kind of genius loses a billion dollars?”");
    Quote next = quoteStarting(quotes, "What kind");
    assertThat(next.getSpeaker()).isEqualTo("Jane Doe");
    assertThat(quotes).filteredOn(q -> q.getCoveredText().startsWith("the same rigged")).allSatisfy(
        q -> assertThat(q.getCue()).isNotSameAs(next.getCue()));
  }

  @Test
  void multiParagraphQuoteIsOneQuote() throws Exception {
    List<Quote> quotes = annotate("Governor Ann Lee spoke at length. She said:\n\n"
        + "“We will rebuild the bridge this year.\n\n"
        + "“And we will pay for it without new taxes.”");
    // one quotation, annotated per paragraph: the parts share their cue like a split quote
    assertThat(quotes).extracting(Quote::getCoveredText)
        .containsExactly("We will rebuild the bridge this year.", "And we will pay for it without new taxes.");
    assertThat(quotes.get(1).getCue()).isSameAs(quotes.get(0).getCue());
    assertThat(quotes).allSatisfy(q -> assertThat(q.getSpeaker()).isEqualTo("Ann Lee"));
  }

  @Test
  void nestedQuoteStaysInsideTheSpeakersQuote() throws Exception {
    List<Quote> quotes = annotate("“They told us, ‘Leave now,’ and we left,” the farmer said.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).getCoveredText()).isEqualTo("They told us, ‘Leave now,’ and we left,");
    assertThat(quotes.get(0).getSpeakerRole()).isEqualTo("farmer");
  }

  @Test
  void scareQuotesAndTitlesAreNotSpeech() throws Exception {
    List<Quote> quotes = annotate("Washington blamed the attacks on “Iran-backed groups.” "
        + "A group calling itself the “International Resistance” claimed it. "
        + "He read ‘War and Peace’ twice.");
    assertThat(quotes).isEmpty();
  }

  @Test
  void guillemetsAndSingleQuotesAreQuotations() throws Exception {
    List<Quote> quotes = annotate("«We are ready for talks,» the minister said.\n\n"
        + "‘It is far too early to tell,’ a senior diplomat said.");
    assertThat(quoteStarting(quotes, "We are ready").getSpeakerRole()).isEqualTo("minister");
    assertThat(quoteStarting(quotes, "It is far").getSpeakerRole()).isEqualTo("senior diplomat");
  }

  @Test
  void reportedSpeechIsIndirectWithTheReportedClause() throws Exception {
    List<Quote> quotes = annotate("John Kirby, Pentagon press secretary, spoke on Wednesday.\n\n"
        + "Kirby said the attacks could be related to the anniversary of the killing.");
    Quote quote = quoteStarting(quotes, "the attacks");
    assertThat(quote.getDirect()).isFalse();
    assertThat(quote.getCoveredText()).isEqualTo("the attacks could be related to the anniversary of the killing");
    assertThat(quote.getSpeaker()).isEqualTo("John Kirby");
  }

  @Test
  void reportedSpeechWithThatAndWithSourceAfterTheClause() throws Exception {
    List<Quote> quotes = annotate("The Pentagon said that two rockets hit the base.\n\n"
        + "Two more rockets fell outside the perimeter, a security source said.");
    assertThat(quoteStarting(quotes, "that two rockets").getSpeaker()).isEqualTo("Pentagon");
    assertThat(quoteStarting(quotes, "that two rockets").getSpeakerMention().getEntityKind()).isEqualTo("ORGANIZATION");
    Quote second = quoteStarting(quotes, "Two more rockets");
    assertThat(second.getCoveredText()).isEqualTo("Two more rockets fell outside the perimeter");
    assertThat(second.getSpeaker()).isNull();
    assertThat(second.getSpeakerRole()).isEqualTo("security source");
  }

  @Test
  void accordingTo() throws Exception {
    List<Quote> quotes = annotate("According to an Iraqi officer, five rockets hit the base on Wednesday evening.\n\n"
        + "More than 100 soldiers were injured, according to the Pentagon.");
    Quote first = quoteStarting(quotes, "five rockets");
    assertThat(first.getCue().getCoveredText()).isEqualTo("According to");
    assertThat(first.getSpeakerRole()).isEqualTo("Iraqi officer");
    assertThat(quoteStarting(quotes, "More than 100").getSpeaker()).isEqualTo("Pentagon");
  }

  @Test
  void pronounsResolveToTheRightAntecedent() throws Exception {
    List<Quote> quotes = annotate("US Defense Secretary Mark Esper said the United States should expect a response.\n\n"
        + "“I think they will retaliate in some way,” he told a conference.\n\n"
        + "Donna Brazile, the party chairwoman, joined him on stage.\n\n"
        + "“We are united,” she said.");
    Quote he = quoteStarting(quotes, "I think");
    assertThat(he.getSpeakerMention().getEntityKind()).isEqualTo("PRONOUN");
    assertThat(he.getSpeaker()).isEqualTo("Mark Esper");
    assertThat(he.getSpeakerRole()).isEqualTo("US Defense Secretary");
    assertThat(quoteStarting(quotes, "We are united").getSpeaker()).isEqualTo("Donna Brazile");
  }

  @Test
  void statementAndItResolveToTheOrganisation() throws Exception {
    List<Quote> quotes = annotate("“Coalition forces were targeted this morning by eight rounds,” a coalition statement said.\n\n"
        + "“The attack did not cause any casualties,” it said.");
    Quote first = quoteStarting(quotes, "Coalition forces");
    assertThat(first.getSpeakerMention().getEntityKind()).isEqualTo("DOCUMENT");
    assertThat(first.getSpeaker()).isEqualTo("coalition");
    assertThat(quoteStarting(quotes, "The attack").getSpeaker()).isEqualTo("coalition");
  }

  @Test
  void aCountryUsedAsAPlaceSpeaksAsAnOrganisation() throws Exception {
    List<Quote> quotes = annotate("Rockets landed in Iraq on Tuesday.\n\nIraq said its forces suffered no casualties.");
    Quote quote = quoteStarting(quotes, "its forces");
    assertThat(quote.getSpeaker()).isEqualTo("Iraq");
    assertThat(quote.getSpeakerMention().getEntityKind()).isEqualTo("ORGANIZATION");
  }

  @Test
  void quoteWithoutANamedSpeakerIsAnHonestUnknown() throws Exception {
    List<Quote> quotes = annotate("The crowd grew louder.\n\n“We want our jobs back and we want them now!”\n\nPolice watched.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).getSpeaker()).isNull();
    assertThat(quotes.get(0).getSpeakerMention()).isNull();
    assertThat(quotes.get(0).getConfidence()).isLessThan(0.5);
  }

  @Test
  void onlyMainContentIsRead() throws Exception {
    String text = "“Teaser quote from another story here,” a reader said.\n\n“The real quote is here,” Kirby said.";
    JCas jcas = JCasFactory.createText(text, "en");
    new MainContent(jcas, text.indexOf("“The real"), text.length()).addToIndexes();
    engine.process(jcas);
    assertThat(JCasUtil.select(jcas, Quote.class)).extracting(Quote::getCoveredText)
        .containsExactly("The real quote is here,");
    assertThat(JCasUtil.select(jcas, PersonMention.class)).extracting(PersonMention::getCoveredText)
        .containsExactly("Kirby");
  }

  @Test
  void pathologicalInputIsAnnotatedWithoutError() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(i % 3 == 0 ? "“" : i % 3 == 1 ? "said, " : "’ A. B. ");
    }
    annotate(text.toString());
    assertThat(annotate("\"".repeat(50_000))).isNotNull();
    assertThat(annotate("said ".repeat(50_000))).isEmpty();
  }

  @Test
  void hugeDocumentIsAnnotatedWhole() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      text.append("Senator Anna Berg").append(i).append(" met Governor Tom Quist").append(i)
          .append(" in Ohio. “We agreed on the budget,” she said. Quist").append(i)
          .append(" said the talks would go on, according to aides. “It was hard,” he added.\n\n");
    }
    List<Quote> quotes = annotate(text.toString());
    assertThat(quotes).hasSize(9_000);
    assertThat(quoteStarting(quotes, "We agreed").getSpeaker()).isEqualTo("Anna Berg0");
  }

  @Test
  void aQuotationContinuingAClauseIsOneMixedQuotationOverTheClause() throws Exception {
    List<Quote> quotes = annotate("The mayor spoke after the vote.\n\n"
        + "The new budget “will keep every library open,” Mayor Ellen Hart said.");
    Quote quote = quoteStarting(quotes, "The new budget");
    assertThat(quote.getDirect()).isFalse();
    assertThat(quote.getCoveredText()).isEqualTo("The new budget “will keep every library open,");
    assertThat(quote.getSpeaker()).isEqualTo("Ellen Hart");
  }

  @Test
  void verbsWithANounObjectAndQuantifierSubjectsAreNotSpeech() throws Exception {
    List<Quote> quotes = annotate("A little-known group claimed responsibility for the blast on the bridge.\n\n"
        + "The rebels vowed revenge against the army units in the valley.\n\n"
        + "Many believed the storm would miss the coast entirely this year.\n\n"
        + "The ministry claimed that the bridge had been repaired within a week.");
    assertThat(quotes).extracting(Quote::getCoveredText)
        .containsExactly("that the bridge had been repaired within a week");
  }

  @Test
  void aDatelineIsNotPartOfTheReportedContent() throws Exception {
    List<Quote> quotes = annotate("BAGHDAD – Two rockets struck near the airport late on Sunday, police officials said.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).getCoveredText()).isEqualTo("Two rockets struck near the airport late on Sunday");
  }
}
