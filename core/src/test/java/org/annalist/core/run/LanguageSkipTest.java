package org.annalist.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annotator that declares the languages it supports is skipped, with a reason, on documents in others. */
class LanguageSkipTest {

  @TempDir
  Path output;

  private AssembledPipeline pipeline(String texts) {
    String yaml = """
        reader: { component: test-texts, params: { texts: [%s], count: 8 } }
        annotators:
          - test-language
          - test-english-only
        consumers:
          - component: test-ids
            params: { targetLocation: "%s" }
        """.formatted(texts, output.toString().replace("\\", "/"));
    var spec = new PipelineLoader(Map.of()).parse("test.yaml", yaml);
    return PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
  }

  @Test
  void documentsInOtherLanguagesAreSkippedAndCounted() throws IOException {
    // 8 documents cycling through the four texts: 2 German, 2 French, 2 British English, 2 of no known language
    RunSummary summary = new BatchRunner(pipeline("'de: Guten Tag', 'fr: Bonjour', 'en-GB: Hello', 'no language'"),
        RunOptions.defaults(output).withThreads(2)).run();

    assertThat(summary.failed()).as("the English-only annotator was given another language").isZero();
    assertThat(summary.succeeded()).isEqualTo(8);
    assertThat(summary.languageSkips()).singleElement().satisfies(skips -> {
      assertThat(skips.component()).isEqualTo("test-english-only");
      assertThat(skips.supported()).isEqualTo("en");
      assertThat(skips.byLanguage()).containsOnly(Map.entry("de", 2L), Map.entry("fr", 2L));
      assertThat(skips.documents()).isEqualTo(4);
    });
    assertThat(summary.format()).contains(
        "test-english-only skipped 4 document(s) in a language it does not support (de 2, fr 2); it supports en");

    JsonNode file = new ObjectMapper().readTree(output.resolve(RunSummaryFile.FILE_NAME).toFile());
    JsonNode skipped = file.path("skippedByLanguage").path("test-english-only");
    assertThat(skipped.path("documents").asLong()).isEqualTo(4);
    assertThat(skipped.path("supports").asText()).isEqualTo("en");
    assertThat(skipped.path("byLanguage").path("de").asLong()).isEqualTo(2);
    assertThat(skipped.path("reason").asText()).contains("not one test-english-only supports");
  }

  @Test
  void aRunWithoutSkipsSaysNothingAboutThem() throws IOException {
    RunSummary summary = new BatchRunner(pipeline("'en: Hello', 'plain'"), RunOptions.defaults(output)).run();
    assertThat(summary.languageSkips()).isEmpty();
    assertThat(summary.format()).doesNotContain("skipped 0");
    JsonNode file = new ObjectMapper().readTree(output.resolve(RunSummaryFile.FILE_NAME).toFile());
    assertThat(file.path("skippedByLanguage").isEmpty()).isTrue();
  }
}
