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

  /**
   * A half-open span [begin, end) of the document text. Its {@link #text()} is copied out of the
   * document text on first use only, so that a reader of a few characters (via {@link #begin()})
   * does not pay for a copy of the whole region.
   */
  public static final class Region {
    private final int begin;
    private final int end;
    private final String documentText;
    private String text;

    Region(int begin, int end, String documentText) {
      this.begin = begin;
      this.end = end;
      this.documentText = documentText;
    }

    public int begin() {
      return begin;
    }

    public int end() {
      return end;
    }

    /** The region's text (the document text itself when the region covers all of it). */
    public String text() {
      String copied = text;
      if (copied == null) {
        copied = begin == 0 && end == documentText.length() ? documentText : documentText.substring(begin, end);
        text = copied;
      }
      return copied;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Region region && region.begin == begin && region.end == end
          && region.text().equals(text());
    }

    @Override
    public int hashCode() {
      return 31 * (31 * begin + end) + text().hashCode();
    }

    @Override
    public String toString() {
      return "Region[begin=" + begin + ", end=" + end + "]";
    }
  }

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
        regions.add(new Region(begin, end, text));
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
