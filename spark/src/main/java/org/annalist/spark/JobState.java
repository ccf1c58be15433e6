package org.annalist.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.run.BatchRunner;

/**
 * How an earlier Spark run split its input: {@code .annalist/spark-job.json} in the output
 * folder. Documents go to partitions by the hash of their path or id, so a re-run over the same
 * output must use the same number of partitions for each partition to find its own ledger.
 */
record JobState(int partitions, InputFormat format) {

  static final String FILE_NAME = "spark-job.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path file(Path output) {
    return output.resolve(BatchRunner.RUN_DIRECTORY).resolve(FILE_NAME);
  }

  /** Reads the state of an output folder, local or on a Hadoop file system; null when there is none. */
  static JobState read(String output, Map<String, String> hadoopSettings) {
    if (!HadoopFiles.isRemote(output)) {
      return read(Path.of(output));
    }
    org.apache.hadoop.fs.Path file = remoteFile(output);
    try {
      org.apache.hadoop.fs.FileSystem fs = file.getFileSystem(HadoopFiles.configuration(hadoopSettings));
      if (!fs.exists(file)) {
        return null;
      }
      try (java.io.InputStream in = fs.open(file)) {
        return parse(JSON.readTree(in));
      }
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  void write(String output, Map<String, String> hadoopSettings) throws IOException {
    if (!HadoopFiles.isRemote(output)) {
      write(Path.of(output));
      return;
    }
    org.apache.hadoop.fs.Path file = remoteFile(output);
    org.apache.hadoop.fs.FileSystem fs = file.getFileSystem(HadoopFiles.configuration(hadoopSettings));
    try (java.io.OutputStream out = fs.create(file, true)) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out, state());
    }
  }

  private static org.apache.hadoop.fs.Path remoteFile(String output) {
    return new org.apache.hadoop.fs.Path(output + "/" + BatchRunner.RUN_DIRECTORY + "/" + FILE_NAME);
  }

  private static JobState parse(JsonNode node) {
    return new JobState(node.path("partitions").asInt(), InputFormat.valueOf(node.path("inputFormat").asText()));
  }

  private Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("partitions", partitions);
    state.put("inputFormat", format.name());
    return state;
  }

  static JobState read(Path output) {
    Path file = file(output);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return new JobState(node.path("partitions").asInt(), InputFormat.valueOf(node.path("inputFormat").asText()));
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  void write(Path output) throws IOException {
    Path file = file(output);
    Files.createDirectories(file.getParent());
    Map<String, Object> state = state();
    Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), state);
    Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
