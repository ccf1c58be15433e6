package org.annalist.linguistic.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private final Segmenter segmenter = new Segmenter();

  static List<String> sentences(String text, Segmentation s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.sentenceCount(); i++) {
      out.add(text.substring(s.sentenceBegin(i), s.sentenceEnd(i)));
    }
    return out;
  }

  static List<String> tokens(String text, Segmentation s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.tokenCount(); i++) {
      out.add(text.substring(s.tokenBegin(i), s.tokenEnd(i)));
    }
    return out;
  }

  static List<String> words(String text, Segmentation s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.wordCount(); i++) {
      out.add(text.substring(s.wordBegin(i), s.wordEnd(i)));
    }
    return out;
  }

  private List<String> sentences(String text) {
    return sentences(text, segmenter.segment(text));
  }

  private List<String> tokens(String text) {
    return tokens(text, segmenter.segment(text));
  }

  @Test
  void titlesInitialsAndAcronymsDoNotEndSentences() {
    String text = "Lt. Gen. Mark Hale met Mr. J. R. Smith of the U.S. Army on Jan. 5 at No. 10 Downing St. "
        + "in London. They talked.";
    assertThat(sentences(text)).containsExactly(
        "Lt. Gen. Mark Hale met Mr. J. R. Smith of the U.S. Army on Jan. 5 at No. 10 Downing St. in London.",
        "They talked.");
    assertThat(tokens(text)).contains("Lt.", "Gen.", "Mr.", "J.", "R.", "U.S.", "Jan.", "No.", "St.");
  }

  @Test
  void anAbbreviationEndingTheSentenceGivesUpItsPeriod() {
    String text = "The deal was signed in the U.S. The markets rose.";
    assertThat(sentences(text)).containsExactly("The deal was signed in the U.S.", "The markets rose.");
    assertThat(tokens(text)).containsSubsequence("U.S", ".", "The");
  }

  @Test
  void aDatelineStaysInItsSentence() {
    String text = "BAGHDAD – Iraqi forces retook the town on Sunday, officials said. Fighting went on.";
    assertThat(sentences(text)).containsExactly("BAGHDAD – Iraqi forces retook the town on Sunday, officials said.",
        "Fighting went on.");
  }

  @Test
  void aQuotationSpanningSentencesKeepsItsClosingMarkAndSaidClause() {
    String text = "\"We will not leave. We will stay,\" he said. \"Never.\" Then he left.";
    assertThat(sentences(text)).containsExactly("\"We will not leave.", "We will stay,\" he said.", "\"Never.\"",
        "Then he left.");
  }

  @Test
  void ellipsesAndQuestionMarks() {
    assertThat(sentences("Wait... what was that? nobody knows... It left!")).containsExactly(
        "Wait... what was that?", "nobody knows...", "It left!");
  }

  @Test
  void urlsMailsHandlesHashtagsAndNumbersStayWhole() {
    String text = "See https://example.org/a/b?x=1&y=(2). Mail jane.doe@example.com or @jdoe_77 #Elections2024 "
        + "about $1,250.50, 10:30, 08/16/2000, 713-664-7478 and 3.5 km.";
    assertThat(tokens(text)).contains("https://example.org/a/b?x=1&y=(2)", "jane.doe@example.com", "@jdoe_77",
        "#Elections2024", "$", "1,250.50", "10:30", "08/16/2000", "713-664-7478", "3.5", "km");
  }

  @Test
  void contractionsAreOneTokenOfTwoWords() {
    String text = "I don't think they're gonna win, can't you see? It's John's.";
    Segmentation s = segmenter.segment(text);
    assertThat(tokens(text, s)).contains("don't", "they're", "gonna", "can't", "It's", "John's");
    assertThat(words(text, s)).containsSubsequence("do", "n't", "think", "they", "'re", "gon", "na", "win", ",",
        "ca", "n't", "It", "'s", "John", "'s", ".");
  }

  @Test
  void hyphensSplitExceptAfterPrefixes() {
    assertThat(tokens("a long-term e-mail re-election plan")).containsExactly("a", "long", "-", "term", "e-mail",
        "re-election", "plan");
  }

  @Test
  void aBlankLineEndsASentence() {
    assertThat(sentences("Breaking News\n\nThe vote was held today")).containsExactly("Breaking News",
        "The vote was held today");
  }

  @Test
  void everyNonSpaceCharacterIsInExactlyOneToken() {
    String text = "«Ça va?» — she asked (twice)!! 3rd-quarter results: +5%... [1] ok";
    Segmentation s = segmenter.segment(text);
    int covered = 0;
    int previousEnd = 0;
    for (int t = 0; t < s.tokenCount(); t++) {
      assertThat(s.tokenBegin(t)).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(previousEnd, s.tokenBegin(t))).isBlank();
      covered += s.tokenEnd(t) - s.tokenBegin(t);
      previousEnd = s.tokenEnd(t);
    }
    assertThat(covered).isEqualTo(text.replaceAll("\\s", "").length());
  }

  @Test
  void regionsAreSegmentedSeparatelyIntoOneResult() {
    String text = "Menu Home. The story starts here and ends here. Footer";
    Segmentation s = new Segmentation();
    segmenter.segment(text, 11, 47, s);
    assertThat(sentences(text, s)).containsExactly("The story starts here and ends here.");
  }

  @Test
  void aSeparatorLineIsASentenceOfItsOwn() {
    String text = "See you at the picnic ===================== Parking is behind the hall. Bring a chair "
        + "***** Tickets cost $5 -- cheap.";
    assertThat(sentences(text)).containsExactly("See you at the picnic", "=====================",
        "Parking is behind the hall.", "Bring a chair", "*****", "Tickets cost $5 -- cheap.");
  }

  @Test
  void anEmailHeaderTimestampStandsBetweenSenderAndMessage() {
    String text = "Maria Lopez 03/14/2002 09:05 AM please send me the minutes. Ken wrote on 03/13/2002 04:40 PM "
        + "The figures are final.";
    assertThat(sentences(text)).containsExactly("Maria Lopez", "03/14/2002 09:05 AM",
        "please send me the minutes.", "Ken wrote on 03/13/2002 04:40 PM", "The figures are final.");
  }

  @Test
  void aTimeInRunningTextIsNoHeader() {
    String text = "The train left at 09:05 AM on 03/14/2002 and arrived late.";
    assertThat(sentences(text)).containsExactly(text);
  }

  @Test
  void greetingsAndClosingsOfALetterStandAlone() {
    String text = "Hi Tom, The boxes arrive on Monday. Best regards, Anna Berg";
    assertThat(sentences(text)).containsExactly("Hi Tom,", "The boxes arrive on Monday.", "Best regards,",
        "Anna Berg");
    String inline = "Thanks, but we can't come. Dear me, that was close.";
    assertThat(sentences(inline)).containsExactly("Thanks, but we can't come.", "Dear me, that was close.");
  }

  @Test
  void anAddressInAngleBracketsEndsTheHeaderLine() {
    String text = "From: Ann Berg <ann.berg@example.org> The meeting moved to Friday. Write to <a@b.org> soon.";
    assertThat(sentences(text)).containsExactly("From: Ann Berg <ann.berg@example.org>",
        "The meeting moved to Friday.", "Write to <a@b.org> soon.");
  }

  @Test
  void anAddresseeBeforeASpacedDashIsASentenceButADatelineIsNot() {
    String text = "Paul and Rita - Your tickets are ready. Ms Berg (Sales) - The figures are attached. "
        + "OSLO (Reuters) - Snow closed the airport. Al-Qaeda Coca-Cola stayed with the rest - Then it ended.";
    assertThat(sentences(text)).containsExactly("Paul and Rita -", "Your tickets are ready.",
        "Ms Berg (Sales) -", "The figures are attached.", "OSLO (Reuters) - Snow closed the airport.",
        "Al-Qaeda Coca-Cola stayed with the rest - Then it ended.");
  }

  @Test
  void aShortBracketedSourceBeforeTheTextIsASentence() {
    String text = "(Daily Courier) The bridge reopens today. (It was shut for a week) and traffic resumed.";
    assertThat(sentences(text)).containsExactly("(Daily Courier)", "The bridge reopens today.",
        "(It was shut for a week) and traffic resumed.");
  }

  @Test
  void dashesBeforeASignatureStandAlone() {
    String text = "See you there. -- Posted by Lena at noon. It rained -- Nobody came.";
    assertThat(sentences(text)).containsExactly("See you there.", "--", "Posted by Lena at noon.",
        "It rained -- Nobody came.");
  }

  @Test
  void aLineOfAddressesEndsBeforeTheNextAddressOrACapitalisedWord() {
    String text = "Photos of the trip https://example.org/a.jpg https://example.org/b.jpg More are coming. "
        + "See www.example.org for the rest and (www.example.net) Tuesday. Write to ann@example.org Friday.";
    assertThat(sentences(text)).containsExactly("Photos of the trip https://example.org/a.jpg",
        "https://example.org/b.jpg", "More are coming.", "See www.example.org for the rest and (www.example.net) Tuesday.",
        "Write to ann@example.org Friday.");
  }

  @Test
  void aBracketedAddressOpeningAPostIsASentence() {
    String text = "[http://example.org/story?id=7] Rain fell all week. The [http://example.org/x] link broke.";
    assertThat(sentences(text)).containsExactly("[http://example.org/story?id=7]", "Rain fell all week.",
        "The [http://example.org/x] link broke.");
  }

  @Test
  void anEmoticonBeforeAWordEndsTheSentence() {
    String text = "We won the cup :-) see you at the party ;) Bring the kids. It costs 5:3 for us :-).";
    assertThat(sentences(text)).containsExactly("We won the cup :-)", "see you at the party ;)", "Bring the kids.",
        "It costs 5:3 for us :-).");
  }

  @Test
  void attachedFilesListedWithDashesAreItemsOfTheirOwn() {
    String text = "The reports are attached - budget.xls - minutes.doc - Notes.pdf << File: Notes.pdf >> "
        + "Call me about them - soon - Ben.";
    assertThat(sentences(text)).containsExactly("The reports are attached", "- budget.xls", "- minutes.doc",
        "- Notes.pdf << File: Notes.pdf >>", "Call me about them - soon - Ben.");
  }

  @Test
  void numberedItemsInRunningTextStartSentences() {
    String text = "Three things to know 1) the bus is late 2) Tickets cost more (see 3) below) and 3) bring cash";
    assertThat(sentences(text)).containsExactly("Three things to know", "1) the bus is late",
        "2) Tickets cost more (see 3) below) and", "3) bring cash");
  }

  @Test
  void aSpacedClosingBracketStaysWithItsSentence() {
    String text = "(We land at noon and leave at six. ) Take the bus. [It is cheap! ] Then walk.";
    assertThat(sentences(text)).containsExactly("(We land at noon and leave at six. )", "Take the bus.",
        "[It is cheap! ]", "Then walk.");
  }

  @Test
  void aQuotedExclamationBeforeALowerCaseWordDoesNotEndTheSentence() {
    String text = "She shouted \"Stop!\" and ran. He said \u201cWhy?\u201d she asked. \"Go!\" Nobody moved.";
    assertThat(sentences(text)).containsExactly("She shouted \"Stop!\" and ran.",
        "He said \u201cWhy?\u201d she asked.", "\"Go!\"", "Nobody moved.");
  }

  @Test
  void anExtensionAndAHandleWithADomainStayWhole() {
    String text = "Call Ann Berg ext. 3762 or write to @example.com today.";
    assertThat(sentences(text)).containsExactly(text);
    assertThat(tokens(text)).contains("ext.", "@example.com").doesNotContain("com");
  }
}
