package org.annalist.dates.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.core.eval.PrecisionRecall;
import org.annalist.dates.engine.TimexMention;

/**
 * TempEval-3 scoring of TIMEX3 extraction (UzZaman et al. 2013). Strict match: same extent;
 * relaxed match: overlapping extents (each gold and system mention used at most once). Attribute
 * scores (value, type) count the relaxed matches whose attribute agrees: attribute precision =
 * correct / system mentions, recall = correct / gold mentions, F1 their harmonic mean.
 */
public final class TempEvalScorer {

  /** A relaxed match whose value or type disagrees (for confusion lists). */
  public record Disagreement(String document, String text, String goldValue, String systemValue,
      String goldType, String systemType) {}

  private final PrecisionRecall strict = new PrecisionRecall();
  private final PrecisionRecall relaxed = new PrecisionRecall();
  private long systemCount;
  private long goldCount;
  private long valueCorrect;
  private long typeCorrect;
  private final List<Disagreement> disagreements = new ArrayList<>();
  private final java.util.Map<String, RuleScore> rules = new java.util.TreeMap<>();

  /** How the mentions of one rule fared: all, relaxed matches, matches with the gold value. */
  public static final class RuleScore {
    private int system;
    private int relaxedMatches;
    private int valueCorrect;

    public int system() {
      return system;
    }

    public int relaxedMatches() {
      return relaxedMatches;
    }

    public int valueCorrect() {
      return valueCorrect;
    }
  }

  /** Scores of one document, for the worst-documents list. */
  public record DocumentScore(String document, int gold, int system, int relaxedMatches, int valueCorrect) {
    public double valueF1() {
      double p = system == 0 ? 0 : (double) valueCorrect / system;
      double r = gold == 0 ? 0 : (double) valueCorrect / gold;
      return gold == 0 && system == 0 ? 1 : PrecisionRecall.f1(p, r);
    }
  }

  public DocumentScore add(TimeMlDocument document, List<TimexMention> system) {
    List<TimeMlDocument.Gold> gold = document.gold();
    systemCount += system.size();
    goldCount += gold.size();
    int strictMatches = 0;
    for (TimexMention mention : system) {
      for (TimeMlDocument.Gold g : gold) {
        if (g.begin() == mention.begin() && g.end() == mention.end()) {
          strictMatches++;
          break;
        }
      }
    }
    strict.add(strictMatches, system.size() - strictMatches, gold.size() - strictMatches);
    boolean[] goldUsed = new boolean[gold.size()];
    int relaxedMatches = 0;
    int documentValueCorrect = 0;
    for (TimexMention mention : system) {
      RuleScore ruleScore = rules.computeIfAbsent(String.valueOf(mention.rule()), r -> new RuleScore());
      ruleScore.system++;
      int best = -1;
      for (int k = 0; k < gold.size(); k++) {
        TimeMlDocument.Gold g = gold.get(k);
        if (!goldUsed[k] && g.begin() < mention.end() && mention.begin() < g.end()) {
          if (best < 0 || g.begin() == mention.begin() && g.end() == mention.end()) {
            best = k;
          }
        }
      }
      if (best < 0) {
        continue;
      }
      goldUsed[best] = true;
      relaxedMatches++;
      ruleScore.relaxedMatches++;
      TimeMlDocument.Gold g = gold.get(best);
      boolean valueOk = TimexValues.same(g.value(), mention.value());
      boolean typeOk = Objects.equals(g.type(), mention.type());
      if (valueOk) {
        ruleScore.valueCorrect++;
        valueCorrect++;
        documentValueCorrect++;
      }
      if (typeOk) {
        typeCorrect++;
      }
      if (!valueOk || !typeOk) {
        disagreements.add(new Disagreement(document.id(), document.text().substring(g.begin(), g.end()),
            g.value(), mention.value(), g.type(), mention.type()));
      }
    }
    relaxed.add(relaxedMatches, system.size() - relaxedMatches, gold.size() - relaxedMatches);
    return new DocumentScore(document.id(), gold.size(), system.size(), relaxedMatches, documentValueCorrect);
  }

  public PrecisionRecall strict() {
    return strict;
  }

  public PrecisionRecall relaxed() {
    return relaxed;
  }

  public double valuePrecision() {
    return systemCount == 0 ? 0 : (double) valueCorrect / systemCount;
  }

  public double valueRecall() {
    return goldCount == 0 ? 0 : (double) valueCorrect / goldCount;
  }

  public double valueF1() {
    return PrecisionRecall.f1(valuePrecision(), valueRecall());
  }

  public double typePrecision() {
    return systemCount == 0 ? 0 : (double) typeCorrect / systemCount;
  }

  public double typeRecall() {
    return goldCount == 0 ? 0 : (double) typeCorrect / goldCount;
  }

  public double typeF1() {
    return PrecisionRecall.f1(typePrecision(), typeRecall());
  }

  /** Value accuracy over relaxed matches. */
  public double valueAccuracy() {
    long matches = relaxed.truePositives();
    return matches == 0 ? 0 : (double) valueCorrect / matches;
  }

  /** Scores per rule name (sorted by name). */
  public java.util.Map<String, RuleScore> rules() {
    return rules;
  }

  public List<Disagreement> disagreements() {
    return disagreements;
  }
}
