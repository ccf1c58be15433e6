package org.annalist.reader.tika;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source location as the user wrote it: a path, or a path with a glob in it such as
 * {@code data/news/**}{@code /*.html}, which reads the folder before the first segment with a glob
 * character ({@code data/news}) and keeps only the files matching the rest.
 *
 * @param glob null when the location is a plain path
 */
record SourceLocation(Path path, String glob) {

  static SourceLocation parse(String location) {
    String normalised = location.replace('\\', '/');
    if (Files.exists(Path.of(location)) || !hasGlobCharacter(normalised)) {
      return new SourceLocation(Path.of(location), null);
    }
    String[] segments = normalised.split("/", -1);
    StringBuilder base = new StringBuilder(normalised.startsWith("/") ? "/" : "");
    int first = 0;
    for (; first < segments.length && !hasGlobCharacter(segments[first]); first++) {
      if (!segments[first].isEmpty()) {
        base.append(segments[first]).append('/');
      }
    }
    String glob = String.join("/", java.util.Arrays.copyOfRange(segments, first, segments.length));
    return new SourceLocation(Path.of(base.length() == 0 ? "." : base.toString()), glob);
  }

  private static boolean hasGlobCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("*?[{".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
