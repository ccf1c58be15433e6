package org.annalist.language.eval;

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

class LanguageEvalCommandTest {

  @Test
  void writesEveryPredictionAndComparesWithOpenNlp(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("set.tsv");
    Files.writeString(tsv, String.join("\n",
        "en\tmine\t1\tThe council voted on Tuesday to close the old bridge after engineers found cracks in its piers.",
        "de\tmine\t2\tDer Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, weil Risse gefunden wurden.",
        "fr\tmine\t3\tLe conseil municipal a décidé mardi de fermer le vieux pont après la découverte de fissures.")
        + "\n", StandardCharsets.UTF_8);
    Path predictions = dir.resolve("predictions.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new LanguageEvalCommand()).execute(tsv.toString(), "--hint", "en",
          "--predictions", predictions.toString(), "--compare-opennlp", "1");
    } finally {
      System.setOut(previous);
    }
    String report = out.toString(StandardCharsets.UTF_8);

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains("\"id\":\"2\"", "\"gold\":\"de\"", "\"predicted\":\"de\"", "\"source\":\"detected\"");
    assertThat(report).containsPattern("accuracy\\s+1\\.0000");
    assertThat(report).containsPattern("compare\\.differentLanguage\\s+0\\b");
  }
}
