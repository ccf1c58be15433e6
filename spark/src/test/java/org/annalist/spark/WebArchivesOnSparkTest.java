package org.annalist.spark;

import static org.annalist.spark.WebArchiveFixtures.crawl;
import static org.annalist.spark.WebArchiveFixtures.page;
import static org.annalist.spark.WebArchiveFixtures.partLines;
import static org.annalist.spark.WebArchiveFixtures.pipeline;
import static org.annalist.spark.WebArchiveFixtures.runLocally;
import static org.annalist.spark.WebArchiveFixtures.sorted;
import static org.annalist.spark.WebArchiveFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.annalist.core.run.RunSummary;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WARC files on Spark, from a local folder and from S3 ({@code s3a://}, a real S3-compatible
 * server started by the test on 127.0.0.1), with the output written back to S3: the same lines
 * as the local runner over the same archives.
 */
class WebArchivesOnSparkTest {

  private static final String BUCKET = "annalist";

  @TempDir
  static Path temp;

  private static Process s3proxy;
  private static Path s3Files;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws Exception {
    SparkSession.Builder builder = SparkSession.builder().master("local[2]").appName("annalist-warc-test")
        .config("spark.ui.enabled", "false");
    String jar = System.getProperty("s3proxy.jar", "");
    if (!jar.isEmpty() && Files.isRegularFile(Path.of(jar))) {
      int port;
      try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
        port = socket.getLocalPort();
      }
      s3Files = Files.createDirectories(temp.resolve("s3").resolve(BUCKET)).getParent();
      Path properties = temp.resolve("s3proxy.properties");
      Files.writeString(properties, String.join("\n",
          "s3proxy.endpoint=http://127.0.0.1:" + port,
          "s3proxy.authorization=aws-v2-or-v4",
          "s3proxy.identity=annalist-test",
          "s3proxy.credential=annalist-secret",
          "jclouds.provider=filesystem",
          "jclouds.filesystem.basedir=" + s3Files), StandardCharsets.UTF_8);
      s3proxy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          "-jar", jar, "--properties", properties.toString())
          .redirectErrorStream(true).redirectOutput(temp.resolve("s3proxy.log").toFile()).start();
      waitForPort(port);
      builder.config("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:" + port)
          .config("spark.hadoop.fs.s3a.endpoint.region", "us-east-1")
          .config("spark.hadoop.fs.s3a.path.style.access", "true")
          .config("spark.hadoop.fs.s3a.connection.ssl.enabled", "false")
          .config("spark.hadoop.fs.s3a.access.key", "annalist-test")
          .config("spark.hadoop.fs.s3a.secret.key", "annalist-secret")
          // the keys above only: no look-up of instance metadata or profiles, which time out off AWS
          .config("spark.hadoop.fs.s3a.aws.credentials.provider",
              "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    }
    spark = builder.getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
    if (s3proxy != null) {
      s3proxy.destroy();
    }
  }

  private static void waitForPort(int port) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("s3proxy did not start; see " + temp.resolve("s3proxy.log"));
  }

  @Test
  void warcFilesGiveTheSameLinesAsTheLocalRunnerAndLargeFilesAreSplit() throws Exception {
    Path crawl = crawl(temp.resolve("local-crawl"));
    Path pipeline = pipeline(temp);
    RunSummary local = runLocally(pipeline, crawl, temp.resolve("local"));
    assertThat(local.failed()).isZero();
    assertThat(local.succeeded()).isEqualTo(48);
    assertThat(local.skipped()).isEqualTo(10);

    List<String> splits = WarcSplits.list(crawl.toString(), spark.sparkContext().hadoopConfiguration(), 1 << 20);
    assertThat(splits).as("the 1.5 MB archive is read in ranges").hasSize(3);

    JobResult result = SparkPipelineJob.run(spark, new SparkPipelineJob.Request(pipeline, crawl.toString(),
        temp.resolve("spark").toString(), List.of(), InputFormat.WARC, 3, 1, null, false, false, 1));
    assertThat(result.summary().succeeded()).isEqualTo(local.succeeded());
    assertThat(result.summary().skipped()).isEqualTo(local.skipped());
    assertThat(partLines(temp.resolve("spark"))).containsExactlyElementsOf(sorted(temp.resolve("local/documents.jsonl")));
  }

  @Test
  void warcFromS3WithOutputWrittenToS3() throws Exception {
    assumeTrue(s3proxy != null, "the s3proxy jar is missing (mvn generate-test-resources copies it): S3 test skipped");
    Path pipeline = pipeline(temp);
    Path crawl = crawl(temp.resolve("crawl-for-s3"));
    runLocally(pipeline, crawl, temp.resolve("local-for-s3"));
    upload(crawl, "s3a://" + BUCKET + "/crawl", spark.sparkContext().hadoopConfiguration());

    int exit = AnnalistSpark.execute(pipeline.toString(), "--input-format", "warc", "--input",
        "s3a://" + BUCKET + "/crawl", "--output", "s3a://" + BUCKET + "/out", "--partitions", "2");
    assertThat(exit).isZero();
    assertThat(partLines(s3Files.resolve(BUCKET).resolve("out")))
        .containsExactlyElementsOf(sorted(temp.resolve("local-for-s3/documents.jsonl")));
    assertThat(Path.of("s3a:")).doesNotExist();
  }

  @Test
  void jsonLinesWithHtmlOrBytesFromS3GoThroughTikaAndBoilerplate() throws Exception {
    assumeTrue(s3proxy != null, "the s3proxy jar is missing (mvn generate-test-resources copies it): S3 test skipped");
    Path records = Files.createDirectories(temp.resolve("records"));
    String html = page("Kirkuk market", "Traders in Kirkuk reopened the covered market on Sunday.");
    String text = "A plain record from Basra about the port.";
    Files.writeString(records.resolve("part-1.jsonl"), String.join("\n",
        "{\"id\":\"r-html\",\"url\":\"https://news.example/kirkuk\",\"html\":" + quote(html) + "}",
        "{\"id\":\"r-bytes\",\"url\":\"https://news.example/kirkuk.html\",\"bytes\":\""
            + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\"}",
        "{\"id\":\"r-text\",\"text\":" + quote(text) + "}") + "\n", StandardCharsets.UTF_8);
    upload(records, "s3a://" + BUCKET + "/records", spark.sparkContext().hadoopConfiguration());
    int exit = AnnalistSpark.execute(pipeline(temp).toString(), "--input-format", "jsonl", "--input",
        "s3a://" + BUCKET + "/records", "--output", temp.resolve("records-out").toString(), "--partitions", "1");
    assertThat(exit).isZero();
    List<String> lines = partLines(temp.resolve("records-out"));
    assertThat(lines).hasSize(3);
    assertThat(lines).filteredOn(l -> l.contains("\"r-html\"") || l.contains("\"r-bytes\"")).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("Traders in Kirkuk reopened").contains("Kirkuk market"));
    assertThat(lines).filteredOn(l -> l.contains("\"r-text\"")).singleElement().asString().contains(text);
  }

  private static String quote(String text) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
  }
}
