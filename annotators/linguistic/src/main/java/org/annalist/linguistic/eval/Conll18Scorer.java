package org.annalist.linguistic.eval;

import java.util.List;
import java.util.Locale;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PrecisionRecall;

/**
 * Scores system against gold segmentation the way the CoNLL 2018 shared task's evaluation script
 * ({@code conll18_ud_eval.py}) does: character offsets count only non-whitespace characters; a
 * token or sentence is right only when both its ends match; words outside multi-word tokens align
 * by span, words inside multi-word tokens align by the longest common subsequence of their
 * case-folded forms within the smallest region of overlapping multi-word tokens; UPOS counts over
 * aligned words. Every system item is a hit or a false positive, every gold item a hit or a miss.
 */
public final class Conll18Scorer {

  private final PrecisionRecall sentences = new PrecisionRecall();
  private final PrecisionRecall tokens = new PrecisionRecall();
  private final PrecisionRecall words = new PrecisionRecall();
  private final PrecisionRecall upos = new PrecisionRecall();
  private final PrecisionRecall lemmas = new PrecisionRecall();
  private long alignedWords;

  /** Adds one document; both sides must be over the same text. */
  public void add(ConlluDocument gold, ConlluDocument system) {
    int[] offsets = nonWhitespaceOffsets(gold.text());
    spans(gold.sentences(), system.sentences(), offsets, sentences);
    spans(gold.tokens(), system.tokens(), offsets, tokens);
    alignWords(gold.words(), system.words(), offsets);
  }

  public PrecisionRecall sentences() {
    return sentences;
  }

  public PrecisionRecall tokens() {
    return tokens;
  }

  public PrecisionRecall words() {
    return words;
  }

  public PrecisionRecall upos() {
    return upos;
  }

  /** UPOS accuracy over the aligned words (with gold tokenisation: over all words). */
  public double uposAlignedAccuracy() {
    return alignedWords == 0 ? 0 : (double) upos.truePositives() / alignedWords;
  }

  public double lemmaAlignedAccuracy() {
    return alignedWords == 0 ? 0 : (double) lemmas.truePositives() / alignedWords;
  }

  public void reportSegmentation(EvalReport report) {
    sentences.report(report, "sentences");
    tokens.report(report, "tokens");
    words.report(report, "words");
  }

  public void reportTags(EvalReport report) {
    upos.report(report, "upos");
    report.put("upos.alignedAccuracy", uposAlignedAccuracy());
    lemmas.report(report, "lemmas");
    report.put("lemmas.alignedAccuracy", lemmaAlignedAccuracy());
  }

  /** offsets[i] = the number of non-whitespace characters before index i. */
  static int[] nonWhitespaceOffsets(String text) {
    int[] offsets = new int[text.length() + 1];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      offsets[i] = count;
      if (!isSpace(text.charAt(i))) {
        count++;
      }
    }
    offsets[text.length()] = count;
    return offsets;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static void spans(List<ConlluDocument.Span> gold, List<ConlluDocument.Span> system, int[] offsets,
      PrecisionRecall score) {
    int g = 0;
    int s = 0;
    while (g < gold.size() && s < system.size()) {
      int gb = offsets[gold.get(g).begin()];
      int ge = offsets[gold.get(g).end()];
      int sb = offsets[system.get(s).begin()];
      int se = offsets[system.get(s).end()];
      if (gb == sb && ge == se) {
        score.truePositive();
        g++;
        s++;
      } else if (gb < sb || gb == sb && ge < se) {
        score.falseNegative();
        g++;
      } else {
        score.falsePositive();
        s++;
      }
    }
    score.add(0, system.size() - s, gold.size() - g);
  }

  private record W(int begin, int end, String form, String upos, String lemma, boolean multiword) {}

  private static W[] mapped(List<ConlluDocument.Word> words, int[] offsets) {
    W[] mapped = new W[words.size()];
    for (int i = 0; i < mapped.length; i++) {
      ConlluDocument.Word w = words.get(i);
      mapped[i] = new W(offsets[w.begin()], offsets[w.end()], w.form(), w.upos(), w.lemma(), w.multiword());
    }
    return mapped;
  }

  private void alignWords(List<ConlluDocument.Word> goldWords, List<ConlluDocument.Word> systemWords, int[] offsets) {
    W[] gold = mapped(goldWords, offsets);
    W[] system = mapped(systemWords, offsets);
    long aligned = 0;
    int gi = 0;
    int si = 0;
    while (gi < gold.length && si < system.length) {
      if (gold[gi].multiword() || system[si].multiword()) {
        int[] region = multiwordRegion(gold, system, gi, si);
        int gs = region[0];
        int ss = region[1];
        gi = region[2];
        si = region[3];
        if (si > ss && gi > gs) {
          aligned += alignByLcs(gold, gs, gi, system, ss, si);
        }
      } else if (gold[gi].begin() == system[si].begin() && gold[gi].end() == system[si].end()) {
        align(gold[gi], system[si]);
        aligned++;
        gi++;
        si++;
      } else if (gold[gi].begin() <= system[si].begin()) {
        gi++;
      } else {
        si++;
      }
    }
    alignedWords += aligned;
    words.add(aligned, system.length - aligned, gold.length - aligned);
    upos.add(0, system.length, gold.length);
    lemmas.add(0, system.length, gold.length);
  }

  /** Counts an aligned pair; upos/lemma true positives are subtracted from the totals added after. */
  private void align(W gold, W system) {
    if (gold.upos().equals(system.upos())) {
      upos.add(1, -1, -1);
    }
    if (gold.lemma().equals(system.lemma())) {
      lemmas.add(1, -1, -1);
    }
  }

  private static int[] multiwordRegion(W[] gold, W[] system, int gi, int si) {
    int end;
    if (gold[gi].multiword()) {
      end = gold[gi].end();
      if (!system[si].multiword() && system[si].begin() < gold[gi].begin()) {
        si++;
      }
    } else {
      end = system[si].end();
      if (!gold[gi].multiword() && gold[gi].begin() < system[si].begin()) {
        gi++;
      }
    }
    int gs = gi;
    int ss = si;
    while (!beyondEnd(gold, gi, end) || !beyondEnd(system, si, end)) {
      if (gi < gold.length && (si >= system.length || gold[gi].begin() <= system[si].begin())) {
        end = extendEnd(gold[gi], end);
        gi++;
      } else {
        end = extendEnd(system[si], end);
        si++;
      }
    }
    return new int[] {gs, ss, gi, si};
  }

  private static boolean beyondEnd(W[] words, int i, int end) {
    if (i >= words.length) {
      return true;
    }
    return words[i].multiword() ? words[i].begin() >= end : words[i].end() > end;
  }

  private static int extendEnd(W word, int end) {
    return word.multiword() && word.end() > end ? word.end() : end;
  }

  private long alignByLcs(W[] gold, int gs, int ge, W[] system, int ss, int se) {
    int gn = ge - gs;
    int sn = se - ss;
    int[][] lcs = new int[gn][sn];
    for (int g = gn - 1; g >= 0; g--) {
      for (int s = sn - 1; s >= 0; s--) {
        if (fold(gold[gs + g].form()).equals(fold(system[ss + s].form()))) {
          lcs[g][s] = 1 + (g + 1 < gn && s + 1 < sn ? lcs[g + 1][s + 1] : 0);
        }
        lcs[g][s] = Math.max(lcs[g][s], g + 1 < gn ? lcs[g + 1][s] : 0);
        lcs[g][s] = Math.max(lcs[g][s], s + 1 < sn ? lcs[g][s + 1] : 0);
      }
    }
    long aligned = 0;
    int g = 0;
    int s = 0;
    while (g < gn && s < sn) {
      if (fold(gold[gs + g].form()).equals(fold(system[ss + s].form()))) {
        align(gold[gs + g], system[ss + s]);
        aligned++;
        g++;
        s++;
      } else if (lcs[g][s] == (g + 1 < gn ? lcs[g + 1][s] : 0)) {
        g++;
      } else {
        s++;
      }
    }
    return aligned;
  }

  private static String fold(String form) {
    return form.toLowerCase(Locale.ROOT);
  }
}
