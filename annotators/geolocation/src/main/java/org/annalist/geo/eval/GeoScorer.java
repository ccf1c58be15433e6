package org.annalist.geo.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PrecisionRecall;
import org.annalist.core.geo.GreatCircle;

/**
 * Geotagging and geocoding scores over gold documents.
 *
 * <p>Geotagging: precision, recall and F1 of predicted toponym spans against gold spans, exact
 * (same begin and end) and overlapping (any shared character; one-to-one). Geocoding, on the gold
 * toponyms that were recognised (overlap) and have gold coordinates: the share within 161 km
 * (100 miles), mean and median error, and the AUC of the error curve as in Gritta et al. (2018):
 * errors sorted ascending, each scaled to ln(1 + km) / ln(1 + 20039) (20039 km is half the
 * earth's circumference, the largest possible error), integrated with the trapezoid rule over
 * [0, 1]; 0 is perfect, 1 the worst.
 */
public final class GeoScorer {

  /** The maximum great-circle distance on earth, in km. */
  public static final double MAX_KM = 20039;

  /** A predicted toponym: span, resolved GeoNames id (0 if none), coordinates, name, country. */
  public record Predicted(int begin, int end, long geonamesId, double latitude, double longitude,
      String name, String countryCode, String usage, String featureCode) {

    public Predicted(int begin, int end, long geonamesId, double latitude, double longitude,
        String name, String countryCode, String usage) {
      this(begin, end, geonamesId, latitude, longitude, name, countryCode, usage, "");
    }
  }

  private final Set<String> goldTypes;
  private final PrecisionRecall exact = new PrecisionRecall();
  private final PrecisionRecall overlap = new PrecisionRecall();
  private final List<Double> errors = new ArrayList<>();
  private final List<Map<String, Object>> errorRows = new ArrayList<>();
  private long idGold;
  private long idCorrect;
  private long goldWithCoordinates;
  private final Map<String, long[]> byLevel = new LinkedHashMap<>();
  private final List<Map<String, Object>> spurious = new ArrayList<>();
  private final List<Map<String, Object>> missed = new ArrayList<>();

  /** @param goldTypes the gold toponym types that count (for GeoWebNews). */
  public GeoScorer(Set<String> goldTypes) {
    this.goldTypes = goldTypes;
  }

  public void add(GoldDocument document, List<Predicted> predicted) {
    List<GoldToponym> gold = new ArrayList<>();
    for (GoldToponym t : document.toponyms()) {
      if (goldTypes.contains(t.type())) {
        gold.add(t);
      }
    }
    gold.sort(Comparator.comparingInt(GoldToponym::begin));
    // exact
    Set<Long> goldSpans = new java.util.HashSet<>();
    for (GoldToponym g : gold) {
      goldSpans.add(((long) g.begin() << 32) | g.end());
    }
    long exactHits = 0;
    Set<Long> seen = new java.util.HashSet<>();
    for (Predicted p : predicted) {
      long span = ((long) p.begin() << 32) | p.end();
      if (seen.add(span) && goldSpans.contains(span)) {
        exactHits++;
      }
    }
    exact.add(exactHits, seen.size() - exactHits, goldSpans.size() - exactHits);
    // overlap, one-to-one, greedy by largest overlap
    boolean[] predictedUsed = new boolean[predicted.size()];
    int overlapHits = 0;
    for (GoldToponym g : gold) {
      int match = -1;
      int bestOverlap = 0;
      for (int i = 0; i < predicted.size(); i++) {
        Predicted p = predicted.get(i);
        int shared = Math.min(g.end(), p.end()) - Math.max(g.begin(), p.begin());
        if (!predictedUsed[i] && shared > bestOverlap) {
          bestOverlap = shared;
          match = i;
        }
      }
      if (g.hasCoordinates()) {
        goldWithCoordinates++;
      }
      if (match < 0) {
        missed.add(Map.of("doc", document.id(), "phrase", g.phrase(), "type", g.type()));
        continue;
      }
      predictedUsed[match] = true;
      overlapHits++;
      Predicted p = predicted.get(match);
      if (g.hasCoordinates()) {
        double km = GreatCircle.km(g.latitude(), g.longitude(), p.latitude(), p.longitude());
        errors.add(km);
        long[] level = byLevel.computeIfAbsent(level(g), k -> new long[2]);
        level[0]++;
        if (km <= 161) {
          level[1]++;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("doc", document.id());
        row.put("phrase", document.text().substring(
            Math.max(0, g.begin()), Math.min(document.text().length(), g.end())));
        row.put("km", Math.round(km));
        row.put("predicted", p.name() + " (" + p.countryCode() + ")");
        row.put("goldId", g.geonamesId());
        row.put("goldType", level(g));
        row.put("predictedCode", p.featureCode());
        row.put("goldLatLon", String.format(java.util.Locale.ROOT, "%.3f,%.3f", g.latitude(), g.longitude()));
        errorRows.add(row);
      }
      if (g.geonamesId() > 0) {
        idGold++;
        if (g.geonamesId() == p.geonamesId()) {
          idCorrect++;
        }
      }
    }
    overlap.add(overlapHits, predicted.size() - countUsed(predictedUsed), gold.size() - overlapHits);
    for (int i = 0; i < predicted.size(); i++) {
      if (!predictedUsed[i]) {
        Predicted p = predicted.get(i);
        spurious.add(Map.of("doc", document.id(), "phrase",
            document.text().substring(p.begin(), p.end()), "predicted",
            p.name() + " (" + p.countryCode() + ")"));
      }
    }
  }

  private static String level(GoldToponym g) {
    String code = g.featureCode();
    if (code == null || code.isEmpty()) {
      return "unknown";
    }
    if (code.startsWith("PCL")) {
      return "country";
    }
    if (code.equals("ADM1")) {
      return "admin1";
    }
    if (code.startsWith("PPL")) {
      return "populatedPlace";
    }
    return "other";
  }

  private static int countUsed(boolean[] used) {
    int n = 0;
    for (boolean u : used) {
      if (u) {
        n++;
      }
    }
    return n;
  }

  /** Lists up to {@code limit} spurious (false positive) and missed (false negative) toponyms. */
  public void reportMisses(EvalReport report, int limit) {
    for (int i = 0; i < Math.min(limit, spurious.size()); i++) {
      report.addRow("spurious", spurious.get(i));
    }
    for (int i = 0; i < Math.min(limit, missed.size()); i++) {
      report.addRow("missed", missed.get(i));
    }
  }

  public void report(EvalReport report, int worst) {
    exact.report(report, "tagging.exact");
    overlap.report(report, "tagging.overlap");
    List<Double> sorted = new ArrayList<>(errors);
    sorted.sort(null);
    int n = sorted.size();
    long within = sorted.stream().filter(km -> km <= 161).count();
    report.put("geocoding.toponyms", n);
    report.put("geocoding.accuracy161", n == 0 ? 0.0 : (double) within / n);
    report.put("geocoding.meanKm", n == 0 ? 0.0 : sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    report.put("geocoding.medianKm", n == 0 ? 0.0 : median(sorted));
    report.put("geocoding.auc", auc(sorted));
    report.put("geocoding.goldWithCoordinates", goldWithCoordinates);
    report.put("geocoding.recall161", goldWithCoordinates == 0 ? 0.0 : (double) within / goldWithCoordinates);
    report.put("geocoding.idToponyms", idGold);
    report.put("geocoding.idAccuracy", idGold == 0 ? 0.0 : (double) idCorrect / idGold);
    for (Map.Entry<String, long[]> level : byLevel.entrySet()) {
      if (!level.getKey().equals("unknown")) {
        report.put("geocoding.byGoldType." + level.getKey() + ".toponyms", level.getValue()[0]);
        report.put("geocoding.byGoldType." + level.getKey() + ".accuracy161",
            (double) level.getValue()[1] / level.getValue()[0]);
      }
    }
    errorRows.sort((a, b) -> Long.compare((Long) b.get("km"), (Long) a.get("km")));
    for (int i = 0; i < Math.min(worst, errorRows.size()); i++) {
      report.addRow("worstErrors", errorRows.get(i));
    }
  }

  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Area under the sorted, log-scaled error curve (trapezoid rule over [0, 1]). */
  static double auc(List<Double> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return 0;
    }
    double scale = Math.log1p(MAX_KM);
    if (n == 1) {
      return Math.log1p(sorted.get(0)) / scale;
    }
    double area = 0;
    for (int i = 1; i < n; i++) {
      area += (Math.log1p(sorted.get(i - 1)) + Math.log1p(sorted.get(i))) / 2;
    }
    return area / (n - 1) / scale;
  }
}
