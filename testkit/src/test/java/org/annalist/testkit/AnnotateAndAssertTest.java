package org.annalist.testkit;

import static org.annalist.testkit.AnnalistAssertions.assertThat;
import static org.annalist.testkit.AnnalistAssertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.type.Paragraph;
import org.annalist.type.Place;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateAndAssertTest {

  @TempDir
  Path dir;

  @Test
  void runsAComponentOnATextInOneLine() {
    JCas jcas = Annotate.text("From Paris to Lyon by train.").with(CapitalisedWordsAnnotator.class).run();

    assertThat(jcas).annotations(Place.class).hasCount(3)
        .hasSpan(5, 10)
        .coveredTexts().containsExactly("From", "Paris", "Lyon");
    assertThat(jcas).annotations(Place.class).feature("name").containsExactly("from", "paris", "lyon");
    assertThat(jcas).annotations(Place.class).feature("population").containsExactly(4L, 5L, 4L);
    assertThat(jcas).annotations(Place.class).withFeature("name", "lyon").spans().containsExactly("14-18");
    assertThat(jcas).annotations(Place.class).covering("Paris").hasCount(1);
    assertThat(jcas).annotations("org.annalist.type.Place").hasCount(3);
    assertThat(jcas).hasNo(Paragraph.class);
  }

  @Test
  void givenChangesTheDocumentBeforeTheComponentsRun() {
    JCas jcas = Annotate.text("Oslo. Bergen.").given(cas -> new Paragraph(cas, 6, 13).addToIndexes())
        .with(CapitalisedWordsAnnotator.class).run();
    assertThat(jcas).annotations(Paragraph.class).coveredTexts().containsExactly("Bergen.");
    assertThat(jcas).annotations(Place.class).hasCount(2);
  }

  @Test
  void passesParametersAndFindsComponentsByShortName() {
    JCas jcas = Annotate.text("Rome").with("capitalised", "countryCode", "IT").run();
    assertThat(jcas).annotations(Place.class).feature("countryCode").containsExactly("IT");
    assertThatThrownBy(() -> Annotate.text("x").with("no-such-thing"))
        .hasMessageContaining("no annotator or consumer 'no-such-thing' is registered")
        .hasMessageContaining("capitalised");
  }

  @Test
  void readsAFileAndSetsItsMetadata() throws Exception {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, "Quito is high.", StandardCharsets.UTF_8);
    JCas jcas = Annotate.file(file).publishedDate("2024-05-01").htmlView("<p>Quito is high.</p>").language("es")
        .with(CapitalisedWordsAnnotator.class).run();
    assertThat(jcas).annotations(Place.class).coveredTexts().containsExactly("Quito");
    assertThat(DocumentMetadataAccess.find(jcas).getDocumentId()).isEqualTo("story.txt");
    assertThat(DocumentMetadataAccess.find(jcas).getPublishedDate()).isEqualTo("2024-05-01");
    assertThat(jcas.getView("html").getDocumentText()).isEqualTo("<p>Quito is high.</p>");
    assertThat(jcas.getDocumentLanguage()).isEqualTo("es");
  }

  @Test
  void failureMessagesShowTheAnnotations() {
    JCas jcas = Annotate.text("Oslo").with(CapitalisedWordsAnnotator.class).run();
    assertThatThrownBy(() -> assertThat(jcas).annotations(Place.class).coveredTexts().containsExactly("Bergen"))
        .hasMessageContaining("Place[0-4 \"Oslo\"")
        .hasMessageContaining("name=oslo");
    assertThatThrownBy(() -> assertThat(jcas).annotations(Place.class).hasSpan(1, 4))
        .hasMessageContaining("expected one Place annotation at 1-4 but found 0");
    assertThatThrownBy(() -> assertThat(jcas).annotations(Place.class).feature("nam"))
        .hasMessageContaining("type org.annalist.type.Place has no feature 'nam'");
    assertThatThrownBy(() -> assertThat(jcas).annotations("org.example.Missing"))
        .hasMessageContaining("no annotation type 'org.example.Missing'");
  }

  @Test
  void comparesWithAnExpectedJsonlFileWhateverItsKeyOrderAndSpacing() throws Exception {
    JCas jcas = Annotate.text("Oslo").with(CapitalisedWordsAnnotator.class).run();
    Path expected = dir.resolve("expected.jsonl");
    Files.writeString(expected, """
        { "begin": 0, "end": 4, "type": "org.annalist.type.Place", "text": "Oslo",
        """.strip() + """
         "features": {"population": 4, "name": "oslo", "geonamesId": 0, "countryCode": "XX", "latitude": 0.0, "longitude": 0.0, "confidence": 0.0} }

        """);
    assertThat(jcas).annotations(Place.class).matchesJsonl(expected);
  }

  @Test
  void aDifferenceFailsWithAUnifiedDiff() throws Exception {
    JCas jcas = Annotate.text("Oslo and Bergen").with(CapitalisedWordsAnnotator.class).run();
    Path expected = dir.resolve("expected.jsonl");
    Files.writeString(expected, """
        {"type":"org.annalist.type.Place","begin":0,"end":4,"text":"Oslo"}
        {"type":"org.annalist.type.Place","begin":9,"end":15,"text":"Bergen"}
        """);
    assertThatThrownBy(() -> assertThat(jcas).annotations(Place.class).matchesJsonl(expected))
        .hasMessageContaining("annotations differ from " + expected)
        .hasMessageContaining("-{\"type\":\"org.annalist.type.Place\",\"begin\":9,\"end\":15,\"text\":\"Bergen\"}")
        .hasMessageContaining("+{\"type\":\"org.annalist.type.Place\",\"begin\":9,\"end\":15,\"text\":\"Bergen\",\"features\":{");

    Files.writeString(expected, "{\"type\": \"Place\",\n");
    assertThatThrownBy(() -> assertThat(jcas).annotations(Place.class).matchesJsonl(expected))
        .hasMessageContaining(expected + ":1: not a JSON object");
  }

  @Test
  void aMissingExpectedFileIsWrittenAndTheTestFails() throws Exception {
    JCas jcas = Annotate.text("Oslo and Bergen").with(CapitalisedWordsAnnotator.class).run();
    Path expected = dir.resolve("new/expected.jsonl");
    assertThatThrownBy(() -> assertThat(jcas).annotations(Place.class).matchesJsonl(expected))
        .hasMessageContaining("did not exist: wrote the 2 actual annotations");
    assertThat(Files.readAllLines(expected)).hasSize(2).first().asString()
        .startsWith("{\"type\":\"org.annalist.type.Place\",\"begin\":0,\"end\":4,\"text\":\"Oslo\",\"features\":{");
    assertThat(jcas).annotations(Place.class).matchesJsonl(expected);
    assertThat(jcas).matchesJsonl(expected);
  }
}
