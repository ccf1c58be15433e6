package org.annalist.linguistic.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandsTest {

  @TempDir
  Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Object command, String... args) {
    if (command instanceof EvalSegmentationCommand segmentation) {
      segmentation.out = new PrintStream(out, true, StandardCharsets.UTF_8);
      segmentation.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    } else if (command instanceof EvalPosCommand pos) {
      pos.out = new PrintStream(out, true, StandardCharsets.UTF_8);
      pos.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    }
    return new CommandLine(command).execute(args);
  }

  @Test
  void segmentationScoresEveryDocumentAndWritesItsPredictions() throws Exception {
    Path gold = Files.writeString(temp.resolve("gold.conllu"), ConlluFixtures.TWO_DOCUMENTS);
    Path predictions = temp.resolve("predictions.jsonl");
    int code = run(new EvalSegmentationCommand(), "--format", "conllu", "--json", "--warmup", "0",
        "--measure-seconds", "0", "--predictions", predictions.toString(), gold.toString());
    assertThat(code).isZero();
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("\"sentences\"").contains("\"tp\" : 4");
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"document\":\"doc1\"").contains("\"text\":\"n't\"");
  }

  @Test
  void posScoresTheGoldWords() throws Exception {
    Path gold = Files.writeString(temp.resolve("gold.conllu"), ConlluFixtures.TWO_DOCUMENTS);
    assertThat(run(new EvalPosCommand(), "--json", gold.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"upos\"").contains("\"tokenisation\" : \"gold\"");
  }

  @Test
  void aWrongInputFormatExitsTwoWithFileAndLine() throws Exception {
    Path bad = Files.writeString(temp.resolve("not.conllu"), "<html>\n<body>not CoNLL-U</body>\n");
    assertThat(run(new EvalSegmentationCommand(), bad.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not.conllu:1").contains("10 tab-separated columns");
    assertThat(run(new EvalPosCommand(), "--format", "timeml", bad.toString())).isEqualTo(2);
    assertThat(run(new EvalPosCommand(), "--model", "stanford", bad.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown pos model 'stanford'");
    assertThat(run(new EvalSegmentationCommand(), temp.resolve("missing.conllu").toString())).isEqualTo(2);
  }
}
