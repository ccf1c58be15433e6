package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16's findings, met the way a user meets them: through the CLI, with the real components. */
class TrustworthyRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path input() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Officials in Mosul said on Monday that the bridge would reopen.\n");
    Files.writeString(in.resolve("b.txt"), "Rain fell in Erbil on Wednesday, the ministry said.\n");
    Files.write(in.resolve("c-utf16.txt"),
        "Floods hit Basra on 3 March 2021, officials said.".getBytes(StandardCharsets.UTF_16LE));
    Files.write(in.resolve("d-nul.txt"), new byte[] {0, 0, 0, 0});
    return in;
  }

  private Path pipeline(String anchorDate, String extraConsumer) throws IOException {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, """
        name: reliability
        reader:
          component: tika
          params: { sourceLocation: "%s" }
        annotators:
          - component: dates
            params: { anchorDate: "%s" }
        consumers:
          - component: jsonl
            params: { targetLocation: unused }
        %s
        """.formatted(dir.resolve("in").toString().replace("\\", "/"), anchorDate, extraConsumer));
    return file;
  }

  @Test
  void utf16WithoutMarkIsReadAndNulTextFailsWithAReason() throws IOException {
    input();
    Path out = dir.resolve("out");
    CliRunner.Result run = CliRunner.run("run", pipeline("2021-03-01", "").toString(), "--output", out.toString(),
        "--threads", "1", "--no-progress");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("3 succeeded, 1 failed");
    String documents = Files.readString(out.resolve("documents.jsonl"));
    assertThat(documents).contains("Floods hit Basra").doesNotContain("\\u0000");
    assertThat(Files.readString(out.resolve("failures.jsonl"))).contains("d-nul.txt").contains("not text");
  }

  @Test
  void aResumeWithChangedSettingsStopsSayingWhatChanged() throws IOException {
    input();
    Path out = dir.resolve("out");
    Path pipeline = pipeline("2021-03-01", "");
    CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--threads", "1", "--no-progress");
    String before = Files.readString(out.resolve("documents.jsonl"));

    CliRunner.Result changed = CliRunner.run("run", pipeline.toString(), "--output", out.toString(),
        "--set", "annotators.dates.anchorDate=2021-04-01", "--no-progress");

    assertThat(changed.exitCode()).isEqualTo(2);
    assertThat(changed.err()).contains("dates.anchorDate: 2021-03-01 -> 2021-04-01", "--force", "--output");
    assertThat(Files.readString(out.resolve("documents.jsonl"))).isEqualTo(before);

    CliRunner.Result forced = CliRunner.run("run", pipeline.toString(), "--output", out.toString(),
        "--set", "annotators.dates.anchorDate=2021-04-01", "--force", "--no-progress");
    assertThat(forced.out()).contains("3 succeeded, 1 failed, 0 skipped");
  }

  @Test
  void validateRejectsWhatRunRejectsAndAFailedStartLeavesNothing() throws IOException {
    input();
    Path badDate = pipeline("2022-13-45", "");
    CliRunner.Result validate = CliRunner.run("validate", badDate.toString());
    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).contains(badDate + ":7: parameter 'anchorDate'", "2022-13-45");

    Path mysql = pipeline("2021-03-01", """
          - component: sql
            params: { targetLocation: "jdbc:mysql://localhost/annalist?password=secret" }
        """);
    CliRunner.Result validateMysql = CliRunner.run("validate", mysql.toString());
    assertThat(validateMysql.exitCode()).isEqualTo(2);
    assertThat(validateMysql.err()).contains("unsupported JDBC URL jdbc:mysql://localhost/annalist")
        .doesNotContain("secret").doesNotContain("Descriptor");
    assertThat(validateMysql.err().split("unsupported JDBC URL", -1)).hasSize(2);

    Path out = dir.resolve("never");
    CliRunner.Result run = CliRunner.run("run", mysql.toString(), "--output", out.toString(), "--no-progress");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(validateMysql.err());
    assertThat(out).doesNotExist();

    Path yes = pipeline("2021-03-01", "").resolveSibling("yes.yaml");
    Files.writeString(yes, Files.readString(pipeline("2021-03-01", ""))
        .replace("params: { targetLocation: unused }", "params: { targetLocation: unused, startFresh: \"yes\" }"));
    CliRunner.Result validateYes = CliRunner.run("validate", yes.toString());
    assertThat(validateYes.exitCode()).isEqualTo(2);
    assertThat(validateYes.err()).contains("parameter 'startFresh'", "expected true or false, found 'yes'");
  }

  @Test
  void aRunThatCannotStartLeavesNoEmptyFileAndNoLock() throws IOException {
    input();
    Path out = dir.resolve("out");
    // sql cannot reach its server: it fails to start after jsonl has opened its file
    Path pipeline = pipeline("2021-03-01", """
          - component: sql
            params: { targetLocation: "jdbc:postgresql://127.0.0.1:1/annalist", connectTimeoutSeconds: 1 }
        """);
    CliRunner.Result run = CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--threads", "2",
        "--no-progress");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("component 'sql' could not start").doesNotContain("Descriptor");
    assertThat(out).as("nothing left behind").doesNotExist();
  }

  @Test
  void aJdbcTargetIsNotReplacedByOutputAndTheStartLineSaysWhereEachConsumerWrites() throws IOException {
    input();
    Path out = dir.resolve("out");
    Path pipeline = pipeline("2021-03-01", """
          - component: sql
            params: { targetLocation: "jdbc:postgresql://127.0.0.1:1/annalist?password=secret", connectTimeoutSeconds: 1 }
        """);
    CliRunner.Result dry = CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--dry-run");

    assertThat(dry.exitCode()).isZero();
    assertThat(dry.out()).contains("would read: 4 document(s)", "would skip: 0",
        "jsonl writes to " + out.toAbsolutePath(),
        "sql writes to jdbc:postgresql://127.0.0.1:1/annalist (database; not replaced by --output)")
        .doesNotContain("secret");
    assertThat(out).doesNotExist();

    CliRunner.Result run = CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--no-progress");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("jdbc:postgresql://127.0.0.1:1/annalist");
    assertThat(out.resolve("annalist.db")).doesNotExist();
  }

  @Test
  void summaryFileLimitAndPermissions() throws IOException {
    input();
    Path out = dir.resolve("out");
    Path pipeline = pipeline("2021-03-01", """
          - component: xmi
            params: { targetLocation: unused }
        """);
    CliRunner.Result limited = CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--limit", "2",
        "--threads", "1", "--no-progress");
    assertThat(limited.out()).contains("2 read", "summary: " + out.resolve("run-summary.json"));
    JsonNode summary = JSON.readTree(out.resolve("run-summary.json").toFile());
    assertThat(summary.at("/documents/read").asLong()).isEqualTo(2);
    assertThat(summary.path("componentVersions").has("dates")).isTrue();

    // the rest, then a changed document: documents.jsonl is compacted (rewritten) on this restart
    CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--threads", "1", "--no-progress");
    Files.writeString(dir.resolve("in/a.txt"), "Officials in Mosul said on Tuesday that the bridge had reopened.\n");
    CliRunner.Result again = CliRunner.run("run", pipeline.toString(), "--output", out.toString(), "--threads", "1",
        "--no-progress");
    // the changed document, and the one that is not text (failed documents are tried again)
    assertThat(again.out()).contains("2 read, 1 succeeded, 1 failed, 2 skipped");
    JsonNode failures = JSON.readTree(out.resolve("run-summary.json").toFile()).path("failuresByReason");
    assertThat(failures.fieldNames()).toIterable().containsExactly("reader: the extracted text is not text");

    Set<PosixFilePermission> umask = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
    assertThat(Files.getPosixFilePermissions(out.resolve("documents.jsonl"))).isEqualTo(umask);
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(f -> f.toString().endsWith(".xmi")).forEach(f -> {
        try {
          assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(umask);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
    }
  }

  @Test
  void aSecondRunOnTheSameOutputExitsTwoNamingTheFirst() throws Exception {
    Path out = dir.resolve("out");
    Path slow = dir.resolve("slow.yaml");
    Files.writeString(slow, """
        name: slow
        reader: { component: test-texts, params: { texts: [a slow text], count: 400 } }
        annotators:
          - component: test-fail
            params: { sleepWhenContains: slow, sleepMillis: 20 }
        consumers:
          - component: test-ids
            params: { targetLocation: unused }
        """);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Annalist.class.getName(),
        "run", slow.toString(), "--output", out.toString(), "--threads", "1", "--no-progress")
        .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
    try {
      long deadline = System.currentTimeMillis() + 60_000;
      while (!Files.exists(out.resolve("ids.txt")) && System.currentTimeMillis() < deadline && first.isAlive()) {
        Thread.sleep(50);
      }
      CliRunner.Result second = CliRunner.run("run", slow.toString(), "--output", out.toString(), "--no-progress");
      assertThat(second.exitCode()).isEqualTo(2);
      assertThat(second.err()).contains("another run is using this output folder", "pid " + first.pid(),
          "on host ", "started ");
    } finally {
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
    }
    // the killed run's lock is taken over by the next one
    CliRunner.Result after = CliRunner.run("run", slow.toString(), "--output", out.toString(),
        "--set", "annotators.test-fail.sleepMillis=0", "--force", "--no-progress");
    assertThat(after.exitCode()).isZero();
    assertThat(out.resolve(".annalist/run.lock")).doesNotExist();
  }
}
