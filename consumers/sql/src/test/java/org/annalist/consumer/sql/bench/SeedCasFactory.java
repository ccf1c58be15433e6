package org.annalist.consumer.sql.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.type.Boilerplate;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.FocusPlace;
import org.annalist.type.MainContent;
import org.annalist.type.Paragraph;
import org.annalist.type.PersonMention;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.QuoteCue;
import org.annalist.type.Sentence;
import org.annalist.type.Timex3;
import org.annalist.type.Token;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/**
 * Builds CASes shaped like the output of the full pipeline on a news article, for the storage
 * benchmark: paragraphs, sentences, tokens, date expressions, places with coordinates, person
 * mentions and attributed quotes found with simple patterns in the real seed texts. The
 * annotations are plausible, not correct: only their number and size matter for the benchmark.
 */
final class SeedCasFactory {

  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s*");
  private static final Pattern DATE_WORDS = Pattern.compile("\\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
      + "Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)"
      + "(?: \\d{1,2})?(?:,? \\d{4})?|(?:19|20)\\d{2}|yesterday|today|last (?:week|month|year))\\b");
  private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z]\\.)?(?: [A-Z][a-z]+){1,2}\\b");
  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”\\n]{10,600})[\"”]");
  private static final Pattern CUE = Pattern.compile("\\b(?:said|says|told|added|according to)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”]?(?=\\s|$)");

  /** Places named in the seed articles, with GeoNames-like ids and coordinates. */
  private static final Map<String, double[]> PLACES = Map.ofEntries(
      Map.entry("Iraq", new double[] {99237, 33, 44}),
      Map.entry("Syria", new double[] {163843, 35, 38}),
      Map.entry("Iran", new double[] {130758, 32, 53}),
      Map.entry("Baghdad", new double[] {98182, 33.34058, 44.40088}),
      Map.entry("Tehran", new double[] {112931, 35.69439, 51.42151}),
      Map.entry("Washington", new double[] {4140963, 38.89511, -77.03637}),
      Map.entry("Anbar", new double[] {99592, 33.0, 42.0}),
      Map.entry("Ain al-Asad", new double[] {6300135, 33.7856, 42.4412}),
      Map.entry("Erbil", new double[] {95446, 36.19257, 44.01062}),
      Map.entry("Kuwait", new double[] {285570, 29.5, 47.75}),
      Map.entry("Israel", new double[] {294640, 31.5, 34.75}),
      Map.entry("Lebanon", new double[] {272103, 33.83333, 35.83333}),
      Map.entry("United States", new double[] {6252001, 39.76, -98.5}),
      Map.entry("US", new double[] {6252001, 39.76, -98.5}),
      Map.entry("Pentagon", new double[] {4781530, 38.87093, -77.05608}),
      Map.entry("Middle East", new double[] {6269133, 29, 41}));

  private SeedCasFactory() {}

  static JCas build(String seedName, String text) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(text);
    jcas.setDocumentLanguage("en");
    DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
    meta.setDocumentId(seedName);
    meta.setSourceUri("file:///seeds/" + seedName);
    meta.setContentType("text/plain");
    meta.setLanguage("en");
    meta.setChecksum(Integer.toHexString(text.hashCode()).repeat(8));
    meta.setSizeBytes(text.length());
    int bodyStart = 0;
    Matcher dateLine = DATE_LINE.matcher(text);
    if (dateLine.find()) {
      meta.setPublishedDate(dateLine.group(1));
      meta.setPublishedDateSource("date-line");
      Boilerplate boilerplate = new Boilerplate(jcas, 0, dateLine.end());
      boilerplate.setReason("date-line");
      boilerplate.setScore(0.9);
      boilerplate.addToIndexes();
      bodyStart = dateLine.end();
    } else {
      meta.setPublishedDate("2022-01-06");
      meta.setPublishedDateSource("configured");
    }
    int firstLineEnd = text.indexOf('\n', bodyStart);
    meta.setTitle(text.substring(bodyStart, firstLineEnd < 0 ? Math.min(text.length(), bodyStart + 80)
        : Math.min(firstLineEnd, bodyStart + 200)).strip());
    meta.setAuthor("Staff and agencies");
    meta.addToIndexes();
    MainContent main = new MainContent(jcas, bodyStart, text.length());
    main.setScore(0.9);
    main.addToIndexes();

    paragraphsSentencesTokens(jcas, text, bodyStart);
    dates(jcas, text, meta.getPublishedDate());
    List<PersonMention> persons = persons(jcas, text);
    quotes(jcas, text, persons);
    places(jcas, text);
    return jcas;
  }

  private static void paragraphsSentencesTokens(JCas jcas, String text, int bodyStart) {
    int start = bodyStart;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end > start && !text.substring(start, end).isBlank()) {
        new Paragraph(jcas, start, end).addToIndexes();
        Matcher stop = SENTENCE_END.matcher(text).region(start, end);
        int sentenceStart = start;
        while (stop.find()) {
          new Sentence(jcas, sentenceStart, stop.end()).addToIndexes();
          sentenceStart = stop.end() + 1;
        }
        if (sentenceStart < end) {
          new Sentence(jcas, sentenceStart, end).addToIndexes();
        }
      }
      start = end + 1;
    }
    Matcher token = Pattern.compile("\\w+|[^\\w\\s]").matcher(text).region(bodyStart, text.length());
    while (token.find()) {
      Token t = new Token(jcas, token.start(), token.end());
      t.setPos(Character.isUpperCase(token.group().charAt(0)) ? "PROPN" : "NOUN");
      t.setLemma(token.group().toLowerCase(Locale.ROOT));
      t.addToIndexes();
    }
  }

  private static void dates(JCas jcas, String text, String published) {
    Matcher m = DATE_WORDS.matcher(text);
    while (m.find()) {
      Timex3 timex = new Timex3(jcas, m.start(), m.end());
      timex.setTimexType("DATE");
      String word = m.group();
      timex.setValue(word.matches("\\d{4}") ? word : published);
      timex.setAnchor(published);
      timex.setAnchorSource("DCT");
      timex.setRule("bench");
      timex.addToIndexes();
    }
  }

  private static List<PersonMention> persons(JCas jcas, String text) {
    List<PersonMention> persons = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      if (PLACES.containsKey(m.group())) {
        continue;
      }
      PersonMention person = new PersonMention(jcas, m.start(), m.end());
      person.setCanonicalName(m.group());
      person.setEntityKind("PERSON");
      person.addToIndexes();
      persons.add(person);
    }
    return persons;
  }

  private static void quotes(JCas jcas, String text, List<PersonMention> persons) {
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      Quote quote = new Quote(jcas, m.start(1), m.end(1));
      quote.setDirect(true);
      Matcher cue = CUE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 120));
      if (cue.find()) {
        QuoteCue quoteCue = new QuoteCue(jcas, cue.start(), cue.end());
        quoteCue.setLemma("say");
        quoteCue.addToIndexes();
        quote.setCue(quoteCue);
      }
      for (PersonMention person : persons) {
        if (person.getBegin() >= m.end() && person.getBegin() < m.end() + 150) {
          quote.setSpeakerMention(person);
          quote.setSpeaker(person.getCanonicalName());
          break;
        }
      }
      quote.setConfidence(0.7);
      quote.addToIndexes();
    }
  }

  private static void places(JCas jcas, String text) {
    Map.Entry<String, double[]> top = null;
    int topCount = 0;
    for (Map.Entry<String, double[]> entry : PLACES.entrySet()) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(entry.getKey()) + "\\b").matcher(text);
      int count = 0;
      while (m.find()) {
        double[] data = entry.getValue();
        Place place = new Place(jcas, m.start(), m.end());
        place.setGeonamesId((long) data[0]);
        place.setName(entry.getKey());
        place.setFeatureClass("A");
        place.setFeatureCode("PCLI");
        place.setCountryCode("IQ");
        place.setLatitude(data[1]);
        place.setLongitude(data[2]);
        place.setPopulation(1_000_000);
        place.setConfidence(0.8);
        place.setUsage("LITERAL");
        place.addToIndexes();
        count++;
      }
      if (count > topCount) {
        top = entry;
        topCount = count;
      }
    }
    if (top != null) {
      FocusPlace focus = new FocusPlace(jcas, 0, text.length());
      focus.setLevel("COUNTRY");
      focus.setGeonamesId((long) top.getValue()[0]);
      focus.setName(top.getKey());
      focus.setLatitude(top.getValue()[1]);
      focus.setLongitude(top.getValue()[2]);
      focus.setWeight(0.5);
      focus.addToIndexes();
    }
  }
}
