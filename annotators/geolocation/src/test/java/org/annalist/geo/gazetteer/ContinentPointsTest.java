package org.annalist.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContinentPointsTest {

  /** Two made-up countries in world-countries' layout, both in Europe / Western Europe. */
  private static final String COUNTRIES = """
      [{"cca2":"AA","ccn3":"901","name":{"common":"Aland","official":"Republic of Aland"},
        "latlng":[50,-5],"region":"Europe","subregion":"Western Europe","altSpellings":[]},
       {"cca2":"BB","ccn3":"902","name":{"common":"Bland","official":"Kingdom of Bland"},
        "latlng":[50,5],"region":"Europe","subregion":"Western Europe","altSpellings":[]}]
      """;

  @Test
  void theSevenContinentsComeWithTheirGeoNamesIds() {
    Map<String, PlaceRecord> continents = GeoNamesContinents.load();
    assertThat(continents).containsOnlyKeys("Africa", "Asia", "Europe", "North America",
        "South America", "Oceania", "Antarctica");
    assertThat(continents.values()).allSatisfy(c -> {
      assertThat(c.featureCode()).isEqualTo("CONT");
      assertThat(c.geonamesId()).isBetween(6255146L, 6255152L);
    });
  }

  @Test
  void aContinentTakesGeoNamesRecordWhileOtherRegionsKeepTheirCountriesMean() throws Exception {
    GazetteerBuilder builder = new GazetteerBuilder();
    RegistryGazetteerCompiler.addCountriesAndRegions(builder,
        new ObjectMapper().readTree(COUNTRIES), Map.of(), Map.of());
    Gazetteer gazetteer = builder.build();

    int[] europe = gazetteer.lookup(NameKey.of("Europe"));
    assertThat(europe).hasSize(1);
    assertThat(gazetteer.geonamesId(europe[0])).isEqualTo(6255148L);
    assertThat(gazetteer.featureCode(europe[0])).isEqualTo("CONT");
    assertThat(gazetteer.latitude(europe[0])).isCloseTo(48.69, within(0.01));

    int[] western = gazetteer.lookup(NameKey.of("Western Europe"));
    assertThat(western).hasSize(1);
    assertThat(gazetteer.featureCode(western[0])).isEqualTo("RGN");
    assertThat(gazetteer.latitude(western[0])).isCloseTo(50.0, within(0.5));
    assertThat(gazetteer.longitude(western[0])).isCloseTo(0.0, within(0.5));

    // continents no country of the data names are there too
    assertThat(Arrays.stream(gazetteer.lookup(NameKey.of("South America")))
        .mapToObj(gazetteer::featureCode)).containsExactly("CONT");
  }
}
