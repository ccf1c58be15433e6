package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annalist.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped news pipeline over the seed articles, as a user runs it: {@code annalist run} with its
 * {@code corpus:} section, then {@code annalist corpus OUTPUT --json} and {@code annalist eval stories}.
 */
class SeedCorpusStageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theSeedsGiveOneWireCopyGroupAndTheirThreeStories() throws Exception {
    Path seeds = SharedData.require("seeds");
    Path out = dir.resolve("out");
    CliRunner.Result run = CliRunner.run("run", Path.of("..").toAbsolutePath().normalize().resolve("pipelines/news.yaml").toString(), "--input", seeds.toString(),
        "--output", out.toString(), "--no-progress", "--threads", "1");
    assertThat(run.exitCode()).as(run.err()).isZero();

    CliRunner.Result corpus = CliRunner.run("corpus", out.toString(), "--json");
    assertThat(corpus.exitCode()).as(corpus.err()).isZero();
    Map<String, List<Set<String>>> groups = new java.util.HashMap<>();
    for (String line : corpus.out().strip().split("\n")) {
      JsonNode group = JSON.readTree(line);
      Set<String> documents = new TreeSet<>();
      group.get("documents").forEach(d -> documents.add(d.asText().substring(0, 3)));
      groups.computeIfAbsent(group.get("kind").asText(), k -> new ArrayList<>()).add(documents);
    }
    assertThat(groups.get("duplicates")).containsExactly(Set.of("000", "001"));
    assertThat(groups.get("stories")).containsExactlyInAnyOrder(Set.of("000", "001", "002"), Set.of("003"), Set.of("004"));
    assertThat(groups.get("quotes")).as("quotes shared by the two wire copies").hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(documents -> assertThat(documents).contains("000", "001"));

    Path groupsFile = dir.resolve("groups.jsonl");
    Files.writeString(groupsFile, corpus.out());
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, Files.list(seeds).map(p -> p.getFileName().toString()).sorted()
        .map(name -> name + "\t" + (name.compareTo("003") < 0 ? "same-night" : name.substring(0, 3)))
        .collect(Collectors.joining("\n")));
    CliRunner.Result eval = withSystemStreams("eval", "stories", groupsFile.toString(), "--gold", gold.toString(), "--json");
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(JSON.readTree(eval.out()).get("bcubedF1").asDouble()).isEqualTo(1.0);

    Files.writeString(gold, "000_a.txt same-night\n");
    CliRunner.Result wrong = withSystemStreams("eval", "stories", groupsFile.toString(), "--gold", gold.toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("gold.tsv:1:", "DOCUMENT-ID<TAB>STORY-LABEL");
  }

  /** Eval commands print their report on System.out and their errors on System.err, as the other eval commands do. */
  private static CliRunner.Result withSystemStreams(String... args) {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream outBytes = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(outBytes, true, java.nio.charset.StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(errBytes, true, java.nio.charset.StandardCharsets.UTF_8));
      CliRunner.Result result = CliRunner.run(args);
      return new CliRunner.Result(result.exitCode(), result.out() + outBytes.toString(java.nio.charset.StandardCharsets.UTF_8),
          result.err() + errBytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
