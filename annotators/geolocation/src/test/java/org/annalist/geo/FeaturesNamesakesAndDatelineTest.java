package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.recognize.Mention;
import org.annalist.geo.resolve.ResolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whole feature names, namesakes in the country a story names, and datelines, on texts written for these tests. */
class FeaturesNamesakesAndDatelineTest {

  private static Gazetteer gazetteer;
  private static GeoParser parser;

  @BeforeAll
  static void setUp() {
    gazetteer = TinyGazetteer.build();
    parser = new GeoParser(gazetteer);
  }

  private static Optional<Mention> find(List<Mention> mentions, String surface) {
    return mentions.stream().filter(m -> m.surface.equals(surface)).findFirst();
  }

  private static long id(Mention m) {
    return gazetteer.geonamesId(m.resolved);
  }

  @Test
  void aStreetIsOneWholeNameLocatedInThePlaceNamedAfterIt() {
    List<Mention> mentions = parser.parse("Firefighters closed Dunnock Close in Austin on Sunday.");
    assertThat(find(mentions, "Dunnock Close")).hasValueSatisfying(m -> {
      assertThat(m.feature.featureClass()).isEqualTo('R');
      assertThat(m.feature.featureCode()).isEqualTo("ST");
      assertThat(id(m)).isEqualTo(44);
    });
  }

  @Test
  void aLakeIsALakeInTheStorysTownNotTheTownOrBaseItsNameContains() {
    List<Mention> mentions = parser.parse(
        "Boaters crowded Lake Travis on Sunday, and Austin officials warned of low water. "
            + "Austin has asked residents to save water.");
    assertThat(find(mentions, "Travis")).isEmpty();
    assertThat(find(mentions, "Lake Travis")).hasValueSatisfying(m -> {
      assertThat(m.feature.featureCode()).isEqualTo("LK");
      assertThat(id(m)).isEqualTo(44);
    });
  }

  @Test
  void aValleyIsRecognisedWholeRatherThanAsTheTownInsideIt() {
    List<Mention> mentions = parser.parse(
        "Farmers in the Rio Grande Valley fear the drought, officials in Austin said.");
    assertThat(find(mentions, "Rio Grande")).isEmpty();
    assertThat(find(mentions, "Rio Grande Valley"))
        .hasValueSatisfying(m -> assertThat(m.feature.featureCode()).isEqualTo("VAL"));
  }

  @Test
  void aPeninsulaIsPlacedAtTheCountryItIsNamedAfterAndAnOceanIsNotGuessed() {
    List<Mention> mentions = parser.parse(
        "Tensions rose on the Korean Peninsula this week. Ships crossed the Pacific Ocean.");
    assertThat(find(mentions, "Korean Peninsula")).hasValueSatisfying(m -> {
      assertThat(m.feature.featureCode()).isEqualTo("PEN");
      assertThat(id(m)).isEqualTo(18);
    });
    assertThat(find(mentions, "Pacific Ocean")).isEmpty();
  }

  @Test
  void aStreetWithoutAnyPlaceInTheStoryIsLeftOut() {
    assertThat(parser.parse("Firefighters closed Dunnock Close on Sunday.")).isEmpty();
  }

  @Test
  void aStreetNamedAfterAPersonIsKeptWhenThePersonLayerFoundTheName() {
    String text = "Crowds gathered on Martin Luther King Drive in Austin on Monday.";
    int begin = text.indexOf("Martin");
    KnownNames known = new KnownNames().person(begin, begin + "Martin Luther King".length(), false);
    List<Mention> mentions = parser.parse(text, List.of(new int[] {0, text.length()}), known);
    assertThat(find(mentions, "Martin Luther King Drive"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(44));
  }

  @Test
  void aNameAfterALowerCaseTitleAndBeforeASurnameIsAPerson() {
    List<Mention> mentions = parser.parse(
        "The strike killed top Iranian general Moscow Petrov in Baghdad two years ago.");
    assertThat(find(mentions, "Moscow")).isEmpty();
    assertThat(find(mentions, "Baghdad")).isPresent();
    assertThat(find(parser.parse("Talks began in Moscow Petrov said."), "Moscow")).isPresent();
  }

  @Test
  void aTownInTheCountryTheStoryNamesBeatsAForeignCapitalOfTheSameName() {
    String text = "Hundreds rallied in London for refugees from Iraq and Iran and thanked Canada for its help.";
    List<Mention> mentions = parser.parse(text);
    assertThat(find(mentions, "London")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(43));
    // Canada is a third of the other mentions: the country share alone leaves London, England
    ResolverSettings d = ResolverSettings.defaults();
    GeoParser withoutNamedCountries = new GeoParser(gazetteer, new ResolverSettings(d.featureWeight(),
        d.countryBonus(), d.primaryNameBonus(), d.populationWeight(), d.countryWeight(), d.admin1Weight(),
        d.proximityWeight(), d.qualifierBonus(), 0.0, d.minPopulationAlone(),
        d.minPopulationSentenceInitial(), d.minPopulationCommonWord()));
    assertThat(find(withoutNamedCountries.parse(text), "London"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(42));
  }

  @Test
  void withNeitherCountryNamedTheCapitalStays() {
    List<Mention> mentions = parser.parse("Hundreds rallied in London for refugees from Iraq and Iran.");
    assertThat(find(mentions, "London")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(42));
  }

  @Test
  void aDatelineDecidesTheFocusOverTheCountriesTheStoryNames() {
    String text = "BAGHDAD (AP) \u2014 A drone strike hit a convoy. The United States blamed Iran, "
        + "and the United States said Washington would answer. Officials in Washington and "
        + "Moscow traded accusations.";
    List<Mention> mentions = parser.parse(text);
    List<FocusPlaces.Focus> plain = FocusPlaces.of(mentions, gazetteer);
    assertThat(gazetteer.countryCode(plain.get(0).entry())).isEqualTo("US");
    List<FocusPlaces.Focus> focus = FocusPlaces.of(mentions, gazetteer, text);
    assertThat(focus).extracting(FocusPlaces.Focus::level).containsExactly("COUNTRY", "CITY");
    assertThat(gazetteer.countryCode(focus.get(0).entry())).isEqualTo("IQ");
    assertThat(id(mentions.get(0))).isEqualTo(30);
    assertThat(gazetteer.geonamesId(focus.get(1).entry())).isEqualTo(30);
  }

  @Test
  void aJointDatelineIsThePlaceNamedFirst() {
    String text = "date 2020-01-08\n\nBAGHDAD / WASHINGTON \u2013 Iran fired rockets at forces in Iraq. "
        + "The United States, the United States Congress and Washington answered.";
    Mention dateline = FocusPlaces.dateline(parser.parse(text), text);
    assertThat(dateline).isNotNull();
    assertThat(id(dateline)).isEqualTo(30);
  }

  @Test
  void aCapitalisedPlaceThatDoesNotOpenALineBeforeADashIsNoDateline() {
    String text = "Talks moved to BAGHDAD \u2014 and the United States and Washington welcomed them.";
    assertThat(FocusPlaces.dateline(parser.parse(text), text)).isNull();
  }
}
