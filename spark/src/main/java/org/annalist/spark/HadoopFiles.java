package org.annalist.spark;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * Hadoop file systems (HDFS, S3 through {@code s3a://}, any other the class path brings) as
 * executors see them: with the job's {@code spark.hadoop.*} settings, which a plain
 * {@code new Configuration()} on an executor would not have.
 */
final class HadoopFiles {

  private static final String PREFIX = "spark.hadoop.";

  private HadoopFiles() {}

  /** True for a location on a Hadoop file system other than the local one ({@code hdfs://}, {@code s3a://} ...). */
  static boolean isRemote(String location) {
    if (location == null) {
      return false;
    }
    int colon = location.indexOf("://");
    if (colon <= 0) {
      return false;
    }
    String scheme = location.substring(0, colon);
    return scheme.matches("[a-zA-Z][a-zA-Z0-9+.-]*") && !scheme.equalsIgnoreCase("file");
  }

  /** The {@code spark.hadoop.*} settings of a Spark configuration, without the prefix. */
  static Map<String, String> settings(SparkConf conf) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (Tuple2<String, String> entry : conf.getAll()) {
      if (entry._1().startsWith(PREFIX)) {
        settings.put(entry._1().substring(PREFIX.length()), entry._2());
      }
    }
    return settings;
  }

  static Configuration configuration(Map<String, String> settings) {
    Configuration conf = new Configuration();
    settings.forEach(conf::set);
    return conf;
  }

  static Configuration configuration(List<String> keyValues) {
    Configuration conf = new Configuration();
    for (String keyValue : keyValues) {
      int equals = keyValue.indexOf('=');
      if (equals > 0) {
        conf.set(keyValue.substring(0, equals), keyValue.substring(equals + 1));
      }
    }
    return conf;
  }

  static FileSystem fileSystem(String location, Configuration conf) throws IOException {
    return FileSystem.get(URI.create(location), conf);
  }
}
