package org.annalist.core.cas;

import java.util.ArrayList;
import java.util.List;
import org.annalist.type.MainContent;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * The parts of a document that annotators should read: the {@link MainContent} spans when the
 * boilerplate annotator has run, otherwise the whole text. Offsets are always those of the
 * document text, so annotations made on a region need no re-mapping.
 */
public final class ContentRegions {

  /** A half-open span [begin, end) of the document text. */
  public record Region(int begin, int end, String text) {}

  private ContentRegions() {}

  public static List<Region> of(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Region> regions = new ArrayList<>();
    for (MainContent content : JCasUtil.select(jcas, MainContent.class)) {
      int begin = Math.max(0, content.getBegin());
      int end = Math.min(text.length(), content.getEnd());
      if (end > begin) {
        regions.add(new Region(begin, end, text.substring(begin, end)));
      }
    }
    if (regions.isEmpty() && !JCasUtil.exists(jcas, MainContent.class)) {
      regions.add(new Region(0, text.length(), text));
    }
    return regions;
  }

  /** True when the boilerplate annotator ran and marked some main content. */
  public static boolean hasMainContent(JCas jcas) {
    return JCasUtil.exists(jcas, MainContent.class);
  }

  /**
   * The clean article text: main-content regions joined by blank lines (the whole text when no
   * region was marked). Use {@link #of(JCas)} when offsets matter.
   */
  public static String cleanText(JCas jcas) {
    StringBuilder clean = new StringBuilder();
    for (Region region : of(jcas)) {
      if (clean.length() > 0) {
        clean.append("\n\n");
      }
      clean.append(region.text().strip());
    }
    return clean.toString();
  }
}
