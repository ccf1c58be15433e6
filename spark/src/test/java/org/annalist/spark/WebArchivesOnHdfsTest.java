package org.annalist.spark;

import static org.annalist.spark.WebArchiveFixtures.crawl;
import static org.annalist.spark.WebArchiveFixtures.partLines;
import static org.annalist.spark.WebArchiveFixtures.pipeline;
import static org.annalist.spark.WebArchiveFixtures.runLocally;
import static org.annalist.spark.WebArchiveFixtures.sorted;
import static org.annalist.spark.WebArchiveFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annalist.core.run.RunSummary;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WARC files on a real HDFS (Hadoop's MiniDFSCluster, a name node and a data node started by the
 * test on 127.0.0.1), read by {@code annalist-spark} with the output written back to HDFS: the
 * same lines as the local runner over the same archives on disk.
 */
class WebArchivesOnHdfsTest {

  @TempDir
  static Path temp;

  private static MiniDFSCluster hdfs;
  private static String root;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws Exception {
    Configuration conf = new Configuration();
    hdfs = new MiniDFSCluster.Builder(conf, temp.resolve("hdfs").toFile())
        .numDataNodes(1).storagesPerDatanode(1).build();
    hdfs.waitActive();
    root = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
    spark = SparkSession.builder().master("local[2]").appName("annalist-hdfs-test")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void warcFromHdfsWithOutputWrittenToHdfs() throws Exception {
    Path pipeline = pipeline(temp);
    Path crawl = crawl(temp.resolve("crawl"));
    RunSummary local = runLocally(pipeline, crawl, temp.resolve("local"));
    assertThat(local.succeeded()).isEqualTo(48);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    upload(crawl, root + "/crawl", conf);

    int exit = AnnalistSpark.execute(pipeline.toString(), "--input-format", "warc", "--input", root + "/crawl",
        "--output", root + "/out", "--partitions", "2", "--split-mb", "1");
    assertThat(exit).isZero();

    FileSystem fs = new org.apache.hadoop.fs.Path(root).getFileSystem(conf);
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root + "/out/part-00000/documents.jsonl"))).isTrue();
    Path copied = temp.resolve("from-hdfs");
    fs.copyToLocalFile(new org.apache.hadoop.fs.Path(root + "/out"), new org.apache.hadoop.fs.Path(copied.toUri()));
    assertThat(partLines(copied)).containsExactlyElementsOf(sorted(temp.resolve("local/documents.jsonl")));
    assertThat(Path.of("hdfs:")).doesNotExist();
  }
}
