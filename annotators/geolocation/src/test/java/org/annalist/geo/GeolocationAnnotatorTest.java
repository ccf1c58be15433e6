package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.type.FocusPlace;
import org.annalist.type.Place;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeolocationAnnotatorTest {

  @TempDir
  Path dir;

  @Test
  void annotatesPlacesAndFocusFromAUserGazetteerFile() throws Exception {
    Path file = dir.resolve("tiny.txt");
    Files.writeString(file, TinyGazetteer.tsv(), StandardCharsets.UTF_8);
    JCas jcas = JCasFactory.createText(
        "Rockets hit Ramadi in Anbar on Monday. Iraqi officials in Baghdad said Ramadi was calm.");
    SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(
        GeolocationAnnotator.class, GeolocationAnnotator.PARAM_GAZETTEER_FILE, file.toString()));
    List<Place> places = List.copyOf(JCasUtil.select(jcas, Place.class));
    assertThat(places).extracting(Place::getCoveredText)
        .containsExactly("Ramadi", "Anbar", "Iraqi", "Baghdad", "Ramadi");
    Place ramadi = places.get(0);
    assertThat(ramadi.getGeonamesId()).isEqualTo(27);
    assertThat(ramadi.getCountryCode()).isEqualTo("IQ");
    assertThat(ramadi.getAdmin1Code()).isEqualTo("IQ.01");
    assertThat(ramadi.getUsage()).isEqualTo("LITERAL");
    assertThat(ramadi.getConfidence()).isBetween(0.0, 1.0);
    assertThat(places.get(2).getUsage()).isEqualTo("ADJECTIVAL");
    List<FocusPlace> focus = List.copyOf(JCasUtil.select(jcas, FocusPlace.class));
    assertThat(focus).extracting(FocusPlace::getLevel).contains("COUNTRY", "REGION", "CITY");
    assertThat(focus.get(0).getCountryCode()).isEqualTo("IQ");
    assertThat(Files.exists(dir.resolve("tiny.txt.annalist-gazetteer.bin"))).isTrue();
  }

  @Test
  void aPersonsNameIsNeverAPlaceAndAPlaceInsideAnOrganisationIsMarkedEmbedded() throws Exception {
    Path file = dir.resolve("tiny2.txt");
    Files.writeString(file, TinyGazetteer.tsv(), StandardCharsets.UTF_8);
    String text = "Paris Hilton met Texas Instruments staff in Moscow. Paris flew to Baghdad.";
    JCas jcas = JCasFactory.createText(text);
    // the person layer as the persons annotator writes it
    org.annalist.type.Person person = new org.annalist.type.Person(jcas, 0, "Paris Hilton".length());
    person.setEvidence("FIRST_NAME");
    person.addToIndexes();
    int baghdad = text.indexOf("Baghdad");
    org.annalist.type.Person weak = new org.annalist.type.Person(jcas, baghdad, baghdad + 7);
    weak.setEvidence("CUE");
    weak.addToIndexes();
    int firm = text.indexOf("Texas Instruments");
    new org.annalist.type.Organisation(jcas, firm, firm + "Texas Instruments".length()).addToIndexes();
    SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(
        GeolocationAnnotator.class, GeolocationAnnotator.PARAM_GAZETTEER_FILE, file.toString()));
    List<Place> places = List.copyOf(JCasUtil.select(jcas, Place.class));
    // the first Paris is part of a person's name; Baghdad covers the whole of a name taken for a
    // person only because of what follows it, so it stays a place
    assertThat(places).extracting(Place::getCoveredText).containsExactly("Texas", "Moscow", "Paris", "Baghdad");
    assertThat(places.get(0).getUsage()).isEqualTo("EMBEDDED");
    assertThat(places.get(1).getUsage()).isEqualTo("LITERAL");
    assertThat(places.get(2).getBegin()).isEqualTo(text.indexOf("Paris flew"));
  }
}
