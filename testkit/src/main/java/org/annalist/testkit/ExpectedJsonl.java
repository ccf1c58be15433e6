package org.annalist.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares annotation lines with an expected JSONL file and fails with a unified diff. */
final class ExpectedJsonl {

  /** System property that makes {@link #check} overwrite expected files with the actual lines. */
  static final String UPDATE_PROPERTY = "annalist.testkit.update";

  private ExpectedJsonl() {}

  static void check(Path expectedFile, List<String> actualLines) {
    boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
    if (!Files.exists(expectedFile) || update) {
      write(expectedFile, actualLines);
      if (!update) {
        throw new AssertionError(expectedFile + " did not exist: wrote the " + actualLines.size()
            + " actual annotations into it. Check them, then run the test again.");
      }
      return;
    }
    List<String> expectedLines = read(expectedFile);
    if (expectedLines.equals(actualLines)) {
      return;
    }
    Patch<String> patch = DiffUtils.diff(expectedLines, actualLines);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(expectedFile.toString(), "actual annotations",
        expectedLines, patch, 1);
    throw new AssertionError("annotations differ from " + expectedFile + " (- expected, + actual; run with -D"
        + UPDATE_PROPERTY + "=true to accept the actual ones):\n" + String.join("\n", diff));
  }

  private static List<String> read(Path file) {
    List<String> lines = new ArrayList<>();
    try {
      int number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          lines.add(AnnotationJson.canonical(line));
        } catch (JsonProcessingException e) {
          throw new AssertionError(file + ":" + number + ": not a JSON object (" + e.getOriginalMessage()
              + "); each line must be one annotation like {\"type\":\"...\",\"begin\":0,\"end\":4,\"text\":\"...\"}");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return lines;
  }

  private static void write(Path file, List<String> lines) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
