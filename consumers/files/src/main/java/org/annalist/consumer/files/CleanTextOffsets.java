package org.annalist.consumer.files;

import java.util.ArrayList;
import java.util.List;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.ContentRegions.Region;
import org.apache.uima.jcas.JCas;

/**
 * The clean text of a document ({@link ContentRegions#cleanText}) and the mapping of document
 * offsets into it: the clean text is the main-content regions, each stripped of surrounding white
 * space, joined by blank lines, so an offset inside a region maps by a constant shift.
 */
final class CleanTextOffsets {

  private record Piece(int docBegin, int docEnd, int cleanBegin) {}

  private final String text;
  private final List<Piece> pieces;

  private CleanTextOffsets(String text, List<Piece> pieces) {
    this.text = text;
    this.pieces = pieces;
  }

  static CleanTextOffsets of(JCas jcas) {
    String clean = ContentRegions.cleanText(jcas);
    StringBuilder rebuilt = new StringBuilder();
    List<Piece> pieces = new ArrayList<>();
    for (Region region : ContentRegions.of(jcas)) {
      if (rebuilt.length() > 0) {
        rebuilt.append("\n\n");
      }
      String stripped = region.text().strip();
      int lead = region.text().length() - region.text().stripLeading().length();
      int docBegin = region.begin() + lead;
      pieces.add(new Piece(docBegin, docBegin + stripped.length(), rebuilt.length()));
      rebuilt.append(stripped);
    }
    // should core ever change how the clean text is built, offsets are left out rather than wrong
    return new CleanTextOffsets(clean, rebuilt.toString().equals(clean) ? pieces : List.of());
  }

  String text() {
    return text;
  }

  /** The clean-text offset of the document span [begin, end), or null when it is not inside the clean text. */
  int[] map(int begin, int end) {
    for (Piece piece : pieces) {
      if (begin >= piece.docBegin() && end <= piece.docEnd()) {
        return new int[] {piece.cleanBegin() + begin - piece.docBegin(), piece.cleanBegin() + end - piece.docBegin()};
      }
    }
    return null;
  }
}
