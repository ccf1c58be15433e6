package org.annalist.core.eval;

/** Counts of true positives, false positives and false negatives, with the usual ratios. */
public final class PrecisionRecall {

  private long truePositives;
  private long falsePositives;
  private long falseNegatives;

  public void truePositive() {
    truePositives++;
  }

  public void falsePositive() {
    falsePositives++;
  }

  public void falseNegative() {
    falseNegatives++;
  }

  public void add(long tp, long fp, long fn) {
    truePositives += tp;
    falsePositives += fp;
    falseNegatives += fn;
  }

  public long truePositives() {
    return truePositives;
  }

  public long falsePositives() {
    return falsePositives;
  }

  public long falseNegatives() {
    return falseNegatives;
  }

  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    long gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    return f1(precision(), recall());
  }

  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Puts precision, recall, f1 and the counts under {@code prefix.} into the report. */
  public void report(EvalReport report, String prefix) {
    report.put(prefix + ".precision", precision());
    report.put(prefix + ".recall", recall());
    report.put(prefix + ".f1", f1());
    report.put(prefix + ".tp", truePositives);
    report.put(prefix + ".fp", falsePositives);
    report.put(prefix + ".fn", falseNegatives);
  }
}
