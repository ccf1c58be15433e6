package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.recognize.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People named after towns, institutions named after US states, and names written with a comma
 * or an "and" inside, on texts written for these tests.
 */
class PersonsStatesAndCompoundNamesTest {

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

  private static List<Mention> parse(String text, KnownNames known) {
    return parser.parse(text, List.of(new int[] {0, text.length()}), known);
  }

  private static KnownNames person(String text, String name, boolean weak) {
    int begin = text.indexOf(name);
    return new KnownNames().person(begin, begin + name.length(), weak);
  }

  @Test
  void aWordOfAPersonsFullNameAloneIsThePersonElsewhereInTheStory() {
    String text = "Barry Smith, 80, grew up in the United Kingdom. For forty years Barry worked as an electrician.";
    assertThat(find(parser.parse(text), "Barry")).as("without the person layer").isPresent();
    List<Mention> mentions = parse(text, person(text, "Barry Smith", false));
    assertThat(find(mentions, "Barry")).isEmpty();
    assertThat(find(mentions, "United Kingdom")).isPresent();
  }

  @Test
  void aNameFoundOnlyBySpeechDoesNotSpreadToOtherMentions() {
    String text = "Barry Smith said the mill closed. Fans from the United Kingdom travelled to Barry for the match.";
    assertThat(find(parse(text, person(text, "Barry Smith", true)), "Barry")).isPresent();
  }

  @Test
  void aSmallTownBeforeASpeechVerbIsAPerson() {
    List<Mention> spoken = parser.parse(
        "Sales rose in Austin, Texas. \"We moved too slowly,\" Sandberg said on Monday.");
    assertThat(find(spoken, "Sandberg")).isEmpty();
    assertThat(find(spoken, "Austin")).isPresent();
    List<Mention> visited = parser.parse(
        "Sales rose in Austin, Texas. Officials visited Sandberg on Monday.");
    assertThat(find(visited, "Sandberg")).isPresent();
    List<Mention> from = parser.parse(
        "Sales rose in Austin, Texas. A woman who was from Sandberg said she left.");
    assertThat(find(from, "Sandberg")).isPresent();
    assertThat(find(parser.parse("Talks failed and Moscow said it would respond."), "Moscow")).isPresent();
  }

  @Test
  void anInstitutionNamedAfterAUsStateNamesTheStateAlone() {
    List<Mention> mentions = parser.parse("Kentucky State Police said the driver was from Austin.");
    assertThat(find(mentions, "Kentucky State")).isEmpty();
    assertThat(find(mentions, "Kentucky"))
        .hasValueSatisfying(m -> assertThat(gazetteer.geonamesId(m.resolved)).isEqualTo(50));
    // "New York State" tells the state from the city and stays whole
    assertThat(find(parser.parse("Farmers across New York State lost crops."), "New York State"))
        .hasValueSatisfying(m -> assertThat(gazetteer.geonamesId(m.resolved)).isEqualTo(15));
  }

  @Test
  void anAcronymBeforeACityIsABroadcasterNotAPerson() {
    String text = "\"It was a miracle,\" Hansen told CTV Edmonton on Monday.";
    assertThat(find(parse(text, person(text, "CTV Edmonton", true)), "Edmonton")).isPresent();
    assertThat(find(parse(text, person(text, "CTV Edmonton", false)), "Edmonton")).isEmpty();
    String named = "\"It was a miracle,\" said Jo Edmonton on Monday.";
    assertThat(find(parse(named, person(named, "Jo Edmonton", true)), "Edmonton")).isEmpty();
  }

  @Test
  void anAgeAfterACommaIsNotADivisionCode() {
    List<Mention> mentions = parser.parse("Reza Karimi from Tehran, 26, was arrested in Baghdad.");
    assertThat(mentions).extracting(m -> m.surface).doesNotContain("26");
  }

  @Test
  void aNameWrittenWithACommaIsOneName() {
    List<Mention> mentions = parser.parse("Murals cover walls in Washington, D.C., and in Austin.");
    assertThat(find(mentions, "Washington, D.C."))
        .hasValueSatisfying(m -> assertThat(gazetteer.geonamesId(m.resolved)).isEqualTo(24));
    assertThat(find(mentions, "D.C.")).isEmpty();
  }

  @Test
  void aRegionNamedAfterTwoCountriesIsTwoCountriesInASentence() {
    List<Mention> mentions = parser.parse(
        "Rivals in Asia, including Australia and New Zealand, signed more trade deals.");
    assertThat(find(mentions, "Australia"))
        .hasValueSatisfying(m -> assertThat(gazetteer.geonamesId(m.resolved)).isEqualTo(54));
    assertThat(find(mentions, "New Zealand"))
        .hasValueSatisfying(m -> assertThat(gazetteer.geonamesId(m.resolved)).isEqualTo(55));
    assertThat(find(mentions, "Australia and New Zealand")).isEmpty();
  }

  @Test
  void aNounForAPeopleIsEvidenceButNotWrittenAsAPlace() {
    List<Mention> mentions = parser.parse("Kurds marched in Baghdad, and a Kurd spoke to Kurdish media.");
    assertThat(find(mentions, "Kurds")).hasValueSatisfying(m -> {
      assertThat(m.namesPeople).isTrue();
      assertThat(m.writtenAsPlace()).isFalse();
      assertThat(m.resolved).isNotNegative();
    });
    assertThat(find(mentions, "Kurd")).hasValueSatisfying(m -> assertThat(m.writtenAsPlace()).isTrue());
    assertThat(find(mentions, "Kurdish")).hasValueSatisfying(m -> assertThat(m.writtenAsPlace()).isTrue());
  }

  @Test
  void aNameInsideALongerWordOrNameIsNotAPlace() {
    assertThat(find(parser.parse("A weak La Nina cooled the ocean, forecasters in Austin said."), "Nina")).isEmpty();
    assertThat(find(parser.parse("Forecasters in Austin watched Nina and Lima on the map of Peru."), "Nina")).isPresent();
    assertThat(find(parser.parse("Shoppers filled the Kwik-Austin store on Monday."), "Austin")).isEmpty();
    List<Mention> pair = parser.parse("Paris-Moscow flights resumed on Monday.");
    assertThat(find(pair, "Paris")).isPresent();
    assertThat(find(pair, "Moscow")).isPresent();
    List<Mention> shouted = parser.parse("\u201cDon\u2019t forget Paris!\u201d they shouted in Paris, France.");
    assertThat(find(shouted, "Don")).isEmpty();
    assertThat(find(shouted, "Paris")).isPresent();
  }

  @Test
  void aDivisionsShortNameBeforeAnotherNameIsNotTheDivision() {
    assertThat(find(parser.parse("The North American Free Trade Agreement worried Texas farmers."), "Free")).isEmpty();
    assertThat(find(parser.parse("Mines in the Free State province closed."), "Free State")).isPresent();
  }

  @Test
  void aDirectionBeforeASmallTownsNameMakesAnotherName() {
    assertThat(find(parser.parse("Ministers from the United Kingdom met in the West Wing on Monday."), "Wing")).isEmpty();
    assertThat(find(parser.parse("Ministers from the United Kingdom visited Wing on Monday."), "Wing")).isPresent();
  }

  @Test
  void aBuildingNamedAfterASaintIsNotTheTownOfTheSaintsName() {
    assertThat(find(parser.parse("Crowds from the United Kingdom gathered at St George's Chapel."), "St George")).isEmpty();
    assertThat(find(parser.parse("Crowds from the United Kingdom gathered in St George on Sunday."), "St George")).isPresent();
  }
}
