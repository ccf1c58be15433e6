package org.annalist.corpus.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.corpus.CorpusGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEvaluationTest {

  @TempDir
  Path dir;

  @Test
  void bCubedAndPairFiguresByHand() {
    // gold: {a b c} {d e}; predicted: {a b} {c d e}
    Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");

    StoryEvaluation.Scores scores = StoryEvaluation.score(predicted, gold);

    // precision per document: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 3.6667/5
    assertThat(scores.bcubedPrecision()).isCloseTo((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, within(1e-9));
    // recall per document: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2
    assertThat(scores.bcubedRecall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, within(1e-9));
    // predicted pairs ab, cd, ce, de: correct ab, de; gold pairs ab, ac, bc, de
    assertThat(scores.predictedPairs()).isEqualTo(4);
    assertThat(scores.goldPairs()).isEqualTo(4);
    assertThat(scores.correctPairs()).isEqualTo(2);
    assertThat(scores.pairPrecision()).isEqualTo(0.5);
    assertThat(scores.pairRecall()).isEqualTo(0.5);
  }

  @Test
  void everythingInOneStoryHasFullRecallAndPoorPrecision() {
    Map<String, String> gold = Map.of("a", "X", "b", "Y", "c", "Z", "d", "Z");
    StoryEvaluation.Scores scores = StoryEvaluation.score(Map.of("a", "1", "b", "1", "c", "1", "d", "1"), gold);
    assertThat(scores.bcubedRecall()).isEqualTo(1.0);
    assertThat(scores.bcubedPrecision()).isCloseTo((0.25 + 0.25 + 0.5 + 0.5) / 4, within(1e-9));
  }

  @Test
  void missingGoldDocumentsAreScoredAndUnlabelledPredictionsCounted() {
    Map<String, String> gold = Map.of("a", "X", "b", "X");
    StoryEvaluation.Scores scores = StoryEvaluation.score(
        List.of(new CorpusGroup("stories", "s1", "l", List.of("a", "zzz"), List.of(), Map.of())), gold);
    assertThat(scores.unpredicted()).isEqualTo(1);
    assertThat(scores.unlabelled()).isEqualTo(1);
    assertThat(scores.bcubedRecall()).isEqualTo(0.5);
    assertThat(scores.pairRecall()).isEqualTo(0.0);
  }

  @Test
  void readsGoldAndPredictionFiles() throws Exception {
    Path gold = write("gold.tsv", "# seeds\n000.txt\tjan-2022\n\n001.txt\tjan-2022\n004.txt\tjan-2020\n");
    Path predicted = write("corpus.jsonl", """
        {"kind":"duplicates","id":"duplicates-1","label":"x","documents":["000.txt","001.txt"]}
        {"kind":"stories","id":"stories-a","label":"Attack","documents":["000.txt","001.txt"]}
        {"kind":"stories","id":"stories-b","label":"Strike","documents":["004.txt"]}
        """);

    StoryEvaluation.Scores scores = StoryEvaluation.score(StoryFiles.readPredictions(predicted), StoryFiles.readGold(gold));

    assertThat(scores.bcubedF1()).isEqualTo(1.0);
    assertThat(scores.documents()).isEqualTo(3);
  }

  @Test
  void wrongFilesAreRejectedWithFileLineAndWhatWasExpected() throws Exception {
    Path spaces = write("spaces.tsv", "000.txt\tjan\n001.txt jan-2022\n");
    assertThatThrownBy(() -> StoryFiles.readGold(spaces)).isInstanceOf(StoryFileException.class)
        .hasMessageContaining("spaces.tsv:2").hasMessageContaining("DOCUMENT-ID<TAB>STORY-LABEL")
        .satisfies(e -> assertThat(((StoryFileException) e).line()).isEqualTo(2));
    Path twice = write("twice.tsv", "000.txt\ta\n000.txt\tb\n");
    assertThatThrownBy(() -> StoryFiles.readGold(twice)).hasMessageContaining("twice.tsv:2").hasMessageContaining("labelled twice");
    assertThatThrownBy(() -> StoryFiles.readGold(write("empty.tsv", "# nothing\n"))).hasMessageContaining("no labelled document");
    assertThatThrownBy(() -> StoryFiles.readGold(dir.resolve("absent.tsv"))).hasMessageContaining("no such file");

    Path notJson = write("bad.jsonl", "{\"kind\":\"stories\",\"id\":\"s\",\"documents\":[\"a\"]}\nstories s a b\n");
    assertThatThrownBy(() -> StoryFiles.readPredictions(notJson)).isInstanceOf(StoryFileException.class)
        .hasMessageContaining("bad.jsonl:2").hasMessageContaining("not JSON");
    Path noDocuments = write("nodocs.jsonl", "{\"kind\":\"stories\",\"id\":\"s\"}\n");
    assertThatThrownBy(() -> StoryFiles.readPredictions(noDocuments)).hasMessageContaining("nodocs.jsonl:1")
        .hasMessageContaining("\"documents\" array");
    Path inTwo = write("two.jsonl", "{\"kind\":\"stories\",\"id\":\"s\",\"documents\":[\"a\"]}\n"
        + "{\"kind\":\"stories\",\"id\":\"t\",\"documents\":[\"a\"]}\n");
    assertThatThrownBy(() -> StoryFiles.readPredictions(inTwo)).hasMessageContaining("two.jsonl:2").hasMessageContaining("two stories");
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
