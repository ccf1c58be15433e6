package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.annalist.core.testing.SharedData;
import org.annalist.quotes.extract.Lexicons;
import org.annalist.quotes.extract.PersonName;
import org.annalist.type.Quote;
import org.junit.jupiter.api.Test;

/**
 * The quotes of the five seed articles, with the speakers checked by hand. The seeds still
 * contain page boilerplate (teasers of other stories); only the main article's quotes are checked.
 */
class SeedArticlesTest {

  private static List<Quote> seed(String name) throws Exception {
    String text = Files.readString(SharedData.require("seeds/" + name), StandardCharsets.UTF_8);
    return QuoteAnnotatorTest.annotate(text);
  }

  private static Quote direct(List<Quote> quotes, String prefix) {
    Quote quote = QuoteAnnotatorTest.quoteStarting(quotes, prefix);
    assertThat(quote.getDirect()).as(prefix).isTrue();
    return quote;
  }

  private static String key(String speaker) {
    return PersonName.parse(speaker, Lexicons.standard()).key();
  }

  @Test
  void seed000() throws Exception {
    List<Quote> quotes = seed("000_7ba364a55b229c62.txt");
    Quote brennan = direct(quotes, "Our coalition continues to see threats");
    assertThat(key(brennan.getSpeaker())).isEqualTo("john brennan");
    assertThat(brennan.getSpeakerRole()).startsWith("coalition head");
    Quote observed = direct(quotes, "We observed five rounds");
    assertThat(observed.getSpeaker()).isNull();
    assertThat(observed.getSpeakerRole()).isEqualTo("coalition official");
    Quote noDamage = direct(quotes, "No damage, no casualties.");
    assertThat(noDamage.getCue()).isSameAs(observed.getCue());
    assertThat(noDamage.getSpeakerRole()).isEqualTo("coalition official");
    assertThat(direct(quotes, "Coalition forces were targeted").getSpeaker()).isEqualTo("coalition");
    assertThat(direct(quotes, "The attack did not cause").getSpeaker()).isEqualTo("coalition");
    Quote kirby = direct(quotes, "It remains our working level assumption");
    assertThat(kirby.getSpeaker()).isEqualTo("John Kirby");
    assertThat(kirby.getSpeakerRole()).isEqualTo("Pentagon spokesman");
    Quote added = direct(quotes, "We’ve been eminently clear");
    assertThat(added.getSpeaker()).isEqualTo("John Kirby");
    assertThat(added.getSpeakerMention().getCoveredText()).isEqualTo("Kirby");
    assertThat(added.getCue().getCoveredText()).isEqualTo("added");
  }

  @Test
  void seed001() throws Exception {
    List<Quote> quotes = seed("001_b0408c1294fcba4e.txt");
    Quote brennan = direct(quotes, "Our coalition continues to see threats");
    assertThat(key(brennan.getSpeaker())).isEqualTo("john brennan");
    assertThat(direct(quotes, "We observed five rounds").getSpeakerRole()).isEqualTo("coalition official");
    assertThat(direct(quotes, "No damage, no casualties.").getSpeakerRole()).isEqualTo("coalition official");
    assertThat(direct(quotes, "Coalition forces were targeted").getSpeaker()).isEqualTo("coalition");
    // a paragraph that only continues the statement quoted just before it
    assertThat(direct(quotes, "The attack did not cause").getSpeaker()).isEqualTo("coalition");
    assertThat(direct(quotes, "It remains our working level assumption").getSpeaker()).isEqualTo("John Kirby");
    assertThat(direct(quotes, "We ve been eminently clear").getSpeaker()).isEqualTo("John Kirby");
  }

  @Test
  void seed002() throws Exception {
    List<Quote> quotes = seed("002_ec29e194aaed57fc.txt");
    assertThat(direct(quotes, "Iran-supported malign actors").getSpeaker()).isEqualTo("coalition");
    Quote brennan = direct(quotes, "The Coalition reserves the right");
    assertThat(key(brennan.getSpeaker())).isEqualTo("john brennan");
    assertThat(brennan.getSpeakerRole()).isEqualTo("commander of the joint task force");
    Quote mindful = direct(quotes, "We’re very mindful");
    assertThat(mindful.getSpeakerMention().getCoveredText()).isEqualTo("he");
    assertThat(mindful.getSpeaker()).isEqualTo("John Kirby");
    assertThat(mindful.getSpeakerRole()).isEqualTo("Pentagon press secretary");
    Quote reported = QuoteAnnotatorTest.quoteStarting(quotes, "the attacks could be related");
    assertThat(reported.getDirect()).isFalse();
    assertThat(reported.getSpeaker()).isEqualTo("John Kirby");
  }

  @Test
  void seed003HasNoSpeechInQuotationMarks() throws Exception {
    List<Quote> quotes = seed("003_7b39c792f8d8761a.txt");
    assertThat(quotes).filteredOn(Quote::getDirect).isEmpty();
    assertThat(QuoteAnnotatorTest.quoteStarting(quotes, "two projectiles fell").getSpeaker())
        .isEqualTo("Security Media Cell");
  }

  @Test
  void seed004() throws Exception {
    List<Quote> quotes = seed("004_733cd41fd4b43536.txt");
    assertThat(direct(quotes, "All is well!").getSpeaker()).isEqualTo("Donald Trump");
    assertThat(direct(quotes, "As we evaluate our situation").getSpeaker()).isEqualTo("Jonathan Hoffman");
    Quote esper = direct(quotes, "I think we should expect");
    assertThat(esper.getSpeaker()).isEqualTo("Mark Esper");
    assertThat(esper.getSpeakerRole()).isEqualTo("US Defense Secretary");
    assertThat(direct(quotes, "We do not seek escalation").getSpeaker()).isEqualTo("Mohammad Javad Zarif");
    // quotes inside reported speech belong to the reported statement
    Quote zarif = QuoteAnnotatorTest.quoteStarting(quotes, "Iran “took and completed");
    assertThat(zarif.getDirect()).isFalse();
    assertThat(zarif.getSpeaker()).isEqualTo("Mohammad Javad Zarif");
    assertThat(QuoteAnnotatorTest.quoteStarting(quotes, "the missile attack was a “slap").getSpeaker())
        .isEqualTo("Ali Khamenei");
  }
}
