package org.annalist.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.plugin.InputPath;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.GazetteerRegistry;
import org.annalist.geo.recognize.Mention;
import org.annalist.type.FocusPlace;
import org.annalist.type.Place;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Finds the place names of a document's main content, resolves each to one GeoNames place
 * ({@link Place}) and summarises the places the document is about ({@link FocusPlace}).
 */
@LanguageCapability({"en"}) // English context words, demonyms and person titles decide what is a place
public class GeolocationAnnotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_GAZETTEER_FILE = "gazetteerFile";
  public static final String PARAM_DEMONYMS = "demonyms";
  public static final String PARAM_FOCUS = "focusPlaces";

  @InputPath
  @ConfigurationParameter(name = PARAM_GAZETTEER_FILE, mandatory = false,
      description = "A GeoNames file in its main TSV format (allCountries.txt, cities15000.txt ...) "
          + "to use instead of the built-in gazetteer; compiled once and cached beside it "
          + "(admin1CodesASCII.txt and countryInfo.txt beside it are used when present).")
  private String gazetteerFile;

  @ConfigurationParameter(name = PARAM_DEMONYMS, mandatory = false, defaultValue = "true",
      description = "Also annotate demonyms and adjectives (Iraqi, Kurdish) as Places with usage "
          + "DEMONYM or ADJECTIVAL. Nouns for a people in the plural (Americans, Kurds) are never "
          + "written as Places; they count towards the focus.")
  private boolean demonyms;

  @ConfigurationParameter(name = PARAM_FOCUS, mandatory = false, defaultValue = "true",
      description = "Add FocusPlace annotations (country, region, city the document is about).")
  private boolean focusPlaces;

  private GeoParser parser;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      Gazetteer gazetteer = GazetteerRegistry.forFile(
          gazetteerFile == null || gazetteerFile.isBlank() ? null : Path.of(gazetteerFile));
      parser = new GeoParser(gazetteer);
    } catch (RuntimeException e) {
      throw new ResourceInitializationException(e);
    }
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    List<int[]> regions = new ArrayList<>();
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      regions.add(new int[] {region.begin(), region.end()});
    }
    Gazetteer gazetteer = parser.gazetteer();
    List<Mention> mentions = parser.parse(text, regions, KnownNames.of(jcas));
    if (!demonyms) {
      mentions.removeIf(Mention::isDemonym);
    }
    for (Mention m : mentions) {
      if (!m.writtenAsPlace()) {
        continue; // "Americans": people; it still counts towards the focus below
      }
      int e = m.resolved;
      Place place = new Place(jcas, m.begin, m.end);
      if (m.feature == null) {
        place.setGeonamesId(gazetteer.geonamesId(e));
        place.setName(gazetteer.name(e));
        place.setFeatureClass(String.valueOf(gazetteer.featureClass(e)));
        place.setFeatureCode(gazetteer.featureCode(e));
      } else {
        // a street, building or natural feature the gazetteer lacks, placed at the place it lies in
        place.setGeonamesId(0);
        place.setName(m.surface);
        place.setFeatureClass(String.valueOf(m.feature.featureClass()));
        place.setFeatureCode(m.feature.featureCode());
      }
      place.setCountryCode(gazetteer.countryCode(e));
      place.setAdmin1Code(gazetteer.admin1Code(e));
      place.setAdmin1Name(gazetteer.admin1Name(e));
      place.setLatitude(gazetteer.latitude(e));
      place.setLongitude(gazetteer.longitude(e));
      place.setPopulation(m.feature == null ? gazetteer.population(e) : 0);
      place.setConfidence(m.confidence);
      place.setUsage(m.usage.name());
      place.addToIndexes();
    }
    if (focusPlaces) {
      List<Mention> named = mentions.stream().filter(m -> m.feature == null).toList();
      for (FocusPlaces.Focus focus : FocusPlaces.of(named, gazetteer, text)) {
        int e = focus.entry();
        FocusPlace place = new FocusPlace(jcas, 0, text.length());
        place.setLevel(focus.level());
        place.setGeonamesId(gazetteer.geonamesId(e));
        place.setName(gazetteer.name(e));
        place.setCountryCode(gazetteer.countryCode(e));
        place.setLatitude(gazetteer.latitude(e));
        place.setLongitude(gazetteer.longitude(e));
        place.setWeight(focus.weight());
        place.addToIndexes();
      }
    }
  }
}
