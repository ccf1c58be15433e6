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
      if (ignored > 0 || prefix.equals("direct")) {
        report.put(prefix + ".ignoredInsideOtherAttributions", ignored);
      }
    }
  }

  /** A missed or mis-attributed gold attribution, for the worst-misses list. */
  public record Miss(String article, String kind, String content, String goldSource, String predictedSpeaker, int length) {}

  private final Scope direct = new Scope();
  private final Scope all = new Scope();
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
    List<GoldAttribution> goldDirect = gold.stream().filter(g -> isDirect(text, g)).toList();
    List<PredictedAttribution> predictedDirect = predicted.stream().filter(PredictedAttribution::direct).toList();
    scoreScope(all, article, text, gold, predicted, List.of(), missesOfAll);
    List<GoldAttribution> goldOther = gold.stream().filter(g -> !isDirect(text, g)).toList();
    scoreScope(direct, article, text, goldDirect, predictedDirect, goldOther, !missesOfAll);
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

  /** Gold content is a direct quote when every fragment is enclosed in quotation marks. */
  public static boolean isDirect(String text, GoldAttribution gold) {
    for (Span span : gold.content()) {
      int b = span.begin();
      int e = span.end();
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      if (b >= e) {
        return false;
      }
      boolean opens = OPENING.indexOf(text.charAt(b)) >= 0 || OPENING.indexOf(previousNonSpace(text, b)) >= 0;
      boolean closes = CLOSING.indexOf(text.charAt(e - 1)) >= 0 || CLOSING.indexOf(nextNonSpace(text, e)) >= 0;
      if (!opens || !closes) {
        return false;
      }
    }
    return true;
  }

  private static char previousNonSpace(String text, int i) {
    int k = i - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 ? text.charAt(k) : ' ';
  }

  private static char nextNonSpace(String text, int i) {
    int k = i;
    while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || ".,;:".indexOf(text.charAt(k)) >= 0)) {
      k++;
    }
    return k < text.length() ? text.charAt(k) : ' ';
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

  public void report(EvalReport report, int worst) {
    direct.report(report, "direct");
    all.report(report, "all");
    misses.sort(Comparator.comparing((Miss m) -> m.kind().equals("missed") ? 0 : m.kind().equals("wrong speaker") ? 1 : 2)
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
