package org.annalist.linguistic.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The segmenter and tagger on the UD English dev sets in ../shared/data (skipped when absent). */
class UdDevSetsTest {

  private static EvalReport segmentation(Path file) throws Exception {
    EvalSegmentationCommand command = new EvalSegmentationCommand();
    command.file = file;
    command.method = "rules";
    command.warmup = 0;
    command.measureSeconds = 0;
    return command.evaluate(ConlluReader.read(file));
  }

  @Test
  void ewtDev() throws Exception {
    Path file = SharedData.require("segmentation/ewt/en_ewt-ud-dev.conllu");
    EvalReport report = segmentation(file);
    assertThat(report.getDouble("tokens.f1")).isGreaterThan(0.99);
    assertThat(report.getDouble("words.f1")).isGreaterThan(0.985);
    assertThat(report.getDouble("sentences.f1")).isGreaterThan(0.85);
  }

  @Test
  void gumDev() throws Exception {
    Path file = SharedData.require("segmentation/gum/en_gum-ud-dev.conllu");
    EvalReport report = segmentation(file);
    assertThat(report.getDouble("tokens.f1")).isGreaterThan(0.99);
    assertThat(report.getDouble("sentences.f1")).isGreaterThan(0.95);
  }

  private static EvalReport pos(Path file, String model) throws Exception {
    EvalPosCommand command = new EvalPosCommand();
    command.file = file;
    command.model = model;
    return command.evaluate(ConlluReader.read(file));
  }

  @Test
  void ewtDevUposWithGoldTokens() throws Exception {
    Path file = SharedData.require("segmentation/ewt/en_ewt-ud-dev.conllu");
    EvalReport report = pos(file, "nlp4j");
    assertThat(report.getDouble("upos.alignedAccuracy")).isGreaterThan(0.955);
    assertThat(report.getDouble("lemmas.alignedAccuracy")).isGreaterThan(0.96);
  }

  @Test
  void gumDevUposWithGoldTokens() throws Exception {
    Path file = SharedData.require("segmentation/gum/en_gum-ud-dev.conllu");
    EvalReport report = pos(file, "nlp4j");
    assertThat(report.getDouble("upos.alignedAccuracy")).isGreaterThan(0.96);
    assertThat(report.getDouble("lemmas.alignedAccuracy")).isGreaterThan(0.965);
  }
}
