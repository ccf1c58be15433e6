package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline's {@code corpus:} section: the corpus stage runs at the end of {@code annalist run}. */
class CorpusSectionTest {

  @TempDir Path dir;

  private static String article(long seed, int words) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : i % 12 == 11 ? ".\n" : " ").append("w").append(random.nextInt(50_000));
    }
    return text.append(".\n").toString();
  }

  private Path pipeline(String corpus, String consumers) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    String story = article(1, 300);
    Files.writeString(in.resolve("a-wire.txt"), story);
    Files.writeString(in.resolve("b-copy.txt"), "Advertisement\n" + story + "Share this article\n");
    Files.writeString(in.resolve("c-other.txt"), article(2, 300));
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, """
        name: copies
        reader:
          component: tika
          params: { sourceLocation: "%s" }
        annotators:
        consumers:
        %s
        %s
        """.formatted(in.toString().replace("\\", "/"), consumers, corpus));
    return file;
  }

  @Test
  void theCorpusSectionRunsTheStageAfterTheDocuments() throws Exception {
    Path out = dir.resolve("out");
    Path pipeline = pipeline("""
        corpus:
          steps: [duplicates]
          minSimilarity: 0.3
        """, """
          - component: sql
            params: { targetLocation: unused }
        """);

    CliRunner.Result run = CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--no-progress",
        "--threads", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("corpus stage over 3 document(s)").contains("duplicates 1 group(s) of 2 document(s)");
    assertThat(Files.readAllLines(out.resolve("corpus/duplicates.jsonl"))).hasSize(1);
    List<String> members = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("annalist.db"));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id FROM duplicate_groups_members ORDER BY ord")) {
      while (r.next()) {
        members.add(r.getString(1));
      }
    }
    assertThat(members).hasSize(2).allSatisfy(id -> assertThat(id).containsAnyOf("a-wire", "b-copy"));

    CliRunner.Result corpus = CliRunner.run("corpus", out.toString(), "--json");
    assertThat(corpus.exitCode()).as(corpus.err()).isZero();
    assertThat(corpus.out()).startsWith("{\"kind\":\"duplicates\",\"id\":\"duplicates-");
  }

  @Test
  void aWrongCorpusSectionIsRejectedBeforeAnythingRunsWithFileAndLine() throws Exception {
    Path pipeline = pipeline("""
        corpus:
          steps: [duplicate]
          minSimilarity: 1.5
          treshold: 2
        """, """
          - component: jsonl
            params: { targetLocation: unused }
        """);

    CliRunner.Result validate = CliRunner.run("validate", pipeline.toString());

    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err())
        .contains(pipeline + ":11: corpus step 'duplicate' is not installed (did you mean 'duplicates'?)")
        .contains(pipeline + ":12: corpus setting 'minSimilarity': expected a number above 0 and at most 1")
        .contains(pipeline + ":13: unknown corpus setting 'treshold'")
        .contains(pipeline + ":10: the 'corpus:' section groups the documents the run stores in its database,"
            + " but the pipeline has no sql consumer");
  }
}
