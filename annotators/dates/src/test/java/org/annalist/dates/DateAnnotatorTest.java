package org.annalist.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.MainContent;
import org.annalist.type.Timex3;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class DateAnnotatorTest {

  private static final String TEXT = "Menu: Monday deals\nThe coalition came under fire on Wednesday.";

  private static List<Timex3> run(String publishedDate, String anchorDate, boolean mainContent) throws Exception {
    AnalysisEngine engine = anchorDate == null
        ? AnalysisEngineFactory.createEngine(DateAnnotator.class)
        : AnalysisEngineFactory.createEngine(DateAnnotator.class, DateAnnotator.PARAM_ANCHOR_DATE, anchorDate);
    JCas jcas = JCasFactory.createText(TEXT);
    if (publishedDate != null) {
      DocumentMetadata metadata = new DocumentMetadata(jcas, 0, TEXT.length());
      metadata.setPublishedDate(publishedDate);
      metadata.addToIndexes();
    }
    if (mainContent) {
      new MainContent(jcas, TEXT.indexOf("The coalition"), TEXT.length()).addToIndexes();
    }
    engine.process(jcas);
    return List.copyOf(JCasUtil.select(jcas, Timex3.class));
  }

  @Test
  void resolvesAgainstThePublishedDate() throws Exception {
    List<Timex3> timexes = run("2022-01-07T10:15:00Z", null, false);
    Timex3 wednesday = timexes.stream().filter(t -> t.getCoveredText().equals("Wednesday")).findFirst().orElseThrow();
    assertThat(wednesday.getValue()).isEqualTo("2022-01-05");
    assertThat(wednesday.getTimexType()).isEqualTo("DATE");
    assertThat(wednesday.getAnchorSource()).isEqualTo("DCT");
    assertThat(wednesday.getAnchor()).isEqualTo("2022-01-07");
    assertThat(wednesday.getRule()).isNotBlank();
  }

  @Test
  void readsOnlyTheMainContent() throws Exception {
    List<Timex3> timexes = run("2022-01-07", null, true);
    assertThat(timexes).extracting(Timex3::getCoveredText).containsExactly("Wednesday");
  }

  @Test
  void fallsBackToTheConfiguredAnchor() throws Exception {
    List<Timex3> timexes = run(null, "2022-01-07", true);
    assertThat(timexes).singleElement().satisfies(t -> {
      assertThat(t.getValue()).isEqualTo("2022-01-05");
      assertThat(t.getAnchorSource()).isEqualTo("CONFIGURED");
    });
  }

  @Test
  void neverUsesTodayWithoutAnAnchor() throws Exception {
    List<Timex3> timexes = run(null, null, true);
    assertThat(timexes).singleElement().satisfies(t -> {
      assertThat(t.getValue()).isEqualTo("XXXX-WXX-3");
      assertThat(t.getAnchorSource()).isEqualTo("UNRESOLVED");
    });
  }

  @Test
  void parsesPublishedDates() {
    assertThat(DateAnnotator.parseDate("2022-01-07")).hasToString("2022-01-07");
    assertThat(DateAnnotator.parseDate("2022-01-07T23:30:00-05:00")).hasToString("2022-01-07");
    assertThat(DateAnnotator.parseDate("2022-01-07 10:00")).hasToString("2022-01-07");
    assertThat(DateAnnotator.parseDate("yesterday")).isNull();
    assertThat(DateAnnotator.parseDate(null)).isNull();
  }

  @Test
  void isRegisteredAsAComponentAndAnEvalCommand() {
    assertThat(java.util.ServiceLoader.load(org.annalist.core.plugin.ComponentProvider.class).stream()
        .flatMap(p -> p.get().components().stream()))
        .anyMatch(d -> d.name().equals("dates") && d.type() == DateAnnotator.class);
    assertThat(java.util.ServiceLoader.load(org.annalist.core.plugin.CommandProvider.class).stream()
        .flatMap(p -> p.get().evalCommands().stream()))
        .anyMatch(c -> c instanceof org.annalist.dates.eval.EvalDatesCommand);
  }

  @Test
  void recordsAnInferredDateAndTheDocumentTypeInTheMetadata() throws Exception {
    String text = "Updated: Jan. 7, 2022\nThe coalition came under fire on Wednesday.";
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(DateAnnotator.class);
    JCas jcas = JCasFactory.createText(text);
    engine.process(jcas);
    DocumentMetadata metadata = JCasUtil.selectSingle(jcas, DocumentMetadata.class);
    assertThat(metadata.getPublishedDate()).isEqualTo("2022-01-07");
    assertThat(metadata.getPublishedDateSource()).isEqualTo(DateAnnotator.INFERRED);
    assertThat(metadata.getPublishedDateConfidence()).isBetween(0.5, 1.0);
    assertThat(metadata.getDocumentType()).isEqualTo("news");
    Timex3 wednesday = JCasUtil.select(jcas, Timex3.class).stream()
        .filter(t -> t.getCoveredText().equals("Wednesday")).findFirst().orElseThrow();
    assertThat(wednesday.getValue()).isEqualTo("2022-01-05");
    assertThat(wednesday.getAnchorSource()).isEqualTo("INFERRED");
  }

  @Test
  void rejectsAnUnknownDocumentType() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(DateAnnotator.class,
        DateAnnotator.PARAM_DOCUMENT_TYPE, "poem")).hasStackTraceContaining("documentType must be news, narrative or auto");
  }
}
