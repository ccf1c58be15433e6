package org.annalist.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.core.plugin.ComponentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineValidationTest {

  private final ComponentRegistry registry = ComponentRegistry.load();

  private ValidatedPipeline validate(String yaml) {
    PipelineSpec spec = new PipelineLoader(Map.of("DOCS", "one,two")).parse("p.yaml", yaml);
    return new PipelineValidator(registry).validate(spec);
  }

  private List<String> problems(String yaml) {
    PipelineConfigurationException e = catchThrowableOfType(PipelineConfigurationException.class, () -> validate(yaml));
    assertThat(e).as("expected a configuration error").isNotNull();
    return e.problems().stream().map(ConfigurationProblem::toString).toList();
  }

  @Test
  void validPipelineConvertsParameterTypes() {
    ValidatedPipeline pipeline = validate("""
        name: demo
        reader:
          component: test-texts
          params:
            texts: [a, b]
            count: 5
        annotators:
          - component: test-fail
            params: { sleepMillis: 3, ratio: 0.5 }
        consumers:
          - component: test-ids
            params: { targetLocation: out }
        run:
          threads: 3
        """);
    assertThat(pipeline.reader().values().get("texts")).isEqualTo(new String[] {"a", "b"});
    assertThat(pipeline.reader().values().get("count")).isEqualTo(5);
    assertThat(pipeline.annotators().get(0).values()).containsEntry("sleepMillis", 3).containsEntry("ratio", 0.5f);
    assertThat(pipeline.settings().threads()).isEqualTo(3);
  }

  @Test
  void environmentVariablesAreSubstituted() {
    ValidatedPipeline pipeline = validate("""
        reader: { component: test-texts, params: { texts: "${DOCS}", count: "${COUNT:-7}" } }
        """);
    assertThat(pipeline.reader().values().get("texts")).isEqualTo(new String[] {"one", "two"});
    assertThat(pipeline.reader().values().get("count")).isEqualTo(7);
  }

  @Test
  void unsetVariableNamesTheLine() {
    assertThat(problems("""
        reader:
          component: test-texts
          params:
            texts: ${ANNALIST_SURELY_UNSET_VARIABLE}
        """)).containsExactly("p.yaml:4: environment variable 'ANNALIST_SURELY_UNSET_VARIABLE' is not set"
            + " (set it, or write ${ANNALIST_SURELY_UNSET_VARIABLE:-default})");
  }

  @Test
  void unknownComponentSuggestsTheClosestName() {
    assertThat(problems("""
        reader: test-texts
        annotators:
          - test-fial
        """)).singleElement().asString()
        .startsWith("p.yaml:3: unknown annotator 'test-fial' (did you mean 'test-fail'?)");
  }

  @Test
  void misspeltParameterSuggestsTheClosestName() {
    assertThat(problems("""
        reader: test-texts
        annotators:
          - component: test-fail
            params:
              sleepMilis: 5
        """)).singleElement().asString()
        .startsWith("p.yaml:5: annotator 'test-fail' has no parameter 'sleepMilis' (did you mean 'sleepMillis'?)");
  }

  @Test
  void wrongTypeNamesLineAndExpectation() {
    assertThat(problems("""
        reader:
          component: test-texts
          params:
            count: many
        """)).containsExactly("p.yaml:4: parameter 'count' of reader 'test-texts': expected integer, found 'many'");
  }

  @Test
  void missingMandatoryParameterIsReported() {
    assertThat(problems("""
        reader: test-texts
        consumers:
          - test-ids
        """)).singleElement().asString()
        .startsWith("p.yaml:3: consumer 'test-ids' needs parameter 'targetLocation'");
  }

  @Test
  void globIsCheckedByTheFolderBeforeItsFirstWildcard(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("crawl/a"));
    String glob = folder.resolve("crawl").toString() + "/**/*.warc.gz";
    ValidatedPipeline pipeline = validate("""
        reader:
          component: test-texts
          params:
            textFile: "%s"
        """.formatted(glob));
    assertThat(pipeline.reader().values().get("textFile")).isEqualTo(glob);
    assertThat(problems("""
        reader:
          component: test-texts
          params:
            textFile: "/no/such/folder/*.html"
        """)).singleElement().asString()
        .contains("'/no/such/folder/*.html' does not exist (looked in /no/such/folder)");
    assertThat(PipelineValidator.globBase("*.html")).isEqualTo(".");
    assertThat(PipelineValidator.globBase("/*.html")).isEqualTo("/");
    assertThat(PipelineValidator.globBase("a/b.txt")).isEqualTo("a/b.txt");
  }

  @Test
  void unreadablePathIsReported() {
    assertThat(problems("""
        reader:
          component: test-texts
          params:
            textFile: /no/such/file.txt
        """)).singleElement().asString()
        .startsWith("p.yaml:4: parameter 'textFile' of reader 'test-texts': '/no/such/file.txt' does not exist");
  }

  @Test
  void aBadPathGivenOnTheCommandLineIsOneProblemThatSaysWhereItCameFrom() {
    PipelineSpec spec = new PipelineLoader().parse("p.yaml", """
        reader: test-texts
        annotators:
          - component: test-needs-file
            params: { modelFile: placeholder }
        """);
    PipelineSpec changed = PipelineOverrides.apply(spec,
        List.of("annotators.test-needs-file.modelFile=/no/such/file.txt"));
    PipelineConfigurationException e = catchThrowableOfType(PipelineConfigurationException.class,
        () -> new PipelineValidator(registry).validate(changed));
    assertThat(e.problems()).singleElement().asString()
        .startsWith("p.yaml: parameter 'modelFile' of annotator 'test-needs-file': '/no/such/file.txt' does not exist")
        .endsWith("(value given on the command line)");
  }

  @Test
  void invalidYamlNamesTheLine() {
    assertThat(problems("""
        reader: test-texts
        annotators:
          - component: [unclosed
        """)).singleElement().asString().startsWith("p.yaml:4: not valid YAML");
  }

  @Test
  void unknownTopLevelKeyIsReported() {
    assertThat(problems("""
        reader: test-texts
        anotators: []
        """)).singleElement().asString()
        .startsWith("p.yaml:2: unknown key 'anotators' (did you mean 'annotators'?)");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThat(problems("""
        reader: test-texts
        annotators:
          - nope
          - component: test-fail
            params: { sleepMillis: x }
        run:
          threads: 0
        """)).hasSize(3);
  }

  @Test
  void fullyQualifiedClassNamesWork() {
    ValidatedPipeline pipeline = validate("""
        reader: org.annalist.core.testing.TextListReader
        annotators:
          - org.annalist.core.testing.FailingAnnotator
        """);
    assertThat(pipeline.annotators()).hasSize(1);
  }

  @Test
  void commandLineOverridesReplaceValues() {
    PipelineSpec spec = new PipelineLoader().parse("p.yaml", """
        reader: { component: test-texts, params: { texts: [a] } }
        annotators:
          - test-fail
        """);
    PipelineSpec changed = PipelineOverrides.apply(spec,
        List.of("reader.count=4", "annotators.test-fail.sleepMillis=9", "run.threads=2"));
    ValidatedPipeline pipeline = new PipelineValidator(registry).validate(changed);
    assertThat(pipeline.reader().values()).containsEntry("count", 4);
    assertThat(pipeline.annotators().get(0).values()).containsEntry("sleepMillis", 9);
    assertThat(pipeline.settings().threads()).isEqualTo(2);
    assertThatThrownBy(() -> PipelineOverrides.apply(spec, List.of("annotators.test-fial.x=1")))
        .hasMessageContaining("no step named 'test-fial' (did you mean 'test-fail'?)");
  }
}
