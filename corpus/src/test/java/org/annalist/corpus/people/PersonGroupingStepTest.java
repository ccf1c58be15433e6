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

  private static CorpusGroup only(List<CorpusGroup> people, String label) {
    List<CorpusGroup> found = people.stream().filter(p -> p.label().equals(label)).toList();
    assertThat(found).as("people labelled %s in %s", label, people.stream().map(CorpusGroup::label).toList()).hasSize(1);
    return found.get(0);
  }
}
