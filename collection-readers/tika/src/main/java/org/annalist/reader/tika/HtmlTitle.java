package org.annalist.reader.tika;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the headline of an HTML page. The visible top-level heading is the headline readers
 * see, but pages also put logos or section names in {@code h1}; so an {@code h1} is taken only
 * when at least half of its words also occur in the page's declared title ({@code og:title} or
 * {@code <title>}) and it is not the site name. Otherwise {@code og:title}, else {@code <title>}
 * without a trailing or leading site name ({@code "Headline | Site"}).
 */
final class HtmlTitle {

  private static final int MAX_HEADINGS = 5;
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · "};

  private HtmlTitle() {}

  static String choose(List<String> h1s, String ogTitle, String htmlTitle, String siteName) {
    String declared = ogTitle != null ? ogTitle : htmlTitle;
    if (declared != null) {
      Set<String> declaredWords = new HashSet<>(words(declared));
      String best = null;
      double bestShare = 0;
      for (String h1 : h1s.subList(0, Math.min(MAX_HEADINGS, h1s.size()))) {
        List<String> words = words(h1);
        if (words.size() < 2 || words.size() > 40 || (siteName != null && same(h1, siteName))) {
          continue;
        }
        double share = words.stream().filter(declaredWords::contains).count() / (double) words.size();
        if (share > bestShare) {
          best = h1;
          bestShare = share;
        }
      }
      if (best != null && bestShare >= 0.5) {
        return best;
      }
    }
    if (ogTitle != null) {
      return ogTitle;
    }
    return htmlTitle == null ? null : withoutSiteName(htmlTitle, siteName);
  }

  static String withoutSiteName(String title, String siteName) {
    if (siteName == null) {
      return title;
    }
    for (String separator : SEPARATORS) {
      int last = title.lastIndexOf(separator);
      if (last > 0 && same(title.substring(last + separator.length()), siteName)) {
        return title.substring(0, last).strip();
      }
      int first = title.indexOf(separator);
      if (first > 0 && same(title.substring(0, first), siteName)) {
        return title.substring(first + separator.length()).strip();
      }
    }
    return title;
  }

  private static boolean same(String a, String b) {
    return a.strip().equalsIgnoreCase(b.strip());
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
        .filter(w -> !w.isEmpty()).toList();
  }
}
