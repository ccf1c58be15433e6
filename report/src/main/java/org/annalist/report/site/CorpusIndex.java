package org.annalist.report.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;

/**
 * What the overview and the corpus pages need from every document, gathered as the documents go by
 * (documents are numbered in the order they arrive; only these numbers are kept per place, speaker
 * and date, not the documents).
 */
final class CorpusIndex {

  static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final int QUOTE_CHARS = 600;

  record DocEntry(String id, String title, String file, String published, String publishedSource,
      int places, int dates, int quotes) {
    String label() {
      return title == null || title.isBlank() ? id : title;
    }
  }

  static final class PlaceStats {
    final String key;
    final String name;
    final String country;
    final String admin1;
    final String geonamesId;
    final Double lat;
    final Double lon;
    int mentions;
    final IntList docs = new IntList();

    PlaceStats(String key, Mention m) {
      this.key = key;
      this.name = m.attribute("name") == null ? m.text() : m.attribute("name");
      this.country = m.attribute("country");
      this.admin1 = m.attribute("admin1");
      this.geonamesId = m.attribute("geonamesId");
      this.lat = m.number("lat");
      this.lon = m.number("lon");
    }

    boolean onMap() {
      return lat != null && lon != null && !(lat == 0 && lon == 0);
    }
  }

  record QuoteEntry(int doc, String text, String cue, String mention) {}

  static final class SpeakerStats {
    final String name;
    final List<QuoteEntry> quotes = new ArrayList<>();
    final IntList docs = new IntList();

    SpeakerStats(String name) {
      this.name = name;
    }
  }

  static final class DateStats {
    final String value;
    final String type;
    int mentions;
    final IntList docs = new IntList();

    DateStats(String value, String type) {
      this.value = value;
      this.type = type;
    }
  }

  final List<DocEntry> docs = new ArrayList<>();
  final Map<String, PlaceStats> places = new HashMap<>();
  final Map<String, SpeakerStats> speakers = new HashMap<>();
  final Map<String, DateStats> dates = new HashMap<>();
  /** Publication day (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known) to documents. */
  final TreeMap<String, IntList> published = new TreeMap<>();
  /** Calendar value mentioned in the text (YYYY, YYYY-MM or YYYY-MM-DD) to documents. */
  final TreeMap<String, IntList> mentioned = new TreeMap<>();
  final IntList missingDate = new IntList();
  final IntList dateNotFromMetadata = new IntList();
  final Map<String, Integer> pluginTypes = new TreeMap<>();
  final Map<String, Integer> furniture = new TreeMap<>();

  synchronized int add(ReportDocument doc, String file) {
    int n = docs.size();
    docs.add(new DocEntry(doc.id(), doc.title(), file, doc.published(), doc.publishedSource(),
        doc.mentions(Mention.PLACE).size(), doc.mentions(Mention.DATE).size(), doc.mentions(Mention.QUOTE).size()));
    String day = day(doc.published());
    if (day == null) {
      missingDate.add(n);
    } else {
      published.computeIfAbsent(day, k -> new IntList()).add(n);
      if (!fromMetadata(doc.publishedSource())) {
        dateNotFromMetadata.add(n);
      }
    }
    for (Mention m : doc.mentions()) {
      switch (m.type()) {
        case Mention.PLACE -> {
          String key = m.value() == null ? m.text() : m.value();
          if (key == null) {
            continue;
          }
          PlaceStats stats = places.computeIfAbsent(key, k -> new PlaceStats(k, m));
          stats.mentions++;
          stats.docs.addDistinctLast(n);
        }
        case Mention.QUOTE -> {
          String speaker = m.value() == null || m.value().isBlank() ? null : m.value();
          if (speaker == null) {
            continue;
          }
          SpeakerStats stats = speakers.computeIfAbsent(speaker, SpeakerStats::new);
          String text = m.text() == null ? "" : m.text();
          stats.quotes.add(new QuoteEntry(n, text.length() > QUOTE_CHARS ? text.substring(0, QUOTE_CHARS) + "…" : text,
              m.attribute("cue"), m.attribute("speakerMention")));
          stats.docs.addDistinctLast(n);
        }
        case Mention.DATE -> {
          if (m.value() == null) {
            continue;
          }
          DateStats stats = dates.computeIfAbsent(m.value(), v -> new DateStats(v, m.attribute("timexType")));
          stats.mentions++;
          stats.docs.addDistinctLast(n);
          if (CALENDAR_VALUE.matcher(m.value()).matches()) {
            mentioned.computeIfAbsent(m.value(), k -> new IntList()).addDistinctLast(n);
          }
        }
        case Mention.FURNITURE -> furniture.merge(m.value() == null ? "other" : m.value(), 1, Integer::sum);
        case Mention.CUE, Mention.SPEAKER -> { }
        default -> pluginTypes.merge(m.type(), 1, Integer::sum);
      }
    }
    return n;
  }

  /** The publication date's calendar part (YYYY-MM-DD, YYYY-MM or YYYY), or null when there is none. */
  static String day(String published) {
    if (published == null) {
      return null;
    }
    String trimmed = published.strip();
    for (int length : new int[] {10, 7, 4}) {
      if (trimmed.length() >= length && CALENDAR_VALUE.matcher(trimmed.substring(0, length)).matches()
          && (trimmed.length() == length || !Character.isDigit(trimmed.charAt(length)))) {
        return trimmed.substring(0, length);
      }
    }
    return null;
  }

  /** Metadata sources: HTML meta tags, JSON-LD, microdata, file metadata; the rest was read from the page text. */
  static boolean fromMetadata(String source) {
    return source != null && (source.startsWith("meta:") || source.startsWith("json-ld")
        || source.startsWith("microdata") || source.startsWith("metadata:"));
  }
}
