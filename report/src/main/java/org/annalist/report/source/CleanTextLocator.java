package org.annalist.report.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds spans given in document offsets inside the clean text. The database keeps offsets into the
 * whole document text but only the clean text (the main-content regions, each trimmed, joined by
 * blank lines), so an offset maps by the constant shift of its region. The shift is learnt from the
 * covered text: a span is tried at the current shift first, else its text is searched forward from
 * the previous span's position. Spans outside the clean text (page furniture) stay unlocated (-1).
 */
final class CleanTextLocator {

  /** A span to place; {@code begin}/{@code end} receive the clean-text offsets. */
  static final class Target {
    final int docBegin;
    final String text;
    int begin = -1;
    int end = -1;

    Target(int docBegin, String text) {
      this.docBegin = docBegin;
      this.text = text;
    }
  }

  private final String clean;
  private final List<Target> targets = new ArrayList<>();

  CleanTextLocator(String clean) {
    this.clean = clean == null ? "" : clean;
  }

  Target add(Integer docBegin, String text) {
    Target target = new Target(docBegin == null ? -1 : docBegin, text);
    targets.add(target);
    return target;
  }

  void locate() {
    targets.sort(Comparator.comparingInt(t -> t.docBegin));
    int shift = 0;
    int cursor = 0;
    int previousDocBegin = -1;
    for (Target target : targets) {
      if (target.docBegin < 0 || target.text == null || target.text.isEmpty()) {
        continue;
      }
      // a span that starts later in the document starts later in the clean text too
      int from = target.docBegin > previousDocBegin && previousDocBegin >= 0 ? cursor + 1 : cursor;
      int at = target.docBegin + shift;
      if (at < from || !clean.startsWith(target.text, at)) {
        at = clean.indexOf(target.text, from);
      }
      if (at < 0) {
        continue;
      }
      target.begin = at;
      target.end = at + target.text.length();
      shift = at - target.docBegin;
      cursor = at;
      previousDocBegin = target.docBegin;
    }
  }
}
