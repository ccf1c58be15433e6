package org.annalist.report.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Safe, stable file names for pages named after ids that may hold any character. */
public final class DocumentFiles {

  private DocumentFiles() {}

  /** {@code documents/NAME-HASH.html}: readable part from the id's last segment, hash of the whole id. */
  public static String documentPage(String id) {
    return "documents/" + slug(id) + "-" + hash(id) + ".html";
  }

  /** {@code stories/NAME-HASH.html}: the page of a story of the corpus stage. */
  public static String storyPage(String id) {
    return entityPage("stories", id);
  }

  /** {@code people/NAME-HASH.html}: the page of a person of the corpus stage. */
  public static String personPage(String id) {
    return entityPage("people", id);
  }

  static String entityPage(String folder, String key) {
    return folder + "/" + slug(key) + "-" + hash(key) + ".html";
  }

  static String slug(String id) {
    String last = id;
    int slash = Math.max(id.lastIndexOf('/'), id.lastIndexOf('!'));
    if (slash >= 0 && slash < id.length() - 1) {
      last = id.substring(slash + 1);
    }
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < last.length() && slug.length() < 40; i++) {
      char c = last.charAt(i);
      slug.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          ? c : '_');
    }
    return slug.length() == 0 ? "doc" : slug.toString();
  }

  static String hash(String id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
