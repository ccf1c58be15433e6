package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.type.Organisation;
import org.annalist.type.Person;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class PersonAnnotatorTest {

  private static JCas annotate(String text) throws Exception {
    JCas jcas = JCasFactory.createText(text, "en");
    SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(PersonAnnotator.class));
    return jcas;
  }

  @Test
  void findsPeopleFromTitlesCuesAppositionsAndLaterSurnames() throws Exception {
    String text = "A drone strike killed Gen. Qassim Soleimani near the airport on Friday.\n\n"
        + "Riyadh Ezzat said the convoy had just left. Nadia Salem, 34, watched from her balcony.\n\n"
        + "Soleimani's death shook the region, commander Hamid Tabrizi told reporters in Tehran.";
    JCas jcas = annotate(text);
    List<Person> persons = List.copyOf(JCasUtil.select(jcas, Person.class));
    assertThat(persons).extracting(Person::getCoveredText)
        .containsExactly("Qassim Soleimani", "Riyadh Ezzat", "Nadia Salem", "Soleimani's", "Hamid Tabrizi");
    assertThat(persons).extracting(Person::getEvidence)
        .containsExactly("TITLE", "CUE", "APPOSITION", "SURNAME", "TITLE");
    assertThat(persons.get(3).getCanonicalName()).isEqualTo("Qassim Soleimani");
  }

  @Test
  void aNameAfterTheSpeechVerbOrBeforeAnAppositionWithATitleIsAPerson() throws Exception {
    JCas jcas = annotate("\u201cWe need the data,\u201d said Hamid Karim, the country's deputy minister of water.\n\n"
        + "The plan came from Layla Haddad, Jordan's environment minister.");
    assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getCoveredText)
        .containsExactly("Hamid Karim", "Layla Haddad");
  }

  @Test
  void organisationsThatNameAPlaceAreOrganisations() throws Exception {
    String text = "The European Union and the Syrian Observatory for Human Rights condemned the attack. "
        + "Shares of Texas Instruments fell in Dallas.";
    JCas jcas = annotate(text);
    assertThat(JCasUtil.select(jcas, Organisation.class)).extracting(Organisation::getCoveredText)
        .containsExactly("European Union", "Syrian Observatory for Human Rights", "Texas Instruments");
    assertThat(JCasUtil.select(jcas, Person.class)).isEmpty();
  }

  @Test
  void placeNamesBeforeASpeechVerbAreNotTakenForPeopleWhenTheyStartLikePlaces() throws Exception {
    JCas jcas = annotate("North Korea said the test was a success. South Africa said nothing.");
    assertThat(JCasUtil.select(jcas, Person.class)).isEmpty();
  }
}
