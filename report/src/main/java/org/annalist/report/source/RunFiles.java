package org.annalist.report.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.run.FailureLog;
import org.annalist.report.model.RunRecord;

/** The run's own records in its output folder: {@code failures.jsonl}. */
public final class RunFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunFiles() {}

  /** The failures recorded in {@code folder/failures.jsonl}; none when the folder is null or has no such file. */
  public static List<RunRecord.Failure> failures(Path folder) throws IOException {
    List<RunRecord.Failure> failures = new ArrayList<>();
    if (folder == null) {
      return failures;
    }
    Path file = folder.resolve(FailureLog.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return failures;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode json;
        try {
          json = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new MalformedInputException(file + ":" + number
              + ": not a JSON object; expected {\"id\", \"component\", \"message\"} as the runner writes");
        }
        failures.add(new RunRecord.Failure(json.path("id").asText(null), json.path("component").asText(null),
            json.path("message").asText(null)));
      }
    }
    return failures;
  }
}
