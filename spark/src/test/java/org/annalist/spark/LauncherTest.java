package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/annalist-spark} with a Spark installation: what it hands to spark-submit. */
class LauncherTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  private record Result(int exit, String out) {}

  private Result launch(Map<String, String> env, String... args) throws Exception {
    Path home = temp.resolve("annalist");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("spark/target"));
    Files.copy(ROOT.resolve("bin/annalist-spark"), home.resolve("bin/annalist-spark"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(home.resolve("spark/target/annalist-spark.jar"), "");
    Files.writeString(home.resolve("spark/target/spark-classpath.txt"), "");
    Files.writeString(home.resolve("spark/target/spark-runtime-classpath.txt"), "");
    Path submit = temp.resolve("spark-home/bin/spark-submit");
    Files.createDirectories(submit.getParent());
    Files.writeString(submit, "#!/usr/bin/env bash\necho \"ARGS: $*\"\necho \"OPTS: ${SPARK_SUBMIT_OPTS:-}\"\n");
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = home.resolve("bin/annalist-spark").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("ANNALIST_SPARK_LOCAL");
    builder.environment().remove("SPARK_SUBMIT_OPTS");
    builder.environment().put("SPARK_HOME", temp.resolve("spark-home").toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), out);
  }

  @Test
  void masterGoesToSparkSubmitAndJvmOptionsStayJvmOptions() throws Exception {
    Result result = launch(Map.of("SPARK_SUBMIT_OPTS", "-Xmx1g", "ANNALIST_SUBMIT_ARGS", "--executor-memory 3g"),
        "p.yaml", "--master", "local[2]", "--output", "hdfs://nn:8020/out");
    assertThat(result.exit()).as(result.out()).isZero();
    assertThat(result.out()).contains("ARGS: --master local[2] --executor-memory 3g --class "
        + "org.annalist.spark.AnnalistSpark ").contains("annalist-spark.jar p.yaml --output hdfs://nn:8020/out")
        .contains("OPTS: -Xmx1g");
  }

  @Test
  void sparkSubmitOptionsInTheJvmVariableAreRejectedWithTheFix() throws Exception {
    Result result = launch(Map.of("SPARK_SUBMIT_OPTS", "--master yarn"), "p.yaml");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).contains("ANNALIST_SUBMIT_ARGS").doesNotContain("ARGS:");
  }
}
