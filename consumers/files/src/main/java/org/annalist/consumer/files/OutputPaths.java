package org.annalist.consumer.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Maps a document id to a file below the output folder: {@code news/a.html -> news/a.html.xmi},
 * {@code archive.zip!/in/b.html -> archive.zip/in/b.html.xmi}. Path segments are made safe:
 * {@code ..}, {@code .} and empty segments, characters that are illegal in file names on common
 * systems, and over-long names are replaced, so an id can never point outside the folder.
 */
final class OutputPaths {

  private static final int MAX_SEGMENT = 150;

  private OutputPaths() {}

  static Path forDocument(Path folder, String documentId, String extension) {
    List<String> segments = new ArrayList<>();
    for (String raw : documentId.replace("!/", "/").replace('\\', '/').split("/")) {
      String segment = safeSegment(raw);
      if (segment != null) {
        segments.add(segment);
      }
    }
    if (segments.isEmpty()) {
      segments.add("document-" + shortHash(documentId));
    }
    int last = segments.size() - 1;
    String fileName = segments.get(last) + extension;
    if (fileName.length() > MAX_SEGMENT + extension.length()) {
      fileName = shorten(segments.get(last)) + extension;
    }
    segments.set(last, fileName);
    Path path = folder;
    for (String segment : segments) {
      path = path.resolve(segment);
    }
    return path;
  }

  private static String safeSegment(String raw) {
    if (raw.isEmpty() || raw.equals(".")) {
      return null;
    }
    if (raw.equals("..")) {
      return "_..";
    }
    StringBuilder safe = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      safe.append(c < 0x20 || c == 0x7F || ":*?\"<>|".indexOf(c) >= 0 ? '_' : c);
    }
    String segment = safe.toString();
    return segment.length() > MAX_SEGMENT ? shorten(segment) : segment;
  }

  private static String shorten(String segment) {
    return segment.substring(0, MAX_SEGMENT - 17) + "-" + shortHash(segment);
  }

  static String shortHash(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
