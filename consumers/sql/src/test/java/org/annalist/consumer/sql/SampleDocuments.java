package org.annalist.consumer.sql;

import org.annalist.type.Boilerplate;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.FocusPlace;
import org.annalist.type.MainContent;
import org.annalist.type.PersonMention;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.QuoteCue;
import org.annalist.type.Sentence;
import org.annalist.type.Timex3;
import org.annalist.type.Token;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/** Small hand-built CASes holding every annotation kind the consumer stores. */
final class SampleDocuments {

  static final String TEXT = "date 2022-01-07 Rockets hit the Ain al-Asad air base in Anbar on Wednesday, "
      + "January 5, 2022. \"We observed five rounds,\" said Pentagon spokesman John Kirby. "
      + "Kirby added that nobody was hurt in Iraq. In March 2021 two drones flew near Erbil.";

  static final String WEAPON_TYPE = "com.example.plugin.Weapon";

  private SampleDocuments() {}

  /** The full sample; {@code withIndirectQuote=false} leaves out the second quote (a "re-run" variant). */
  static JCas build(String docId, boolean withIndirectQuote) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(TEXT);
    jcas.setDocumentLanguage("en");

    DocumentMetadata meta = new DocumentMetadata(jcas, 0, TEXT.length());
    meta.setDocumentId(docId);
    meta.setSourceUri("file:///corpus/" + docId);
    meta.setContentType("text/plain");
    meta.setTitle("Rockets hit Ain al-Asad");
    meta.setAuthor("A. Reporter");
    meta.setPublishedDate("2022-01-07T10:15:00Z");
    meta.setPublishedDateSource("date-line");
    meta.setLanguage("en");
    meta.setChecksum("c0ffee" + docId.hashCode());
    meta.setSizeBytes(TEXT.length());
    meta.addToIndexes();

    int bodyStart = TEXT.indexOf("Rockets");
    Boilerplate dateLine = new Boilerplate(jcas, 0, bodyStart - 1);
    dateLine.setReason("date-line");
    dateLine.setScore(0.9);
    dateLine.addToIndexes();
    MainContent main = new MainContent(jcas, bodyStart, TEXT.length());
    main.setScore(0.95);
    main.addToIndexes();

    timex(jcas, "Wednesday, January 5, 2022", "DATE", "2022-01-05");
    timex(jcas, "March 2021", "DATE", "2021-03");

    Place base = place(jcas, "Ain al-Asad air base", 6300135L, "Al Asad Airbase", "S", "AIRB", 33.7856, 42.4412);
    base.setUsage("LITERAL");
    place(jcas, "Anbar", 99592L, "Anbar", "A", "ADM1", 33.0, 42.0);
    place(jcas, "Iraq", 99237L, "Republic of Iraq", "A", "PCLI", 33.0, 44.0);
    Place erbil = place(jcas, "Erbil", 95446L, "Erbil", "P", "PPLA", 36.19257, 44.01062);

    FocusPlace focus = new FocusPlace(jcas, 0, TEXT.length());
    focus.setLevel("COUNTRY");
    focus.setGeonamesId(99237L);
    focus.setName("Iraq");
    focus.setCountryCode("IQ");
    focus.setLatitude(33.0);
    focus.setLongitude(44.0);
    focus.setWeight(0.6);
    focus.addToIndexes();

    PersonMention kirby = person(jcas, "John Kirby", "Pentagon spokesman");
    PersonMention kirbyAgain = person(jcas, "Kirby", null, TEXT.indexOf("Kirby added"));
    quote(jcas, "We observed five rounds,", true, "said", "say", kirby, 0.9);
    if (withIndirectQuote) {
      quote(jcas, "nobody was hurt in Iraq", false, "added", "add", kirbyAgain, 0.7);
    }

    int sentenceStart = bodyStart;
    for (int i = TEXT.indexOf('.', bodyStart); i >= 0; i = TEXT.indexOf('.', i + 1)) {
      if (i + 1 == TEXT.length() || TEXT.charAt(i + 1) == ' ') {
        new Sentence(jcas, sentenceStart, i + 1).addToIndexes();
        sentenceStart = i + 2;
      }
    }
    int token = bodyStart;
    for (int i = bodyStart; i <= TEXT.length(); i++) {
      if (i == TEXT.length() || TEXT.charAt(i) == ' ') {
        new Token(jcas, token, i).addToIndexes();
        token = i + 1;
      }
    }

    CAS cas = jcas.getCas();
    Type weaponType = cas.getTypeSystem().getType(WEAPON_TYPE);
    int drones = TEXT.indexOf("drones");
    AnnotationFS weapon = cas.createAnnotation(weaponType, drones, drones + "drones".length());
    weapon.setStringValue(weaponType.getFeatureByBaseName("category"), "UAV");
    weapon.setIntValue(weaponType.getFeatureByBaseName("count"), 2);
    weapon.setDoubleValue(weaponType.getFeatureByBaseName("score"), 0.8);
    weapon.setBooleanValue(weaponType.getFeatureByBaseName("confirmed"), true);
    weapon.setFeatureValue(weaponType.getFeatureByBaseName("target"), erbil);
    cas.addFsToIndexes(weapon);
    return jcas;
  }

  static int sentenceCount() {
    return 4;
  }

  private static void timex(JCas jcas, String text, String type, String value) {
    int begin = TEXT.indexOf(text);
    Timex3 timex = new Timex3(jcas, begin, begin + text.length());
    timex.setTimexType(type);
    timex.setValue(value);
    timex.setRule("test");
    timex.addToIndexes();
  }

  private static Place place(JCas jcas, String text, long id, String name, String featureClass, String code,
      double lat, double lon) {
    int begin = TEXT.indexOf(text);
    Place place = new Place(jcas, begin, begin + text.length());
    place.setGeonamesId(id);
    place.setName(name);
    place.setFeatureClass(featureClass);
    place.setFeatureCode(code);
    place.setCountryCode("IQ");
    place.setAdmin1Code(code.equals("PCLI") ? null : "IQ.01");
    place.setLatitude(lat);
    place.setLongitude(lon);
    place.setConfidence(0.8);
    place.addToIndexes();
    return place;
  }

  private static PersonMention person(JCas jcas, String text, String role) {
    return person(jcas, text, role, TEXT.indexOf(text));
  }

  private static PersonMention person(JCas jcas, String text, String role, int begin) {
    PersonMention person = new PersonMention(jcas, begin, begin + text.length());
    person.setCanonicalName("John Kirby");
    person.setRole(role);
    person.setEntityKind("PERSON");
    person.addToIndexes();
    return person;
  }

  private static void quote(JCas jcas, String content, boolean direct, String cueText, String lemma,
      PersonMention speaker, double confidence) {
    int begin = TEXT.indexOf(content);
    int after = TEXT.indexOf(cueText, begin + content.length());
    int cueBegin = after >= 0 ? after : TEXT.lastIndexOf(cueText, begin);
    QuoteCue cue = new QuoteCue(jcas, cueBegin, cueBegin + cueText.length());
    cue.setLemma(lemma);
    cue.addToIndexes();
    Quote quote = new Quote(jcas, begin, begin + content.length());
    quote.setDirect(direct);
    quote.setCue(cue);
    quote.setSpeakerMention(speaker);
    quote.setSpeaker(speaker.getCanonicalName());
    quote.setSpeakerRole("Pentagon spokesman");
    quote.setConfidence(confidence);
    quote.addToIndexes();
  }
}
