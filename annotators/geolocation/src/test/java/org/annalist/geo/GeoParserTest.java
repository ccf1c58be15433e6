package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Optional;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.recognize.Mention;
import org.annalist.geo.recognize.Usage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeoParserTest {

  private static Gazetteer gazetteer;
  private static GeoParser parser;

  @BeforeAll
  static void setUp() {
    gazetteer = TinyGazetteer.build();
    parser = new GeoParser(gazetteer);
  }

  private static List<Mention> parse(String text) {
    return parser.parse(text);
  }

  private static Optional<Mention> find(List<Mention> mentions, String surface) {
    return mentions.stream().filter(m -> m.surface.equals(surface)).findFirst();
  }

  private static long id(Mention m) {
    return gazetteer.geonamesId(m.resolved);
  }

  @Test
  void barePlaceNameTakesTheMostProminentPlace() {
    List<Mention> mentions = parse("The summit was held in Paris on Monday.");
    assertThat(find(mentions, "Paris")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(20));
  }

  @Test
  void qualifierAfterCommaSelectsThePlaceInsideIt() {
    List<Mention> mentions = parse("The storm hit Paris, Texas, on Monday night.");
    assertThat(find(mentions, "Paris")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(21));
    assertThat(find(mentions, "Texas")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(10));
  }

  @Test
  void abbreviatedStateQualifiesAndIsMarkedAsAPlace() {
    List<Mention> mentions = parse("She grew up in Springfield, Mo., and later moved away.");
    assertThat(find(mentions, "Springfield")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(23));
    assertThat(find(mentions, "Mo.")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(12));
  }

  @Test
  void abbreviationOnlyUsedAsQualifierIsNotAPlaceAlone() {
    List<Mention> mentions = parse("Mo. Farah won the race.");
    assertThat(find(mentions, "Mo.")).isEmpty();
  }

  @Test
  void oneSensePerDocument() {
    List<Mention> mentions = parse(
        "The governor spoke in Springfield, Mo., on Friday. Springfield has grown since then, "
            + "and Springfield officials welcomed the news.");
    List<Mention> springfields = mentions.stream().filter(m -> m.surface.equals("Springfield")).toList();
    assertThat(springfields).hasSize(3);
    assertThat(springfields).allSatisfy(m -> assertThat(id(m)).isEqualTo(23));
  }

  @Test
  void documentCountryDecidesAmbiguousName() {
    List<Mention> mentions = parse(
        "Flooding closed roads across Texas. In Paris, the county seat, schools stayed shut.");
    assertThat(find(mentions, "Paris")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(21));
  }

  @Test
  void demonymsAndAdjectivesPointAtTheirCountry() {
    List<Mention> mentions = parse("Iraqi forces said the Iraqis had left. Iranian officials denied it.");
    assertThat(find(mentions, "Iraqi")).hasValueSatisfying(m -> {
      assertThat(id(m)).isEqualTo(3);
      assertThat(m.usage).isEqualTo(Usage.ADJECTIVAL);
    });
    assertThat(find(mentions, "Iraqis")).hasValueSatisfying(m -> {
      assertThat(id(m)).isEqualTo(3);
      assertThat(m.usage).isEqualTo(Usage.DEMONYM);
    });
    assertThat(find(mentions, "Iranian")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(5));
  }

  @Test
  void abbreviationsOfCountries() {
    List<Mention> mentions = parse("U.S. troops left, the US said.");
    assertThat(find(mentions, "U.S.")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(2));
    assertThat(find(mentions, "US")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(2));
  }

  @Test
  void capitalBeforeReportingVerbIsMetonymic() {
    List<Mention> mentions = parse("Washington blamed Tehran for the attack, and Moscow denied any role.");
    assertThat(find(mentions, "Washington")).hasValueSatisfying(m -> {
      assertThat(id(m)).isEqualTo(24);
      assertThat(m.usage).isEqualTo(Usage.METONYMIC);
    });
    assertThat(find(mentions, "Tehran")).hasValueSatisfying(m -> assertThat(m.usage).isEqualTo(Usage.LITERAL));
    assertThat(find(mentions, "Moscow")).hasValueSatisfying(m -> assertThat(m.usage).isEqualTo(Usage.METONYMIC));
  }

  @Test
  void personNamesAreNotPlaces() {
    List<Mention> mentions = parse(
        "Pentagon spokesman John Kirby told reporters that Mr. Jordan had resigned. "
            + "Kirby added that Jordan was not involved.");
    assertThat(mentions).isEmpty();
    assertThat(parse("Michael Jordan scored 30 points.")).isEmpty();
    assertThat(find(parse("Jordan closed its border with Iraq."), "Jordan"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(4));
  }

  @Test
  void commonWordsAtSentenceStartAreNotPlaces() {
    List<Mention> mentions = parse("Police said the road to Baghdad was closed.");
    assertThat(find(mentions, "Police")).isEmpty();
    assertThat(find(mentions, "Baghdad")).isPresent();
  }

  @Test
  void transliterationsAndArabicArticles() {
    List<Mention> mentions = parse("Rockets hit Ramadi in Al Anbar province and later al-Anbar again.");
    assertThat(find(mentions, "Ramadi")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(27));
    assertThat(mentions.stream().filter(m -> gazetteer.geonamesId(m.resolved) == 13)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void longDocumentWithManyPlacesIsParsedWhole() {
    String text = "Rockets hit Ramadi, Anbar, and Baghdad; officials in Tehran, Moscow and Paris, Texas, "
        + "met in Springfield, Mo., while Kirby said. ".repeat(10_000);
    List<Mention> mentions = parse(text);
    assertThat(mentions.size()).isGreaterThan(20_000);
  }

  @Test
  void pathologicalInputIsParsedWithoutError() {
    String text = "Paris ".repeat(20_000) + "a".repeat(100_000) + " -".repeat(50_000);
    assertThatCode(() -> parse(text)).doesNotThrowAnyException();
  }

  @Test
  void aNameQualifyingANaturalFeatureIsNotThatPlace() {
    List<Mention> mentions = parse(
        "Barges on the Missouri River and tankers in the Gulf of Iran were delayed, Texas said.");
    assertThat(find(mentions, "Missouri")).isEmpty();
    assertThat(find(mentions, "Iran")).isEmpty();
    assertThat(find(mentions, "Texas")).isPresent();
  }

  @Test
  void aCountyIsReadAsItsTownOnlyInsideADivisionTheDocumentNames() {
    assertThat(find(parse("Deputies in Springfield County arrested two men on Monday."),
        "Springfield")).isEmpty();
    List<Mention> mentions = parse(
        "Deputies in Springfield County arrested two men, the Missouri highway patrol said.");
    assertThat(find(mentions, "Springfield")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(23));
  }

  @Test
  void aPlaceSaidToLieNearAnotherIsTakenNearIt() {
    List<Mention> mentions = parse(
        "France sent help after the storm hit Paris, about 100 km south of Durant, on Monday.");
    assertThat(find(mentions, "Paris")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(21));
    List<Mention> bare = parse("France sent help after the storm hit Paris and Durant on Monday.");
    assertThat(find(bare, "Paris")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(20));
  }

  @Test
  void aPersonsNameDoesNotHideThePlaceAfterALocativeWord() {
    List<Mention> mentions = parse(
        "Michael Jordan scored 30 points. Later Michael Jordan visited Jordan and stayed in Jordan.");
    assertThat(mentions).hasSize(2);
    assertThat(mentions).allSatisfy(m -> assertThat(id(m)).isEqualTo(4));
    assertThat(parse("Michael Jordan scored 30 points. Jordan said he was tired.")).isEmpty();
  }

  @Test
  void aNameInsideABuildingsNameIsNotThePlace() {
    assertThat(find(parse("Protesters gathered outside the Paris Hotel and near Moscow Tower."),
        "Paris")).isEmpty();
    assertThat(parse("The rally at Kirby Stadium drew thousands.")).isEmpty();
  }

  @Test
  void aDivisionIsSupportedByThePlacesInIt() {
    // the Missouri town is smaller than the Illinois capital, but two other Missouri names vote for it
    List<Mention> mentions = parse(
        "Storms hit Springfield on Monday. Missouri officials said roads near Springfield were closed, "
            + "and Missouri troopers helped.");
    assertThat(find(mentions, "Springfield")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(23));
  }

  @Test
  void aQualifierIsReadAsTheDivisionItNames() {
    assertThat(find(parse("He flew to New York on Monday."), "New York"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(32));
    List<Mention> mentions = parse("He works at a hospital in Bronx, New York, as a surgeon.");
    assertThat(find(mentions, "Bronx")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(33));
    assertThat(find(mentions, "New York")).hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(15));
  }

  @Test
  void aNameBeforeTheOfficeOfAStateIsTheState() {
    assertThat(find(parse("New York Gov. Andrew Cuomo spoke on Monday."), "New York"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(15));
    assertThat(find(parse("The New York legislature met on Monday."), "New York"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(15));
    assertThat(find(parse("The New York state senator spoke."), "New York"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(15));
    // not an office: the city stays the city
    assertThat(find(parse("The New York Governors Ball drew crowds."), "New York"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(32));
    // a country's name before "state government" stays the country
    assertThat(find(parse("Mexico state government officials said on Monday."), "Mexico"))
        .hasValueSatisfying(m -> assertThat(id(m)).isEqualTo(8));
  }

  @Test
  void aNamesOwnMentionsDoNotVoteForItsCountry() {
    // the larger Newcastle is not in the United Kingdom; its two mentions must not outvote "UK"
    List<Mention> mentions = parse("The UK regulator approved a treatment developed in Newcastle. "
        + "Doctors in Newcastle said it would help families.");
    assertThat(mentions.stream().filter(m -> m.surface.equals("Newcastle")))
        .hasSize(2).allSatisfy(m -> assertThat(id(m)).isEqualTo(40));
  }
}
