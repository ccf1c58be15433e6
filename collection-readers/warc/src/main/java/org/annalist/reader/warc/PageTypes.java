package org.annalist.reader.warc;

import java.util.Locale;
import java.util.Map;

/** The payload types that become documents, and the file name a page is detected under. */
final class PageTypes {

  private static final Map<String, String> EXTENSIONS = Map.of(
      "text/html", "html",
      "application/xhtml+xml", "xhtml",
      "text/plain", "txt",
      "application/pdf", "pdf");

  private PageTypes() {}

  /** The file extension of a document type, or null when records of that type are no documents. */
  static String extension(String mediaType) {
    return EXTENSIONS.get(mediaType);
  }

  /**
   * The last segment of the URL's path, as a browser would save the page; with the extension of
   * its type when the name has none or another ({@code /news/story -> story.html}).
   */
  static String resourceName(String url, String extension) {
    String path = url;
    int query = firstOf(path, '?', '#');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.isEmpty()) {
      name = "index";
    }
    int dot = name.lastIndexOf('.');
    String own = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    boolean fits = own.equals(extension) || (extension.equals("html") && own.equals("htm"))
        || (extension.equals("txt") && (own.equals("text") || own.equals("md")));
    return fits ? name : name + "." + extension;
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
