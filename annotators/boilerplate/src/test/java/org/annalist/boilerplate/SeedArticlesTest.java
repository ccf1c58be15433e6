package org.annalist.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.testing.SharedData;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed articles (plain text with the page furniture left in) come out with the whole
 * body and without the furniture. Skipped when ../shared/data is absent.
 */
class SeedArticlesTest {

  static List<Arguments> seeds() {
    return List.of(
        Arguments.of("000_7ba364a55b229c62.txt",
            "A US-led coalition fighting the Islamic State group on Wednesday came under fire in Iraq and Syria",
            "and our mission in Iraq and Syria,” Kirby added.",
            List.of("date 2022-01-07", "Photo: AFP / US-led coalition", "SALES VERSUS IMAGE",
                "LOCKED IN:", "Two French TV star twin brothers", "Iran’s space launch on Thursday failed"),
            "2022-01-07"),
        Arguments.of("001_b0408c1294fcba4e.txt",
            "The US-led coalition fighting the Islamic State group came under fire Wednesday in Iraq and Syria.",
            "However, the coalition said it hadn t received reports of new attacks.",
            List.of("World\n", "SOURCE: AFP"),
            null),
        Arguments.of("002_ec29e194aaed57fc.txt",
            "BAGHDAD – Iraqi military bases hosting U.S. troops",
            "Associated Press writers Bassem Mroue in Beirut and Lolita Baldor in Washington contributed to this report.",
            List.of("Skip to main content", "Clear icon", "71º", "1 / 4", "Copyright 2022 The Associated Press",
                "Mourners and security forces attend", "Recommended Videos", "Loading...", "___"),
            null),
        Arguments.of("003_7b39c792f8d8761a.txt",
            "A hail of missiles has reportedly landed near an air force base",
            "Since then, attacks on Turkish security forces have increased.",
            List.of("About Author", "Comments are closed."),
            null),
        Arguments.of("004_733cd41fd4b43536.txt",
            "BAGHDAD / WASHINGTON – Iran fired rockets at US-led forces in Iraq early Wednesday",
            "“We do not seek escalation or war, but we will be protected against any aggression,” he wrote in a Twitter post.",
            List.of("date 2020-01-08", "advertisement"),
            "2020-01-08"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void bodyIntactFurnitureGone(String file, String firstSentence, String lastSentence,
      List<String> furniture, String date) throws Exception {
    Path path = SharedData.require("seeds/" + file);
    String text = Files.readString(path);
    JCas jcas = JCasFactory.createText(text);
    AnalysisEngine engine = AnalysisEngineFactory.createEngine(BoilerplateAnnotator.class);
    engine.process(jcas);
    String clean = ContentRegions.cleanText(jcas);

    assertThat(clean).startsWith(firstSentence);
    assertThat(clean).endsWith(lastSentence);
    for (String line : furniture) {
      assertThat(clean).as("furniture %s", line).doesNotContain(line.strip().equals(line) ? line : line);
    }
    // every body line of the source is in the clean text
    int bodyLines = 0;
    for (String line : text.split("\n")) {
      String stripped = line.strip();
      if (stripped.length() >= 60 && furniture.stream().noneMatch(stripped::contains)
          && stripped.matches("(?s).*[.!?\"”’]$")) {
        assertThat(clean).as("body line of %s", file).contains(stripped);
        bodyLines++;
      }
    }
    assertThat(bodyLines).isGreaterThan(5);
    DocumentMetadata metadata = DocumentMetadataAccess.find(jcas);
    if (date != null) {
      assertThat(metadata.getPublishedDate()).isEqualTo(date);
      assertThat(metadata.getPublishedDateSource()).isEqualTo("date-line");
    }
  }
}
