package org.annalist.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.plugin.ComponentParameters;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Output folders on a Hadoop file system (HDFS, S3): a task works in local stand-ins and copies
 * its {@code part-NNNNN} folder up at the end. Before it starts it copies down what an earlier run
 * left in its part folder (the completion ledger above all), so a re-run resumes as on a shared
 * folder. Local and mounted folders are written directly.
 */
final class RemoteOutputs {

  private final Map<String, Path> localTargets;
  private final Configuration conf;

  private RemoteOutputs(Map<String, Path> localTargets, Configuration conf) {
    this.localTargets = localTargets;
    this.conf = conf;
  }

  /** The remote targets of a plan (its output and every consumer target on a Hadoop file system). */
  static RemoteOutputs of(JobPlan plan, Path scratch) {
    Map<String, Path> targets = new LinkedHashMap<>();
    if (HadoopFiles.isRemote(plan.output())) {
      targets.put(plan.output(), scratch.resolve("output-0"));
    }
    for (PortablePipeline.Step consumer : plan.pipeline().consumers()) {
      Object target = consumer.params().get(ComponentParameters.TARGET_LOCATION);
      if (target instanceof String value && HadoopFiles.isRemote(value) && !targets.containsKey(value)) {
        targets.put(value, scratch.resolve("output-" + targets.size()));
      }
    }
    return new RemoteOutputs(targets, HadoopFiles.configuration(plan.hadoopSettings()));
  }

  boolean isEmpty() {
    return localTargets.isEmpty();
  }

  Map<String, Path> localTargets() {
    return localTargets;
  }

  /** Where the task writes what belongs in {@code location}. */
  Path localOutput(String location) {
    Path local = localTargets.get(location);
    return local != null ? local : Path.of(location);
  }

  void download(String part) throws IOException {
    for (Map.Entry<String, Path> target : localTargets.entrySet()) {
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(target.getKey() + "/" + part);
      FileSystem fs = remote.getFileSystem(conf);
      Files.createDirectories(target.getValue());
      if (fs.exists(remote)) {
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(target.getValue().toUri()), true);
      }
    }
  }

  void upload(String part) throws IOException {
    for (Map.Entry<String, Path> target : localTargets.entrySet()) {
      Path local = target.getValue().resolve(part);
      if (!Files.isDirectory(local)) {
        continue;
      }
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(target.getKey() + "/" + part);
      FileSystem fs = remote.getFileSystem(conf);
      if (fs.exists(remote)) {
        fs.delete(remote, true);
      }
      fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), remote);
    }
  }
}
