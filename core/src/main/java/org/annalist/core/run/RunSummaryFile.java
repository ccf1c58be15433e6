package org.annalist.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code run-summary.json} in the output folder: what the last run did (counts, failures by
 * reason, time per component, throughput), and what did it (Annalist and component versions, the
 * pipeline fingerprint). Replaced by every run.
 */
public final class RunSummaryFile {

  public static final String FILE_NAME = "run-summary.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunSummaryFile() {}

  static void write(Path outputDirectory, RunSummary summary, Map<String, Long> failuresByReason,
      PipelineFingerprint fingerprint) throws IOException {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("finished", Instant.now().toString());
    content.put("exitCode", summary.exitCode());
    Map<String, Object> documents = new LinkedHashMap<>();
    documents.put("read", summary.read());
    documents.put("succeeded", summary.succeeded());
    documents.put("failed", summary.failed());
    documents.put("skipped", summary.skipped());
    content.put("documents", documents);
    content.put("failuresByReason", failuresByReason);
    content.put("stoppedEarly", summary.stoppedEarly());
    content.put("stopReason", summary.stopReason());
    content.put("endOfRunErrors", summary.endOfRunErrors());
    content.put("wallTimeSeconds", summary.wallTime().toMillis() / 1000.0);
    content.put("documentsPerSecond", round(summary.documentsPerSecond()));
    summary.laterHalfDocumentsPerSecond().ifPresent(rate -> content.put("laterHalfDocumentsPerSecond", round(rate)));
    Map<String, Object> components = new LinkedHashMap<>();
    long documentsDone = Math.max(1, summary.succeeded() + summary.failed());
    summary.nanosByComponent().forEach((id, nanos) -> {
      Map<String, Object> time = new LinkedHashMap<>();
      time.put("milliseconds", round(nanos / 1e6));
      time.put("millisecondsPerDocument", round(nanos / 1e6 / documentsDone));
      components.put(id, time);
    });
    content.put("timePerComponent", components);
    Map<String, Object> languageSkips = new LinkedHashMap<>();
    for (LanguageSkips skips : summary.languageSkips()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("documents", skips.documents());
      entry.put("supports", skips.supported());
      entry.put("byLanguage", skips.byLanguage());
      entry.put("reason", "the document's language is not one " + skips.component() + " supports");
      languageSkips.put(skips.component(), entry);
    }
    content.put("skippedByLanguage", languageSkips);
    content.put("annalistVersion", fingerprint.annalistVersion());
    Map<String, String> versions = new LinkedHashMap<>();
    fingerprint.components().forEach(c -> versions.put(c.id(), c.implementation() + " " + c.version()));
    content.put("componentVersions", versions);
    content.put("javaVersion", System.getProperty("java.version"));
    content.put("pipelineFingerprint", fingerprint.hash());
    content.put("failureLog", summary.failureLog() == null ? null : summary.failureLog().getFileName().toString());
    Files.createDirectories(outputDirectory);
    Path file = outputDirectory.resolve(FILE_NAME);
    Path temp = outputDirectory.resolve("." + FILE_NAME + ".tmp");
    Files.write(temp, JSON.writeValueAsBytes(content));
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
