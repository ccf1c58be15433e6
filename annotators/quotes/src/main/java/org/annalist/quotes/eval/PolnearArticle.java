package org.annalist.quotes.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.quotes.extract.Span;

/**
 * A PolNeAR article: its text and the attributions of one annotator, read from brat standoff
 * ({@code T} lines with Source/Cue/Content spans, {@code E} lines tying them to an attribution).
 * When several annotators annotated an article, the {@code .ann} file whose name sorts first is
 * used, so the choice is deterministic and independent of the system being scored.
 */
public record PolnearArticle(String name, String annotationFile, String text, List<GoldAttribution> attributions) {

  /** Reads every article of a PolNeAR split folder ({@code text/*.txt}, {@code attributions/*.ann}). */
  public static List<PolnearArticle> readFolder(Path dir) throws IOException {
    Path textDir = dir.resolve("text");
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IOException(dir + " has no text/ and attributions/ folders");
    }
    Map<String, Path> annotationByArticle = new HashMap<>();
    try (Stream<Path> files = Files.list(annDir)) {
      files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
        String file = p.getFileName().toString();
        String article = file.replaceFirst("_[^_]+\\.ann$", "");
        annotationByArticle.putIfAbsent(article, p);
      });
    }
    List<PolnearArticle> articles = new ArrayList<>();
    List<Path> texts;
    try (Stream<Path> files = Files.list(textDir)) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path textFile : texts) {
      String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = annotationByArticle.get(name);
      if (ann == null) {
        continue;
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      articles.add(new PolnearArticle(name, ann.getFileName().toString(), text,
          parse(Files.readAllLines(ann, StandardCharsets.UTF_8), text.length())));
    }
    return articles;
  }

  static List<GoldAttribution> parse(List<String> lines, int textLength) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (cols[0].startsWith("T")) {
        int space = cols[1].indexOf(' ');
        if (space < 0) {
          continue;
        }
        List<Span> fragments = new ArrayList<>();
        for (String fragment : cols[1].substring(space + 1).split(";")) {
          String[] be = fragment.trim().split("\\s+");
          if (be.length == 2) {
            int b = Integer.parseInt(be[0]);
            int e = Integer.parseInt(be[1]);
            if (0 <= b && b < e && e <= textLength) {
              fragments.add(new Span(b, e));
            }
          }
        }
        spans.put(cols[0], fragments);
      } else if (cols[0].startsWith("E")) {
        events.add(new String[] {cols[0], cols[1]});
      }
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    for (String[] event : events) {
      List<Span> content = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> source = new ArrayList<>();
      for (String arg : event[1].trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        List<Span> target = spans.getOrDefault(arg.substring(colon + 1), List.of());
        if (role.startsWith("Content")) {
          content.addAll(target);
        } else if (role.equals("Cue")) {
          cue.addAll(target);
        } else if (role.equals("Source")) {
          source.addAll(target);
        }
      }
      if (!content.isEmpty()) {
        attributions.add(new GoldAttribution(event[0], content, cue, source));
      }
    }
    return attributions;
  }
}
