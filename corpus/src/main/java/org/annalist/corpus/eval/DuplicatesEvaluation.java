package org.annalist.corpus.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PrecisionRecall;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.StageContext;
import org.annalist.corpus.duplicates.DuplicatesStep;

/**
 * Scores the duplicates step on a labelled set: pair precision and recall (a pair is two documents
 * of one predicted group; gold pairs are the pairs of one family), per edit kind, and how often a
 * found group's canonical copy is the family's original (the earliest).
 */
public final class DuplicatesEvaluation {

  private DuplicatesEvaluation() {}

  public static EvalReport evaluate(List<LabelledDocument> set, double minSimilarity, PredictionsFile predictions) {
    List<CorpusDocument> documents = new ArrayList<>(set.size());
    Map<String, ContentSignature> signatures = new HashMap<>();
    for (LabelledDocument d : set) {
      documents.add(new CorpusDocument(d.id(), null, d.published(), d.text(), List.of(), List.of(), List.of(), List.of()));
      signatures.put(d.id(), ContentSignature.of(d.text()));
    }
    long begin = System.nanoTime();
    List<CorpusGroup> groups = new DuplicatesStep().group(documents, List.of(),
        new StageContext(signatures, Map.of(), minSimilarity));
    double seconds = (System.nanoTime() - begin) / 1e9;
    Map<String, String> groupOf = new HashMap<>();
    Map<String, String> canonicalOf = new HashMap<>();
    for (CorpusGroup group : groups) {
      for (String id : group.documents()) {
        groupOf.put(id, group.id());
        canonicalOf.put(id, group.documents().get(0));
      }
    }
    PrecisionRecall pairs = new PrecisionRecall();
    Map<String, PrecisionRecall> byEdit = new LinkedHashMap<>();
    EvalReport report = new EvalReport("duplicates");
    int n = set.size();
    long hardNegativePairs = 0;
    long hardNegativeErrors = 0;
    for (int i = 0; i < n; i++) {
      LabelledDocument a = set.get(i);
      for (int j = i + 1; j < n; j++) {
        LabelledDocument b = set.get(j);
        boolean gold = a.family().equals(b.family());
        String ga = groupOf.get(a.id());
        boolean predicted = ga != null && ga.equals(groupOf.get(b.id()));
        if (gold && predicted) {
          pairs.truePositive();
        } else if (gold) {
          pairs.falseNegative();
        } else if (predicted) {
          pairs.falsePositive();
        }
        if (gold && ("original".equals(a.role()) || "original".equals(b.role()))) {
          LabelledDocument variant = "original".equals(a.role()) ? b : a;
          for (String edit : variant.edits() == null || variant.edits().isEmpty() ? new String[] {"none"}
              : variant.edits().split(",")) {
            PrecisionRecall perEdit = byEdit.computeIfAbsent(edit, k -> new PrecisionRecall());
            if (predicted) {
              perEdit.truePositive();
            } else {
              perEdit.falseNegative();
            }
          }
        }
        boolean negativePair = !gold && ("negative".equals(a.role()) || "negative".equals(b.role()));
        if (negativePair) {
          hardNegativePairs++;
          if (predicted) {
            hardNegativeErrors++;
          }
        }
      }
    }
    long families = set.stream().map(LabelledDocument::family).distinct().count();
    report.put("documents", n);
    report.put("families", families);
    report.put("minSimilarity", minSimilarity);
    report.put("groups", groups.size());
    pairs.report(report, "pairs");
    report.put("hardNegatives.pairs", hardNegativePairs);
    report.put("hardNegatives.wronglyGrouped", hardNegativeErrors);
    long originals = 0;
    long canonicalIsOriginal = 0;
    for (LabelledDocument d : set) {
      if ("original".equals(d.role()) && canonicalOf.containsKey(d.id())) {
        originals++;
        if (canonicalOf.get(d.id()).equals(d.id())) {
          canonicalIsOriginal++;
        }
      }
    }
    report.put("canonical.groupsWithAnOriginal", originals);
    report.put("canonical.originalIsCanonical", canonicalIsOriginal);
    for (Map.Entry<String, PrecisionRecall> edit : byEdit.entrySet()) {
      report.put("recallByEdit." + edit.getKey(), edit.getValue().recall());
    }
    report.put("seconds", seconds);
    for (LabelledDocument d : set) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("document", d.id());
      record.put("family", d.family());
      record.put("role", d.role());
      record.put("group", groupOf.get(d.id()));
      record.put("canonical", canonicalOf.get(d.id()));
      predictions.write(record);
    }
    return report;
  }
}
