package org.annalist.report.site;

import static org.annalist.report.site.SiteBuilder.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.report.model.RunRecord;

/** The scope of {@code index.html}: bounded in size whatever the number of documents. */
final class OverviewPage {

  static final int MAP_MARKERS = 2500;
  static final int DOCUMENTS_PER_ITEM = 25;
  static final int TOP = 15;
  static final int LISTED = 100;
  static final int MAX_FILLED_BARS = 400;

  private OverviewPage() {}

  static Map<String, Object> scope(CorpusIndex index, RunRecord run, String title) {
    DocRefs refs = new DocRefs(index);
    List<Map<String, Object>> markers = new ArrayList<>();
    for (CorpusIndex.PlaceStats place : SiteBuilder.top(
        index.places.values().stream().filter(CorpusIndex.PlaceStats::onMap).toList(),
        Comparator.comparingInt((CorpusIndex.PlaceStats p) -> -p.docs.size()).thenComparing(p -> p.key), MAP_MARKERS)) {
      markers.add(map("name", place.name, "country", place.country, "geonamesId", place.geonamesId,
          "lat", place.lat, "lon", place.lon, "documents", place.docs.size(), "mentions", place.mentions,
          "docs", refs.of(place.docs.first(DOCUMENTS_PER_ITEM)),
          "page", CorpusPages.placePage(place)));
    }
    int placesOnMap = (int) index.places.values().stream().filter(CorpusIndex.PlaceStats::onMap).count();
    Map<String, Object> data = map(
        "markers", markers,
        "placesOnMap", placesOnMap,
        "timeline", List.of(series("publication dates", "published", index.published, refs),
            series("dates mentioned in the text", "mentioned", index.mentioned, refs)),
        "docs", refs.table);

    RunRecord.Summary summary = run.summary();
    long failed = summary != null ? summary.failed() : run.failures().size();
    Map<String, Integer> byComponent = new TreeMap<>();
    run.failures().forEach(f -> byComponent.merge(f.component() == null ? "unknown" : f.component(), 1, Integer::sum));
    List<Map<String, Object>> failures = run.failures().stream().limit(LISTED)
        .map(f -> map("id", f.documentId(), "component", f.component(), "message", f.message())).toList();
    List<Map<String, Object>> times = new ArrayList<>();
    List<Map<String, Object>> reasons = new ArrayList<>();
    if (summary != null) {
      double totalMillis = summary.timePerComponent().values().stream().mapToDouble(RunRecord.ComponentTime::milliseconds).sum();
      summary.timePerComponent().forEach((component, time) -> times.add(map("component", component,
          "seconds", decimal(time.milliseconds() / 1000, 1),
          "perDocument", decimal(time.millisecondsPerDocument(), 2),
          "share", decimal(totalMillis == 0 ? 0 : 100.0 * time.milliseconds() / totalMillis, 1))));
      summary.failuresByReason().forEach((reason, count) -> reasons.add(map("reason", reason, "count", count)));
    }
    Map<String, Object> recorded = summary == null ? null : map(
        "wallSeconds", decimal(summary.wallTimeSeconds(), 1),
        "rate", decimal(summary.documentsPerSecond(), 2),
        "laterHalfRate", summary.laterHalfDocumentsPerSecond() == null ? null
            : decimal(summary.laterHalfDocumentsPerSecond(), 2),
        "succeeded", summary.succeeded(),
        "finished", summary.finished(),
        "annalistVersion", summary.annalistVersion(),
        "stopReason", summary.stoppedEarly() ? summary.stopReason() == null ? "stopped early" : summary.stopReason() : null);

    return map(
        "root", "",
        "reportTitle", title,
        "origin", run.origin(),
        "generated", SiteBuilder.now(),
        "documents", index.docs.size(),
        "failed", failed,
        "read", summary != null ? summary.read() : index.docs.size() + failed,
        "skipped", summary != null ? summary.skipped() : "not recorded",
        "summary", recorded,
        "summaryNote", run.summaryNote(),
        "rate", summary != null ? decimal(summary.documentsPerSecond(), 2) : "not recorded",
        "failuresByReason", reasons,
        "hasReasons", !reasons.isEmpty(),
        "noDocuments", index.docs.isEmpty(),
        "failuresByComponent", byComponent.entrySet().stream().map(e -> map("component", e.getKey(), "count", e.getValue())).toList(),
        "failures", failures,
        "moreFailures", run.failures().size() > LISTED ? run.failures().size() - LISTED : null,
        "times", times,
        "timesRecorded", !times.isEmpty(),
        "placeCount", index.places.size(),
        "speakerCount", index.speakers.size(),
        "dateCount", index.dates.size(),
        "topPlaces", SiteBuilder.top(index.places.values(),
            Comparator.comparingInt((CorpusIndex.PlaceStats p) -> -p.docs.size()).thenComparing(p -> p.key), TOP).stream()
            .map(p -> map("name", p.name, "country", p.country, "documents", p.docs.size(), "mentions", p.mentions,
                "page", CorpusPages.placePage(p))).toList(),
        "topSpeakers", SiteBuilder.top(index.speakers.values(),
            Comparator.comparingInt((CorpusIndex.SpeakerStats s) -> -s.quotes.size()).thenComparing(s -> s.name), TOP).stream()
            .map(s -> map("name", s.name, "quotes", s.quotes.size(), "documents", s.docs.size(),
                "page", CorpusPages.speakerPage(s))).toList(),
        "missingDates", docList(index, index.missingDate),
        "missingCount", index.missingDate.size(),
        "textDates", docList(index, index.dateNotFromMetadata),
        "textDateCount", index.dateNotFromMetadata.size(),
        "pluginTypes", index.pluginTypes.entrySet().stream().map(e -> map("type", e.getKey(), "count", e.getValue())).toList(),
        "furniture", index.furniture.entrySet().stream().map(e -> map("reason", e.getKey(), "count", e.getValue())).toList(),
        "dataJson", ScriptJson.of(data));
  }

  private static String decimal(double value, int places) {
    return String.format(java.util.Locale.ROOT, "%." + places + "f", value);
  }

  private static List<Map<String, Object>> docList(CorpusIndex index, IntList docs) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int n : docs.first(LISTED)) {
      CorpusIndex.DocEntry doc = index.docs.get(n);
      list.add(map("label", doc.label(), "href", doc.file(), "published", doc.published(), "source", doc.publishedSource()));
    }
    return list;
  }

  /** A timeline series, bucketed by day, month or year as its span requires. */
  static Map<String, Object> series(String label, String name, TreeMap<String, IntList> values, DocRefs refs) {
    String unit = unit(values);
    int length = unit.equals("day") ? 10 : unit.equals("month") ? 7 : 4;
    TreeMap<String, List<IntList>> buckets = new TreeMap<>();
    values.forEach((value, docs) -> {
      if (value.length() >= length) {
        buckets.computeIfAbsent(value.substring(0, length), k -> new ArrayList<>()).add(docs);
      }
    });
    if (!buckets.isEmpty()) {
      // empty periods between the first and the last are drawn as empty bars, so the axis is time
      for (String key : periods(buckets.firstKey(), buckets.lastKey(), unit, MAX_FILLED_BARS)) {
        buckets.putIfAbsent(key, List.of());
      }
    }
    List<Map<String, Object>> bars = new ArrayList<>();
    buckets.forEach((key, lists) -> {
      IntList merged = new IntList();
      lists.forEach(l -> {
        for (int i = 0; i < l.size(); i++) {
          merged.add(l.get(i));
        }
      });
      int[] docs = merged.sortedDistinct();
      bars.add(map("key", key, "documents", docs.length,
          "docs", refs.of(java.util.Arrays.copyOf(docs, Math.min(docs.length, DOCUMENTS_PER_ITEM)))));
    });
    long coarser = values.keySet().stream().filter(v -> v.length() < length).count();
    return map("name", name, "label", label, "unit", unit, "bars", bars, "coarserValues", coarser);
  }

  /** Every day, month or year from first to last, or nothing when there would be more than max. */
  static List<String> periods(String first, String last, String unit, int max) {
    List<String> keys = new ArrayList<>();
    try {
      switch (unit) {
        case "day" -> {
          java.time.LocalDate end = java.time.LocalDate.parse(last);
          for (java.time.LocalDate d = java.time.LocalDate.parse(first); !d.isAfter(end) && keys.size() <= max; d = d.plusDays(1)) {
            keys.add(d.toString());
          }
        }
        case "month" -> {
          java.time.YearMonth end = java.time.YearMonth.parse(last);
          for (java.time.YearMonth m = java.time.YearMonth.parse(first); !m.isAfter(end) && keys.size() <= max; m = m.plusMonths(1)) {
            keys.add(m.toString());
          }
        }
        default -> {
          for (int y = Integer.parseInt(first); y <= Integer.parseInt(last) && keys.size() <= max; y++) {
            keys.add(String.format(java.util.Locale.ROOT, "%04d", y));
          }
        }
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return List.of(); // a value such as 2024-02-30: only the periods that occur are drawn
    }
    return keys.size() > max ? List.of() : keys;
  }

  /** Day when the values span at most three months, month up to fifteen years, else year. */
  static String unit(TreeMap<String, IntList> values) {
    if (values.isEmpty()) {
      return "year";
    }
    int first = Integer.parseInt(values.firstKey().substring(0, 4));
    int last = Integer.parseInt(values.lastKey().substring(0, 4));
    if (last - first > 15) {
      return "year";
    }
    List<String> months = values.keySet().stream().filter(v -> v.length() >= 7).map(v -> v.substring(0, 7)).toList();
    if (months.isEmpty()) {
      return "year";
    }
    String firstMonth = months.get(0);
    String lastMonth = months.get(months.size() - 1);
    int span = (Integer.parseInt(lastMonth.substring(0, 4)) - Integer.parseInt(firstMonth.substring(0, 4))) * 12
        + Integer.parseInt(lastMonth.substring(5, 7)) - Integer.parseInt(firstMonth.substring(5, 7));
    boolean days = values.keySet().stream().anyMatch(v -> v.length() == 10);
    return span <= 3 && days ? "day" : "month";
  }

  /** The documents the overview links to, each listed once: [page, label]. */
  static final class DocRefs {
    private final CorpusIndex index;
    private final Map<Integer, Integer> local = new HashMap<>();
    final List<List<String>> table = new ArrayList<>();

    DocRefs(CorpusIndex index) {
      this.index = index;
    }

    List<Integer> of(int[] docs) {
      List<Integer> refs = new ArrayList<>(docs.length);
      for (int n : docs) {
        refs.add(local.computeIfAbsent(n, k -> {
          CorpusIndex.DocEntry doc = index.docs.get(k);
          table.add(List.of(doc.file(), doc.label()));
          return table.size() - 1;
        }));
      }
      return refs;
    }
  }
}
