package org.annalist.core.testing;

import org.annalist.type.DocumentMetadata;
import org.annalist.type.PersonMention;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.QuoteCue;
import org.annalist.type.Timex3;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/** Builds small test CASes by locating the given strings in the text. */
public final class CasBuilder {

  private final JCas jcas;
  private final String text;
  private final DocumentMetadata meta;

  public CasBuilder(String docId, String text) throws Exception {
    this.jcas = JCasFactory.createJCas();
    this.text = text;
    jcas.setDocumentText(text);
    meta = new DocumentMetadata(jcas, 0, text.length());
    meta.setDocumentId(docId);
    meta.setTitle(text.substring(0, Math.min(30, text.length())));
    meta.addToIndexes();
  }

  public CasBuilder published(String isoDate) {
    meta.setPublishedDate(isoDate);
    return this;
  }

  public CasBuilder place(String mention, long geonamesId, double lat, double lon) {
    return place(mention, mention, geonamesId, lat, lon);
  }

  /** A place written {@code mention} in the text whose gazetteer name is {@code name}. */
  public CasBuilder place(String mention, String name, long geonamesId, double lat, double lon) {
    int begin = find(mention);
    Place place = new Place(jcas, begin, begin + mention.length());
    place.setName(name);
    place.setGeonamesId(geonamesId);
    place.setLatitude(lat);
    place.setLongitude(lon);
    place.addToIndexes();
    return this;
  }

  public CasBuilder timex(String mention, String value) {
    int begin = find(mention);
    Timex3 timex = new Timex3(jcas, begin, begin + mention.length());
    timex.setTimexType("DATE");
    timex.setValue(value);
    timex.addToIndexes();
    return this;
  }

  public CasBuilder quote(String content, String cueText, String speakerMention, String speaker) {
    int begin = find(content);
    Quote quote = new Quote(jcas, begin, begin + content.length());
    quote.setDirect(true);
    int cueBegin = find(cueText);
    QuoteCue cue = new QuoteCue(jcas, cueBegin, cueBegin + cueText.length());
    cue.addToIndexes();
    quote.setCue(cue);
    int mentionBegin = find(speakerMention);
    PersonMention mention = new PersonMention(jcas, mentionBegin, mentionBegin + speakerMention.length());
    mention.setCanonicalName(speaker);
    mention.addToIndexes();
    quote.setSpeakerMention(mention);
    quote.setSpeaker(speaker);
    quote.addToIndexes();
    return this;
  }

  public JCas build() {
    return jcas;
  }

  private int find(String part) {
    int begin = text.indexOf(part);
    if (begin < 0) {
      throw new IllegalArgumentException("'" + part + "' is not in the text");
    }
    return begin;
  }
}
