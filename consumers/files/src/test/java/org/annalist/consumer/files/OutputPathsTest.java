package org.annalist.consumer.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputPathsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "news/a.html                  | news/a.html.xmi",
      "archive.zip!/in/b.html       | archive.zip/in/b.html.xmi",
      "a.tar.gz!/x.zip!/deep.txt    | a.tar.gz/x.zip/deep.txt.xmi",
      "../../etc/passwd             | _../_../etc/passwd.xmi",
      "/abs/path/c.txt              | abs/path/c.txt.xmi",
      "'C:\\docs\\d.txt'            | C_/docs/d.txt.xmi",
      "'what?<is>this*.txt'         | what__is_this_.txt.xmi",
      "./x//y.txt                   | x/y.txt.xmi",
  })
  void pathsStayInsideTheOutputFolder(String id, String expected) {
    Path folder = Path.of("/out");
    Path path = OutputPaths.forDocument(folder, id, ".xmi");
    assertThat(path.startsWith(folder)).isTrue();
    assertThat(folder.relativize(path).toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'x'", "'/'", "'!/'"})
  void longAndEmptyIdsGetShortStableNames(String seed) {
    String id = seed.equals("x") ? "x".repeat(400) + ".html" : seed;
    Path path = OutputPaths.forDocument(Path.of("/out"), id, ".json");
    assertThat(path.getFileName().toString().length()).isLessThanOrEqualTo(160);
    assertThat(path).isEqualTo(OutputPaths.forDocument(Path.of("/out"), id, ".json"));
    assertThat(path.getParent()).isEqualTo(Path.of("/out"));
  }
}
