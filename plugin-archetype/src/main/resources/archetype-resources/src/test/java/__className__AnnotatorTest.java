package ${package};

import static org.annalist.testkit.AnnalistAssertions.assertThat;
import static org.annalist.testkit.AnnalistAssertions.assertThatThrownBy;

import ${package}.type.${className}Match;
import org.annalist.testkit.Annotate;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class ${className}AnnotatorTest {

  @Test
  void marksWordsInCapitals() {
    JCas jcas = Annotate.text("The UN and NATO met in Brussels.").with(${className}Annotator.class).run();
    assertThat(jcas).annotations(${className}Match.class).coveredTexts().containsExactly("UN", "NATO");
  }

  @Test
  void followsTheConfiguredPattern() {
    JCas jcas = Annotate.text("The UN and NATO met in Brussels.")
        .with(${className}Annotator.class, ${className}Annotator.PARAM_PATTERN, "Brus\\w+").run();
    assertThat(jcas).annotations(${className}Match.class).hasSpan(23, 31).feature("value").containsExactly("BRUSSELS");
  }

  @Test
  void isRegisteredUnderItsShortName() {
    JCas jcas = Annotate.text("WHO and UNICEF").with("${componentName}").run();
    assertThat(jcas).annotations(${className}Match.class).hasCount(2);
  }

  @Test
  void rejectsABadPattern() {
    assertThatThrownBy(() -> Annotate.text("x").with(${className}Annotator.class, ${className}Annotator.PARAM_PATTERN, "(").run())
        .hasStackTraceContaining("is not a regular expression");
  }
}
