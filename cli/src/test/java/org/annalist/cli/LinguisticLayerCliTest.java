package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segmenter and pos annotators and their eval commands, the way a user meets them: through the CLI. */
class LinguisticLayerCliTest {

  @TempDir Path dir;

  @Test
  void anXmiOfARunHoldsSentencesAndTaggedTokens() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/story.txt"),
        "BAGHDAD – Lt. Gen. Mark Hale didn't comment on Monday. \"We will stay,\" he said.\n");
    Path pipeline = dir.resolve("pipeline.yaml");
    Files.writeString(pipeline, """
        name: linguistic
        reader:
          component: tika
          params: { sourceLocation: "%s" }
        annotators:
          - boilerplate
          - segmenter
          - pos
        consumers:
          - component: xmi
            params: { targetLocation: unused }
        """.formatted(dir.resolve("in").toString().replace("\\", "/")));
    Path out = dir.resolve("out");
    CliRunner.Result run = CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--threads", "1",
        "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<Path> xmis;
    try (Stream<Path> files = Files.walk(out)) {
      xmis = files.filter(f -> f.toString().endsWith(".xmi")).toList();
    }
    assertThat(xmis).hasSize(1);
    String xmi = Files.readString(xmis.get(0), StandardCharsets.UTF_8);
    assertThat(xmi.split("<type:Sentence ", -1)).hasSize(3);
    assertThat(xmi).contains("<type:Token ").contains("pos=\"PART\"").contains("lemma=\"not\"");
  }

  @Test
  void evalSegmentationExitsTwoOnAFileThatIsNotConllu() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.conllu"), "just some text\n");
    CliRunner.Result result = CliRunner.run("eval", "segmentation", "--format", "conllu", bad.toString());
    assertThat(result.exitCode()).isEqualTo(2); // the message (file:line, what was expected): EvalCommandsTest
  }
}
