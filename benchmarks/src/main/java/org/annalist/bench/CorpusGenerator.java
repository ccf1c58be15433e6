package org.annalist.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus of {@code count} files by replicating source documents under new
 * names ({@code 000123-<source name>}), 1,000 files per sub-folder. The corpus is generated in a
 * scratch folder (never in the repository) and reused when it is already complete.
 */
public final class CorpusGenerator {

  private static final String MARKER = ".corpus-complete";

  private CorpusGenerator() {}

  public static Path generate(List<SharedCorpus.Source> sources, int count, Path folder) throws IOException {
    String signature = count + " " + sources.size() + " " + sources.stream().mapToLong(s -> s.bytes().length).sum();
    Path marker = folder.resolve(MARKER);
    if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(signature)) {
      return folder;
    }
    delete(folder);
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      SharedCorpus.Source source = sources.get(i % sources.size());
      Path sub = folder.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(sub);
      }
      Files.write(sub.resolve(String.format(Locale.ROOT, "%06d-%s", i, source.name())), source.bytes());
    }
    Files.writeString(marker, signature, StandardCharsets.UTF_8);
    return folder;
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
