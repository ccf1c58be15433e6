package org.annalist.report.site;

import static org.annalist.report.site.SiteBuilder.map;
import static org.annalist.report.site.TableCells.cell;
import static org.annalist.report.site.TableCells.col;
import static org.annalist.report.site.TableCells.num;
import static org.annalist.report.site.TableCells.numCol;
import static org.annalist.report.site.TableCells.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The corpus pages: every document, place, speaker and date, as sortable and filterable tables. */
final class CorpusPages {

  private static final int DOCS_PER_DATE = 5;

  private final CorpusIndex index;
  private final Templates templates;
  private final Path folder;
  private final String title;

  CorpusPages(CorpusIndex index, Templates templates, Path folder, String title) {
    this.index = index;
    this.templates = templates;
    this.folder = folder;
    this.title = title;
  }

  static String placePage(CorpusIndex.PlaceStats place) {
    return DocumentFiles.entityPage("places", place.key);
  }

  static String speakerPage(CorpusIndex.SpeakerStats speaker) {
    return DocumentFiles.entityPage("speakers", speaker.name);
  }

  void writeDocuments() {
    List<Map<String, Object>> rows = new ArrayList<>(index.docs.size());
    for (CorpusIndex.DocEntry doc : index.docs) {
      rows.add(row(cell(doc.label(), doc.file()), cell(doc.id()), cell(doc.published()), cell(doc.publishedSource()),
          num(doc.places()), num(doc.dates()), num(doc.quotes())));
    }
    write("documents.html", "Documents", index.docs.size() + " documents",
        List.of(col("title"), col("id"), col("published"), col("date from"), numCol("places"), numCol("dates"),
            numCol("quotes")), rows);
  }

  void writePlaces() {
    List<Map<String, Object>> rows = new ArrayList<>(index.places.size());
    for (CorpusIndex.PlaceStats p : sorted(index.places.values(), Comparator.comparingInt(p -> -p.docs.size()))) {
      rows.add(row(cell(p.name, placePage(p)), cell(p.country), cell(p.admin1),
          cell(p.geonamesId, p.geonamesId == null ? null : "https://www.geonames.org/" + p.geonamesId),
          cell(p.lat == null ? null : String.valueOf(p.lat)), cell(p.lon == null ? null : String.valueOf(p.lon)),
          num(p.mentions), num(p.docs.size())));
    }
    write("places.html", "Places", index.places.size() + " places",
        List.of(col("place"), col("country"), col("region"), col("GeoNames id"), numCol("latitude"), numCol("longitude"),
            numCol("mentions"), numCol("documents")), rows);
  }

  void writeSpeakers() {
    List<Map<String, Object>> rows = new ArrayList<>(index.speakers.size());
    for (CorpusIndex.SpeakerStats s : sorted(index.speakers.values(), Comparator.comparingInt(s -> -s.quotes.size()))) {
      rows.add(row(cell(s.name, speakerPage(s)), num(s.quotes.size()), num(s.docs.size())));
    }
    write("speakers.html", "Speakers", index.speakers.size() + " speakers; each links to every quote",
        List.of(col("speaker"), numCol("quotes"), numCol("documents")), rows);
  }

  void writeDates() {
    List<Map<String, Object>> rows = new ArrayList<>(index.dates.size());
    for (CorpusIndex.DateStats d : sorted(index.dates.values(), Comparator.comparing(d -> d.value))) {
      List<Map<String, Object>> links = new ArrayList<>();
      for (int n : d.docs.first(DOCS_PER_DATE)) {
        links.add(map("text", index.docs.get(n).label(), "href", index.docs.get(n).file()));
      }
      Map<String, Object> docs = map("links", links, "more", d.docs.size() > DOCS_PER_DATE ? d.docs.size() - DOCS_PER_DATE : null);
      rows.add(row(cell(d.value), cell(d.type), num(d.mentions), num(d.docs.size()), docs));
    }
    write("dates.html", "Dates", index.dates.size() + " normalised values mentioned in the text",
        List.of(col("value"), col("type"), numCol("mentions"), numCol("documents"), col("in")), rows);
  }

  /** One page per place (the documents that mention it) and per speaker (every quote). */
  List<Runnable> entityPages() {
    List<Runnable> pages = new ArrayList<>();
    List<CorpusIndex.PlaceStats> places = new ArrayList<>(index.places.values());
    int chunk = 256;
    for (int from = 0; from < places.size(); from += chunk) {
      List<CorpusIndex.PlaceStats> part = places.subList(from, Math.min(places.size(), from + chunk));
      pages.add(() -> part.forEach(this::writePlace));
    }
    List<CorpusIndex.SpeakerStats> speakers = new ArrayList<>(index.speakers.values());
    for (int from = 0; from < speakers.size(); from += chunk) {
      List<CorpusIndex.SpeakerStats> part = speakers.subList(from, Math.min(speakers.size(), from + chunk));
      pages.add(() -> part.forEach(this::writeSpeaker));
    }
    return pages;
  }

  private void writePlace(CorpusIndex.PlaceStats p) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int n : p.docs.sortedDistinct()) {
      CorpusIndex.DocEntry doc = index.docs.get(n);
      items.add(map("label", doc.label(), "href", "../" + doc.file(), "note", doc.published()));
    }
    String subtitle = (p.country == null ? "" : p.country + " · ")
        + (p.geonamesId == null ? "no GeoNames id" : "GeoNames " + p.geonamesId)
        + (p.lat == null ? "" : " · " + p.lat + ", " + p.lon)
        + " · " + p.mentions + " mentions in " + p.docs.size() + " documents";
    templates.write(templates.listing, map("root", "../", "reportTitle", title, "pageTitle", p.name,
        "subtitle", subtitle, "kind", "place", "value", p.key, "items", items), folder.resolve(placePage(p)));
  }

  private void writeSpeaker(CorpusIndex.SpeakerStats s) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (CorpusIndex.QuoteEntry q : s.quotes) {
      CorpusIndex.DocEntry doc = index.docs.get(q.doc());
      items.add(map("text", q.text(), "label", doc.label(), "href", "../" + doc.file(),
          "note", (q.cue() == null ? "" : q.cue() + " · ") + (q.mention() == null ? "" : "as “" + q.mention() + "”")));
    }
    templates.write(templates.listing, map("root", "../", "reportTitle", title, "pageTitle", s.name,
        "subtitle", s.quotes.size() + " quotes in " + s.docs.size() + " documents", "kind", "speaker",
        "value", s.name, "colour", SpeakerColours.of(s.name), "items", items), folder.resolve(speakerPage(s)));
  }

  private void write(String file, String heading, String subtitle, List<Map<String, Object>> columns,
      List<Map<String, Object>> rows) {
    templates.write(templates.table, map("root", "", "reportTitle", title, "pageTitle", heading, "subtitle", subtitle,
        "columns", columns, "rows", rows, "empty", rows.isEmpty()), folder.resolve(file));
  }

  private static <T> List<T> sorted(java.util.Collection<T> values, Comparator<T> order) {
    List<T> list = new ArrayList<>(values);
    list.sort(order);
    return list;
  }
}
