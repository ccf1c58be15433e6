package org.annalist.quotes.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PrecisionRecall;
import org.annalist.quotes.extract.Lexicons;
import org.annalist.quotes.extract.PersonName;
import org.annalist.quotes.extract.Span;

/**
 * Scores predicted attributions against gold ones, separately for direct quotes and for all
 * attributions. Content spans are compared on their letters and digits only (quotation marks,
 * punctuation and spaces do not count), so "“No damage,”" and "No damage" are an exact match.
 * Pairs are matched one to one, largest overlap first.
 */
public final class AttributionScorer {

  private static final String OPENING = "\"“‘'«„`";
  private static final String CLOSING = "\"”’'»`";

  /** Counts of one scope (direct quotes or all attributions). */
  public static final class Scope {
    final PrecisionRecall exact = new PrecisionRecall();
    final PrecisionRecall overlap = new PrecisionRecall();
    long matched;
    long cueCorrect;
    long speakerCorrect;
    long ignored;

    void report(EvalReport report, String prefix) {
      exact.report(report, prefix + ".exact");
      overlap.report(report, prefix + ".overlap");
      report.put(prefix + ".matched", matched);
      report.put(prefix + ".cueAccuracy", matched == 0 ? 0.0 : (double) cueCorrect / matched);
      report.put(prefix + ".speakerAccuracy", matched == 0 ? 0.0 : (double) speakerCorrect / matched);
      if (ignored > 0) {
        report.put(prefix + ".ignoredInsideOtherAttributions", ignored);
      }
    }
  }

  /** A missed or mis-attributed gold attribution, for the worst-misses list. */
  public record Miss(String article, String kind, String content, String goldSource, String predictedSpeaker, int length) {}

  private final Scope direct = new Scope();
  private final Scope all = new Scope();
  private final Scope directAsBefore = new Scope();
  private final List<Miss> misses = new ArrayList<>();
  private final Lexicons lexicons = Lexicons.standard();
  private final boolean missesOfAll;

  public AttributionScorer() {
    this(false);
  }

  /** @param missesOfAll list the worst misses among all attributions instead of direct quotes */
  public AttributionScorer(boolean missesOfAll) {
    this.missesOfAll = missesOfAll;
  }

  public void score(String article, String text, List<GoldAttribution> gold, List<PredictedAttribution> predicted) {
    List<GoldAttribution> goldDirect = gold.stream().filter(g -> isDirect(text, g.content())).toList();
    List<GoldAttribution> goldOther = gold.stream().filter(g -> !isDirect(text, g.content())).toList();
    // the benchmark's definition of a direct quote, applied to the predictions as to the gold
    List<PredictedAttribution> predictedDirect = predicted.stream().filter(p -> isDirect(text, p.content())).toList();
    scoreScope(all, article, text, gold, predicted, List.of(), missesOfAll);
    scoreScope(direct, article, text, goldDirect, predictedDirect, List.of(), !missesOfAll);
    // secondary, the way earlier revisions counted: the annotator's own flag, and predictions
    // overlapping a gold attribution that is not a direct quote left out of precision
    List<PredictedAttribution> flaggedDirect = predicted.stream().filter(PredictedAttribution::direct).toList();
    scoreScope(directAsBefore, article, text, goldDirect, flaggedDirect, goldOther, false);
  }

  private void scoreScope(Scope scope, String article, String text, List<GoldAttribution> gold,
      List<PredictedAttribution> predicted, List<GoldAttribution> neutral, boolean collectMisses) {
    List<BitSet> goldChars = gold.stream().map(g -> chars(text, g.content())).toList();
    List<BitSet> predChars = predicted.stream().map(p -> chars(text, p.content())).toList();
    record Pair(int gold, int pred, int overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        BitSet both = (BitSet) goldChars.get(g).clone();
        both.and(predChars.get(p));
        if (!both.isEmpty()) {
          pairs.add(new Pair(g, p, both.cardinality()));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
    int[] predOfGold = new int[gold.size()];
    java.util.Arrays.fill(predOfGold, -1);
    boolean[] predUsed = new boolean[predicted.size()];
    for (Pair pair : pairs) {
      if (predOfGold[pair.gold()] < 0 && !predUsed[pair.pred()]) {
        predOfGold[pair.gold()] = pair.pred();
        predUsed[pair.pred()] = true;
      }
    }
    long exactMatches = 0;
    long overlapMatches = 0;
    for (int g = 0; g < gold.size(); g++) {
      int p = predOfGold[g];
      GoldAttribution goldAttribution = gold.get(g);
      if (p < 0) {
        if (collectMisses) {
          misses.add(miss(article, "missed", text, goldAttribution, null));
        }
        continue;
      }
      overlapMatches++;
      PredictedAttribution prediction = predicted.get(p);
      if (goldChars.get(g).equals(predChars.get(p))) {
        exactMatches++;
      } else if (collectMisses) {
        misses.add(miss(article, "partial span", text, goldAttribution, prediction));
      }
      scope.matched++;
      if (prediction.cue() != null && overlapsAny(prediction.cue(), goldAttribution.cue())) {
        scope.cueCorrect++;
      }
      if (speakerCorrect(text, goldAttribution, prediction)) {
        scope.speakerCorrect++;
      } else if (collectMisses) {
        misses.add(miss(article, "wrong speaker", text, goldAttribution, prediction));
      }
    }
    long falsePositives = 0;
    for (int p = 0; p < predicted.size(); p++) {
      if (predUsed[p]) {
        continue;
      }
      BitSet chars = predChars.get(p);
      boolean insideOther = neutral.stream().anyMatch(g -> chars(text, g.content()).intersects(chars));
      if (insideOther) {
        scope.ignored++;
      } else {
        falsePositives++;
        if (collectMisses) {
          misses.add(spurious(article, text, predicted.get(p)));
        }
      }
    }
    scope.overlap.add(overlapMatches, falsePositives, gold.size() - overlapMatches);
    scope.exact.add(exactMatches, falsePositives + (overlapMatches - exactMatches), gold.size() - exactMatches);
  }

  private boolean speakerCorrect(String text, GoldAttribution gold, PredictedAttribution prediction) {
    if (gold.source().isEmpty()) {
      return prediction.mention() == null;
    }
    if (prediction.mention() != null && overlapsAny(prediction.mention(), gold.source())) {
      return true;
    }
    if (prediction.speaker() == null) {
      return false;
    }
    PersonName predicted = PersonName.parse(prediction.speaker(), lexicons);
    if (predicted.isEmpty()) {
      return false;
    }
    StringBuilder source = new StringBuilder();
    for (Span span : gold.source()) {
      source.append(text, span.begin(), span.end()).append(' ');
    }
    PersonName goldName = PersonName.parse(source.toString(), lexicons);
    return goldName.parts().contains(predicted.last());
  }

  /**
   * PolNeAR's direct quote: content whose every fragment is enclosed in quotation marks (an opening
   * mark at its start or just before it, a closing mark at its end or just after it, punctuation
   * between them allowed: {@code No way?”}). A fragment that ends a paragraph without a closing
   * mark while the next paragraph opens with one continues a multi-paragraph quote; fragments of one
   * quotation split at its sentences (only spaces between them) are one stretch. Applied to gold and
   * predicted content alike.
   */
  public static boolean isDirect(String text, List<Span> content) {
    if (content.isEmpty()) {
      return false;
    }
    List<Span> spans = content.stream().sorted(Comparator.comparingInt(Span::begin)).toList();
    boolean previousOpenEnded = false; // the fragment before ends unclosed, with only spaces up to this one
    for (int i = 0; i < spans.size(); i++) {
      int b = spans.get(i).begin();
      int e = spans.get(i).end();
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || TRAILING.indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      if (b >= e) {
        return false;
      }
      boolean opens = opensAt(text, b) || opensBefore(text, b);
      if (!opens && !previousOpenEnded) {
        return false;
      }
      boolean closes = CLOSING.indexOf(text.charAt(e - 1)) >= 0 || closesAfter(text, e) || continuesNextParagraph(text, e);
      previousOpenEnded = !closes && i + 1 < spans.size() && onlySpacesBetween(text, spans.get(i).end(), spans.get(i + 1).begin());
      if (!closes && !previousOpenEnded) {
        return false;
      }
    }
    return true;
  }

  /**
   * PolNeAR splits one quotation's content into one fragment per sentence in some articles
   * ({@code “A. | B.”}); fragments with nothing but spaces between them in one paragraph are one
   * stretch of text, enclosed by the marks of the first and the last.
   */
  private static boolean onlySpacesBetween(String text, int end, int begin) {
    if (begin < end) {
      return false;
    }
    for (int k = end; k < begin; k++) {
      if (!Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** Gold content is a direct quote under {@link #isDirect(String, List)}. */
  public static boolean isDirect(String text, GoldAttribution gold) {
    return isDirect(text, gold.content());
  }

  private static final String TRAILING = ".,;:?!…—–-)";

  private static final String MARKS = "\"“”‘’'«»„`";

  /** A quotation mark at {@code k} that is not glued to the word before it opens a quote. */
  private static boolean opensAt(String text, int k) {
    if (MARKS.indexOf(text.charAt(k)) < 0) {
      return false;
    }
    int before = k - 1;
    if (before >= 0 && (text.charAt(before) == '\'' || text.charAt(before) == '`') && text.charAt(before) == text.charAt(k)) {
      before--; // the second half of a doubled mark ('' or ``)
    }
    return before < 0 || Character.isWhitespace(text.charAt(before)) || "([{—–-:/".indexOf(text.charAt(before)) >= 0;
  }

  /** An opening mark just before {@code i}, spaces between allowed. */
  private static boolean opensBefore(String text, int i) {
    int k = i - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 && opensAt(text, k);
  }

  /** A closing mark just after {@code i}, with punctuation and spaces between allowed. */
  private static boolean closesAfter(String text, int i) {
    int k = i;
    while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || TRAILING.indexOf(text.charAt(k)) >= 0)) {
      if (text.charAt(k) == '\n') {
        return false;
      }
      k++;
    }
    if (k >= text.length()) {
      return false;
    }
    char mark = text.charAt(k);
    // a mark glued to the word before it closes, whichever way round it was typed
    return CLOSING.indexOf(mark) >= 0 || (MARKS.indexOf(mark) >= 0 && k > 0 && !Character.isWhitespace(text.charAt(k - 1)));
  }

  /** The fragment ends its paragraph unclosed and the next paragraph opens with a quotation mark. */
  private static boolean continuesNextParagraph(String text, int i) {
    int lineEnd = i;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n'
        && (Character.isWhitespace(text.charAt(lineEnd)) || TRAILING.indexOf(text.charAt(lineEnd)) >= 0)) {
      lineEnd++;
    }
    int k;
    if (lineEnd >= text.length() || text.charAt(lineEnd) != '\n') {
      return false;
    }
    k = lineEnd;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k < text.length() && opensAt(text, k);
  }

  static BitSet chars(String text, List<Span> spans) {
    BitSet set = new BitSet();
    for (Span span : spans) {
      for (int i = span.begin(); i < span.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          set.set(i);
        }
      }
    }
    return set;
  }

  private static boolean overlapsAny(Span span, List<Span> spans) {
    return spans.stream().anyMatch(span::overlaps);
  }

  private static Miss miss(String article, String kind, String text, GoldAttribution gold, PredictedAttribution prediction) {
    StringBuilder content = new StringBuilder();
    int length = 0;
    for (Span span : gold.content()) {
      if (content.length() > 0) {
        content.append(" | ");
      }
      content.append(text, span.begin(), span.end());
      length += span.length();
    }
    String shown = content.length() > 120 ? content.substring(0, 117) + "..." : content.toString();
    StringBuilder source = new StringBuilder();
    for (Span span : gold.source()) {
      source.append(text, span.begin(), span.end());
    }
    String predicted = prediction == null ? null
        : prediction.speaker() != null ? prediction.speaker()
        : prediction.mention() != null ? text.substring(prediction.mention().begin(), prediction.mention().end()) : "(none)";
    if (kind.equals("partial span") && prediction != null) {
      StringBuilder predictedContent = new StringBuilder();
      for (Span span : prediction.content()) {
        predictedContent.append(predictedContent.length() > 0 ? " | " : "").append(text, span.begin(), span.end());
      }
      String p = predictedContent.length() > 120 ? predictedContent.substring(0, 117) + "..." : predictedContent.toString();
      shown = shown + "  <>  predicted: " + p;
    }
    return new Miss(article, kind, shown.replace('\n', ' '), source.toString(), predicted, length);
  }

  private static Miss spurious(String article, String text, PredictedAttribution prediction) {
    StringBuilder content = new StringBuilder();
    int length = 0;
    for (Span span : prediction.content()) {
      content.append(content.length() > 0 ? " | " : "").append(text, span.begin(), span.end());
      length += span.length();
    }
    String shown = content.length() > 120 ? content.substring(0, 117) + "..." : content.toString();
    String predicted = prediction.speaker() != null ? prediction.speaker()
        : prediction.mention() != null ? text.substring(prediction.mention().begin(), prediction.mention().end()) : "(none)";
    return new Miss(article, "spurious", shown.replace('\n', ' '), "", predicted, length);
  }

  public void report(EvalReport report, int worst) {
    direct.report(report, "direct");
    all.report(report, "all");
    directAsBefore.report(report, "secondary.directAsBefore");
    misses.sort(Comparator.comparing((Miss m) -> m.kind().equals("missed") ? 0 : m.kind().equals("wrong speaker") ? 1
        : m.kind().equals("partial span") ? 2 : 3)
        .thenComparing(Comparator.comparingInt(Miss::length).reversed()));
    for (Miss miss : misses.subList(0, Math.min(worst, misses.size()))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("article", miss.article());
      row.put("kind", miss.kind());
      row.put("goldSource", miss.goldSource());
      row.put("predictedSpeaker", miss.predictedSpeaker());
      row.put("content", miss.content());
      report.addRow("worstMisses", row);
    }
  }
}
