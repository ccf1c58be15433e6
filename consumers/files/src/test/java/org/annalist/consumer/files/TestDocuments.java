package org.annalist.consumer.files;

import org.annalist.core.plugin.ComponentParameters;
import org.annalist.type.Boilerplate;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.FocusPlace;
import org.annalist.type.MainContent;
import org.annalist.type.PersonMention;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.QuoteCue;
import org.annalist.type.Timex3;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/** Annotated CASes such as a full pipeline would produce. */
final class TestDocuments {

  static final String MENU = "Home | World | Sport\n";
  static final String ARTICLE =
      "Floods hit Erbil on Wednesday. \"The water had nowhere to go,\" said Dilshad Omar, the civil defence director.";
  static final String FOOTER = "\n(c) 2024 The Ledger";

  private TestDocuments() {}

  /** Menu, article and footer; the article is main content with a date, a place and a quote. */
  static JCas article(String id) throws Exception {
    return article(id, true);
  }

  static JCas article(String id, boolean withHtmlView) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    String text = MENU + "  " + ARTICLE + "  " + FOOTER;
    jcas.setDocumentText(text);
    jcas.setDocumentLanguage("en");
    DocumentMetadata md = new DocumentMetadata(jcas, 0, text.length());
    md.setDocumentId(id);
    md.setSourceUri("file:///data/" + id);
    md.setContentType("text/html");
    md.setTitle("Floods hit Erbil");
    md.setAuthor("Layla Hassan");
    md.setPublishedDate("2024-04-04");
    md.setPublishedDateSource("meta:article:published_time");
    md.setLanguage("en");
    md.setChecksum("ab".repeat(32));
    md.setSizeBytes(1234);
    md.addToIndexes();
    int a = text.indexOf(ARTICLE);
    new MainContent(jcas, a - 2, a + ARTICLE.length() + 2).addToIndexes();
    Boilerplate menu = new Boilerplate(jcas, 0, MENU.length() - 1);
    menu.setReason("navigation");
    menu.addToIndexes();
    Boilerplate footer = new Boilerplate(jcas, text.indexOf("(c)"), text.length());
    footer.setReason("footer");
    footer.addToIndexes();
    Timex3 date = new Timex3(jcas, text.indexOf("Wednesday"), text.indexOf("Wednesday") + 9);
    date.setTimexType("DATE");
    date.setValue("2024-04-03");
    date.addToIndexes();
    Place erbil = new Place(jcas, text.indexOf("Erbil"), text.indexOf("Erbil") + 5);
    erbil.setName("Erbil");
    erbil.setGeonamesId(95446);
    erbil.setFeatureCode("PPLA");
    erbil.setCountryCode("IQ");
    erbil.setAdmin1Code("IQ.11");
    erbil.setAdmin1Name("Erbil");
    erbil.setLatitude(36.19257);
    erbil.setLongitude(44.01062);
    erbil.setConfidence(0.9);
    erbil.setUsage("LITERAL");
    erbil.addToIndexes();
    int q = text.indexOf("The water");
    QuoteCue cue = new QuoteCue(jcas, text.indexOf("said"), text.indexOf("said") + 4);
    cue.setLemma("say");
    cue.addToIndexes();
    PersonMention omar = new PersonMention(jcas, text.indexOf("Dilshad"), text.indexOf("Omar") + 4);
    omar.setCanonicalName("Dilshad Omar");
    omar.addToIndexes();
    Quote quote = new Quote(jcas, q, text.indexOf(",\" said"));
    quote.setDirect(true);
    quote.setCue(cue);
    quote.setSpeakerMention(omar);
    quote.setSpeaker("Dilshad Omar");
    quote.setSpeakerRole("civil defence director");
    quote.addToIndexes();
    FocusPlace focus = new FocusPlace(jcas, 0, text.length());
    focus.setLevel("CITY");
    focus.setName("Erbil");
    focus.setGeonamesId(95446);
    focus.setCountryCode("IQ");
    focus.setLatitude(36.19257);
    focus.setLongitude(44.01062);
    focus.setWeight(1.0);
    focus.addToIndexes();
    if (withHtmlView) {
      jcas.createView(ComponentParameters.HTML_VIEW).setSofaDataString("<p>Floods hit Erbil</p>", "text/html");
    }
    return jcas;
  }
}
