package org.annalist.corpus.people;

import static org.annalist.corpus.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.Docs;
import org.junit.jupiter.api.Test;

class PersonGroupingStepTest {

  private final PersonGroupingStep step = new PersonGroupingStep();

  @Test
  void namesParseToGivenNameAndSurname() {
    assertThat(PersonName.parse("Pentagon press secretary John Kirby")).isEqualTo(new PersonName("john", "kirby"));
    assertThat(PersonName.parse("coalition Chief Maj. Gen. John W. Brennan, Jr.")).isEqualTo(new PersonName("john", "brennan"));
    assertThat(PersonName.parse("Kirby, the spokesman")).isEqualTo(new PersonName(null, "kirby"));
    assertThat(PersonName.parse("Abu Mahdi al-Muhandis")).isEqualTo(new PersonName("mahdi", "al muhandis"));
    assertThat(PersonName.parse("al-Muhandis")).isEqualTo(new PersonName(null, "al muhandis"));
    assertThat(PersonName.parse("U.S. President Donald Trump")).isEqualTo(new PersonName("donald", "trump"));
    assertThat(PersonName.parse("a coalition official")).isNull();
  }

  @Test
  void kirbyUnderEveryNameIsOnePersonWithRolesOverTimeAndQuotes() {
    List<CorpusDocument> documents = List.of(
        doc("d1").published("2022-01-05").person("Pentagon press secretary John Kirby", "John Kirby", "Pentagon press secretary")
            .quote("We are very mindful of the threat", "John Kirby", "Pentagon press secretary").build(),
        doc("d2").published("2022-01-07").person("John Kirby", "John Kirby", null).person("Kirby", "John Kirby", null).build(),
        doc("d3").published("2023-06-01").person("Kirby, the spokesman", "Kirby", "spokesman for the National Security Council")
            .person("Lloyd Austin", "Lloyd Austin", "Defense Secretary").build(),
        doc("d4").published("2022-03-01").person("John Kirby", "John Kirby", "spokesman for the National Security Council")
            .person("Lloyd Austin", "Lloyd Austin", null).build());

    List<CorpusGroup> people = step.group(documents, List.of());

    CorpusGroup kirby = only(people, "John Kirby");
    assertThat(kirby.documents()).containsExactly("d1", "d2", "d4", "d3");
    assertThat(kirby.details().get("variants")).asList()
        .contains("Pentagon press secretary John Kirby", "John Kirby", "Kirby", "Kirby, the spokesman");
    List<?> roles = (List<?>) kirby.details().get("roles");
    assertThat(Docs.field(roles, "role"))
        .containsExactly("Pentagon press secretary", "spokesman for the National Security Council");
    assertThat(Docs.field(roles, "first")).containsExactly("2022-01-05", "2022-03-01");
    assertThat(kirby.details().get("quotes")).asList().hasSize(1);
    assertThat(people).filteredOn(p -> p.label().contains("Kirby")).hasSize(1);
  }

  /**
   * Two Smiths with different given names in two stories stay two people; a bare "Smith" joins the one
   * it shares context with (another person named in both documents), and a bare "Smith" with no
   * context joins neither.
   */
  @Test
  void peopleWhoShareASurnameAreNeverMergedByTheSurnameAlone() {
    List<CorpusDocument> documents = List.of(
        doc("flood").published("2024-04-01").person("Mayor John Smith", "John Smith", "mayor")
            .person("Rita Gomez", "Rita Gomez", "engineer").build(),
        doc("election").published("2024-05-01").person("Jane Smith", "Jane Smith", "candidate")
            .person("Omar Haddad", "Omar Haddad", "campaign manager").build(),
        doc("election-follow-up").published("2024-05-03").person("Smith", "Smith", null)
            .person("Omar Haddad", "Omar Haddad", null).build(),
        doc("unrelated").published("2024-06-01").person("Smith", "Smith", null).build());

    List<CorpusGroup> people = step.group(documents, List.of());

    assertThat(only(people, "John Smith").documents()).containsExactly("flood");
    assertThat(only(people, "Jane Smith").documents()).containsExactly("election", "election-follow-up");
    assertThat(only(people, "Smith").documents()).containsExactly("unrelated");
  }

  @Test
  void aBareSurnameThatFitsTwoPeopleJoinsNeither() {
    List<CorpusDocument> documents = List.of(
        doc("a").person("John Smith", "John Smith", null).person("Omar Haddad", "Omar Haddad", null).build(),
        doc("b").person("Jane Smith", "Jane Smith", null).person("Omar Haddad", "Omar Haddad", null).build(),
        doc("c").person("Smith", "Smith", null).person("Omar Haddad", "Omar Haddad", null).build());

    List<CorpusGroup> people = step.group(documents, List.of());

    assertThat(only(people, "John Smith").documents()).containsExactly("a");
    assertThat(only(people, "Jane Smith").documents()).containsExactly("b");
    assertThat(only(people, "Smith").documents()).containsExactly("c");
  }

  @Test
  void aLaterRunAddsDocumentsToTheSamePersonId() {
    List<CorpusGroup> first = step.group(List.of(
        doc("a").published("2024-01-01").person("John Kirby", "John Kirby", "spokesman").build()), List.of());
    List<CorpusGroup> second = step.group(List.of(
        doc("b").published("2024-02-01").person("Rear Admiral John Kirby", "John Kirby", "Pentagon press secretary").build()),
        first);

    assertThat(second).hasSize(1);
    assertThat(second.get(0).id()).isEqualTo(first.get(0).id());
    assertThat(second.get(0).documents()).containsExactly("a", "b");
    assertThat((List<?>) second.get(0).details().get("roles")).hasSize(2);
  }

  @Test
  void placesNamedAsSpeakersAndUnnamedSpeakersAreNoPeople() {
    List<CorpusGroup> people = step.group(List.of(doc("a").place("Ankara", 323786)
        .person("Ankara", "Ankara", null).quote("The operations will continue", "Ankara")
        .quote("No damage was done to the base", "a coalition official").build()), List.of());

    assertThat(people).isEmpty();
  }

  /** Only mentions that name a person make records; the kind the quotes annotator wrote and the name's shape decide. */
  @Test
  void organisationsGroupsAndCommonNounsMakeNoPersonRecord() {
    List<CorpusGroup> people = step.group(List.of(doc("harbour").published("2025-03-02")
        .text("Fishermen along the northern quay say the storm wall failed. One fisherman, Tariq Nasser, "
            + "lost two boats. The Port Authority of Aqaba promised repairs, and the Department for Coastal "
            + "Works sent engineers. Nasser said he would wait. UNHCR staff visited the shelters.")
        .person("Fishermen along the northern quay", "Fishermen", null, "PERSON")
        .person("The Port Authority of Aqaba", "Port Authority of Aqaba", null, "ORGANIZATION")
        .person("the Department for Coastal Works", "Department for Coastal Works", null, "PERSON")
        .person("UNHCR staff", "UNHCR", null, "PERSON")
        .person("the Iraqi and Jordanian navies", "Iraqi and Jordanian navies", null, "GROUP")
        .person("a port statement", "Port Authority of Aqaba", null, "DOCUMENT")
        .person("The Harbour Office", "Harbour Office", null, "ORGANIZATION")
        .person("It", "Harbour Office", null, "PRONOUN")
        .person("Tariq Nasser", "Tariq Nasser", "fisherman", "PERSON")
        .person("Nasser", "Tariq Nasser", "fisherman", "PERSON")
        .person("he", "Tariq Nasser", "fisherman", "PRONOUN")
        .person("One fisherman", "Tariq Nasser", "fisherman", "DESCRIPTION")
        .quote("We lost everything in one night", "Port Authority of Aqaba")
        .quote("I will wait for the repairs before I go out again", "Tariq Nasser").build()), List.of());

    assertThat(people).extracting(CorpusGroup::label).containsExactly("Tariq Nasser");
    CorpusGroup nasser = people.get(0);
    assertThat(nasser.details().get("variants")).asList().containsExactlyInAnyOrder("Tariq Nasser", "Nasser");
    assertThat(nasser.details().get("quotes")).asList().hasSize(1);
    assertThat(nasser.details().get("context")).asList().allMatch(c -> !c.toString().contains("port"));
  }

  @Test
  void aPersonMentionIsJudgedByItsKindAndItsShape() {
    String text = "Witnesses said the bridge fell. A witness, Sara Levy, called the police.";
    assertThat(PersonMentions.personName(mention("Witnesses", "Witnesses", null), text)).isNull();
    assertThat(PersonMentions.personName(mention("Sara Levy", "Sara Levy", "PERSON"), text)).isEqualTo("Sara Levy");
    assertThat(PersonMentions.personName(mention("Levy", "Levy", null), text)).isEqualTo("Levy");
    assertThat(PersonMentions.personName(mention("Ministry of Health", "Ministry of Health", "PERSON"), text)).isNull();
    assertThat(PersonMentions.personName(mention("Farmers of the valley", "Farmers", "PERSON"), text)).isNull();
    assertThat(PersonMentions.personName(mention("she", "Sara Levy", "PRONOUN"), text)).isEqualTo("Sara Levy");
    assertThat(PersonMentions.personName(mention("she", null, "PRONOUN"), text)).isNull();
    assertThat(PersonMentions.personName(mention("the court", "court", "ORGANIZATION"), text)).isNull();
    assertThat(PersonMentions.personName(mention("Kirby, the spokesman", "Kirby", "PERSON"), text)).isEqualTo("Kirby");
    assertThat(PersonMentions.personName(mention("Abu Mahdi al-Muhandis", "Abu Mahdi al-Muhandis", "PERSON"), text))
        .isEqualTo("Abu Mahdi al-Muhandis");
    assertThat(PersonMentions.personName(mention("Health Minister Leila Haddad", "Leila Haddad", "PERSON"), text))
        .isEqualTo("Leila Haddad");
    assertThat(PersonMentions.personName(mention("NATO", "NATO", null), text)).isNull();
  }

  @Test
  void givenNamesThatDifferOnlyInVowelsAndDoubledLettersAreTransliterations() {
    assertThat(GivenNames.transliterations("qasem", "qassem")).isTrue();
    assertThat(GivenNames.transliterations("mohammed", "muhammad")).isTrue();
    assertThat(GivenNames.transliterations("yusuf", "youssef")).isTrue();
    assertThat(GivenNames.transliterations("hussein", "husain")).isTrue();
    assertThat(GivenNames.transliterations("maria", "mario")).isFalse();
    assertThat(GivenNames.transliterations("john", "joan")).isFalse();
    assertThat(GivenNames.transliterations("dan", "don")).isFalse();
    assertThat(GivenNames.transliterations("karim", "karam")).isTrue();
    assertThat(GivenNames.transliterations("omar", "amir")).isFalse();
  }

  @Test
  void transliterationsOfOneNameWithSharedContextAreOnePerson() {
    List<CorpusGroup> people = step.group(List.of(
        doc("first").published("2024-03-01").person("Youssef Karimi", "Youssef Karimi", "militia commander")
            .person("Nadia Farouk", "Nadia Farouk", "negotiator").build(),
        doc("second").published("2024-03-04").person("commander Yusuf Karimi", "Yusuf Karimi", "commander")
            .person("Nadia Farouk", "Nadia Farouk", null).build(),
        doc("third").published("2024-03-05").person("Karimi", "Karimi", null)
            .person("Nadia Farouk", "Nadia Farouk", null).build()), List.of());

    CorpusGroup karimi = people.stream().filter(p -> p.label().endsWith("Karimi")).findFirst().orElseThrow();
    assertThat(people).filteredOn(p -> p.label().endsWith("Karimi")).hasSize(1);
    assertThat(karimi.documents()).containsExactly("first", "second", "third");
    assertThat(karimi.details().get("variants")).asList().contains("Youssef Karimi", "Yusuf Karimi", "Karimi");
  }

  /** Similar given names of two different people: other letters, no shared context, or named together. */
  @Test
  void twoDifferentPeopleWithSimilarNamesAreNotMerged() {
    List<CorpusGroup> people = step.group(List.of(
        // Maria and Mario Rossi in one story (shared context), never in one document: other last letter
        doc("r1").published("2024-05-01").person("Maria Rossi", "Maria Rossi", "architect")
            .person("Paolo Conti", "Paolo Conti", "mayor").build(),
        doc("r2").published("2024-05-02").person("Mario Rossi", "Mario Rossi", "architect")
            .person("Paolo Conti", "Paolo Conti", "mayor").build(),
        // Karim and Karam Saleh named in one document: two people, whatever else they share
        doc("s1").published("2024-06-01").person("Karim Saleh", "Karim Saleh", "farmer")
            .person("Karam Saleh", "Karam Saleh", "farmer").person("Huda Nasr", "Huda Nasr", null).build(),
        doc("s2").published("2024-06-02").person("Karim Saleh", "Karim Saleh", null)
            .person("Huda Nasr", "Huda Nasr", null).build(),
        doc("s3").published("2024-06-03").person("Karam Saleh", "Karam Saleh", null)
            .person("Huda Nasr", "Huda Nasr", null).build(),
        // Hamid and Hameed Tahir in unrelated stories: no shared context
        doc("t1").published("2023-01-01").person("Hamid Tahir", "Hamid Tahir", "goalkeeper").build(),
        doc("t2").published("2024-09-01").person("Hameed Tahir", "Hameed Tahir", "surgeon").build()), List.of());

    assertThat(only(people, "Maria Rossi").documents()).containsExactly("r1");
    assertThat(only(people, "Mario Rossi").documents()).containsExactly("r2");
    assertThat(only(people, "Karim Saleh").documents()).containsExactly("s1", "s2");
    assertThat(only(people, "Karam Saleh").documents()).containsExactly("s1", "s3");
    assertThat(only(people, "Hamid Tahir").documents()).containsExactly("t1");
    assertThat(only(people, "Hameed Tahir").documents()).containsExactly("t2");
  }

  private static org.annalist.corpus.CorpusDocument.PersonMention mention(String text, String canonical, String kind) {
    return new org.annalist.corpus.CorpusDocument.PersonMention(text, canonical, null, kind, 0, text.length());
  }

  private static CorpusGroup only(List<CorpusGroup> people, String label) {
    List<CorpusGroup> found = people.stream().filter(p -> p.label().equals(label)).toList();
    assertThat(found).as("people labelled %s in %s", label, people.stream().map(CorpusGroup::label).toList()).hasSize(1);
    return found.get(0);
  }
}
