package org.annalist.report.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  @TempDir
  Path folder;

  @Test
  void aBrokenLineNamesTheFileAndLine() throws Exception {
    Path file = folder.resolve("documents.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"text\":\"x\",\"dates\":[],\"places\":[],\"quotes\":[]}\n{not json\n",
        StandardCharsets.UTF_8);
    List<ReportDocument> read = new ArrayList<>();
    assertThatThrownBy(() -> new JsonlDocuments(file).forEach(read::add))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining(file + ":2:").hasMessageContaining("jsonl consumer");
    assertThat(read).extracting(ReportDocument::id).containsExactly("a");
  }

  @Test
  void jsonlMentionsKeepTheirCleanTextOffsetsAndValues() throws Exception {
    Path file = folder.resolve("documents.jsonl");
    Files.writeString(file, "{\"id\":\"d\",\"title\":\"T\",\"published\":\"2024-04-04\",\"text\":\"Floods hit Erbil.\","
        + "\"dates\":[],\"places\":[{\"text\":\"Erbil\",\"begin\":11,\"end\":16,\"name\":\"Erbil\",\"geonamesId\":95446,"
        + "\"lat\":36.19,\"lon\":44.01}],\"quotes\":[{\"text\":\"gone\",\"begin\":null,\"end\":null,\"speaker\":\"O\"}]}\n",
        StandardCharsets.UTF_8);
    List<ReportDocument> read = new ArrayList<>();
    new JsonlDocuments(file).forEach(read::add);
    Mention place = read.get(0).mentions(Mention.PLACE).get(0);
    assertThat(place.begin()).isEqualTo(11);
    assertThat(place.value()).isEqualTo("geonames:95446");
    assertThat(place.number("lat")).isEqualTo(36.19);
    assertThat(read.get(0).mentions(Mention.QUOTE).get(0).located(17)).isFalse();
  }

  @Test
  void documentOffsetsAreFoundInTheCleanTextByTheirRegionsShift() {
    String full = "Home | News\n\n  Floods hit Erbil on Wednesday.  \nShare this\n\nErbil recovers on Friday.\nFooter";
    String clean = "Floods hit Erbil on Wednesday.\n\nErbil recovers on Friday.";
    CleanTextLocator locator = new CleanTextLocator(clean);
    CleanTextLocator.Target first = locator.add(full.indexOf("Erbil"), "Erbil");
    CleanTextLocator.Target second = locator.add(full.lastIndexOf("Erbil"), "Erbil");
    CleanTextLocator.Target friday = locator.add(full.indexOf("Friday"), "Friday");
    CleanTextLocator.Target furniture = locator.add(full.indexOf("Share"), "Share this");
    locator.locate();
    assertThat(first.begin).isEqualTo(clean.indexOf("Erbil"));
    assertThat(second.begin).isEqualTo(clean.lastIndexOf("Erbil"));
    assertThat(friday.begin).isEqualTo(clean.indexOf("Friday"));
    assertThat(furniture.begin).isEqualTo(-1);
  }
}
