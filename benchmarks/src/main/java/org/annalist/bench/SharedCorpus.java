package org.annalist.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The documents of the shared development data a benchmark replicates: the seed articles (plain
 * text) and the article-extraction benchmark pages (HTML). Nothing is copied into the project.
 */
public final class SharedCorpus {

  /** One source document: a name and its bytes. */
  public record Source(String name, byte[] bytes) {}

  private SharedCorpus() {}

  /** The shared data folder: {@code -Dannalist.shared.data}, else {@code ../shared/data} above the working folder. */
  public static Path dataRoot(String configured) {
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    String property = System.getProperty("annalist.shared.data");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/data").normalize();
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("the shared data folder was not found; pass --data DIR");
  }

  /** The seed articles: plain text with a leading date line. */
  public static List<Source> seedTexts(Path data) throws IOException {
    List<Source> sources = new ArrayList<>();
    for (Path file : list(data.resolve("seeds"), ".txt")) {
      sources.add(new Source(file.getFileName().toString(), Files.readAllBytes(file)));
    }
    return require(sources, data.resolve("seeds"));
  }

  /** The article-extraction benchmark pages (aeb-dev), decompressed. */
  public static List<Source> aebPages(Path data) throws IOException {
    Path folder = data.resolve("boilerplate/aeb-dev/html");
    List<Source> sources = new ArrayList<>();
    for (Path file : list(folder, ".html.gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        String name = file.getFileName().toString();
        sources.add(new Source(name.substring(0, name.length() - ".gz".length()), in.readAllBytes()));
      }
    }
    return require(sources, folder);
  }

  /** TimeBank and AQUAINT texts with the TimeML tags removed (entities decoded). */
  public static List<Source> timeBankTexts(Path data) throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String part : List.of("TimeBank", "AQUAINT")) {
      for (Path file : list(data.resolve("temporal/tbaq").resolve(part), ".tml")) {
        String xml = Files.readString(file);
        int start = xml.indexOf("<TEXT>");
        int end = xml.indexOf("</TEXT>");
        String body = start >= 0 && end > start ? xml.substring(start + 6, end) : xml;
        String text = body.replaceAll("<[^<>]{0,2000}>", "").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
        sources.add(new Source(file.getFileName().toString().replace(".tml", ".txt"),
            text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
    return require(sources, data.resolve("temporal/tbaq"));
  }

  public static List<Source> named(String corpus, Path data) throws IOException {
    return switch (corpus) {
      case "seeds" -> seedTexts(data);
      case "aeb" -> aebPages(data);
      case "timebank" -> timeBankTexts(data);
      default -> throw new IllegalArgumentException("unknown corpus '" + corpus + "': seeds, aeb or timebank");
    };
  }

  private static List<Path> list(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Source> require(List<Source> sources, Path folder) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no documents in " + folder);
    }
    return sources;
  }
}
