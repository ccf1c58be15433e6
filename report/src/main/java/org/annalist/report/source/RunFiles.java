package org.annalist.report.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.run.FailureLog;
import org.annalist.core.run.RunSummaryFile;
import org.annalist.report.model.RunRecord;

/** The run's own records in its output folder: {@code failures.jsonl} and {@code run-summary.json}. */
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

  /**
   * The figures of {@code folder/run-summary.json}, as the runner writes it at the end of every run;
   * null when the folder is null or has no such file.
   */
  public static RunRecord.Summary summary(Path folder) throws IOException {
    if (folder == null) {
      return null;
    }
    Path file = folder.resolve(RunSummaryFile.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    JsonNode json;
    try {
      json = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MalformedInputException(file + ": not JSON (" + e.getOriginalMessage() + "); expected the run summary "
          + "the runner writes; delete the file, or run the pipeline again to rewrite it", e);
    }
    JsonNode documents = json == null ? null : json.get("documents");
    if (documents == null || !documents.isObject() || !documents.path("read").isNumber()) {
      throw new MalformedInputException(file + ": expected an object with \"documents\": {\"read\", \"succeeded\", "
          + "\"failed\", \"skipped\"} as the runner writes; delete the file, or run the pipeline again to rewrite it");
    }
    Map<String, Long> reasons = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = json.path("failuresByReason").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> reason = it.next();
      reasons.put(reason.getKey(), reason.getValue().asLong());
    }
    Map<String, RunRecord.ComponentTime> times = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = json.path("timePerComponent").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> component = it.next();
      times.put(component.getKey(), new RunRecord.ComponentTime(component.getValue().path("milliseconds").asDouble(),
          component.getValue().path("millisecondsPerDocument").asDouble()));
    }
    JsonNode laterHalf = json.get("laterHalfDocumentsPerSecond");
    return new RunRecord.Summary(documents.path("read").asLong(), documents.path("succeeded").asLong(),
        documents.path("failed").asLong(), documents.path("skipped").asLong(), reasons,
        json.path("wallTimeSeconds").asDouble(), json.path("documentsPerSecond").asDouble(),
        laterHalf != null && laterHalf.isNumber() ? laterHalf.asDouble() : null, times,
        json.path("finished").asText(null), json.path("annalistVersion").asText(null),
        json.path("stoppedEarly").asBoolean(), json.path("stopReason").asText(null));
  }
}
