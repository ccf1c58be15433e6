package org.annalist.consumer.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.time.TimexInterval;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.FocusPlace;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.Timex3;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * One document as the JSON the index template maps (see index-template.json): the boilerplate-free
 * text, places with geo points, GeoNames ids and countries, dates with the day range they cover,
 * quotes with their speakers.
 */
final class SearchDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchDocuments() {}

  static ObjectNode of(JCas jcas, String docId, String runId, String indexedAt) {
    DocumentMetadata md = DocumentMetadataAccess.find(jcas);
    ObjectNode doc = JSON.createObjectNode();
    doc.put("doc_id", docId);
    if (md != null) {
      doc.put("source_uri", md.getSourceUri());
      doc.put("content_type", md.getContentType());
      doc.put("title", md.getTitle());
      doc.put("author", md.getAuthor());
      doc.put("language", md.getLanguage());
      doc.put("published_source", md.getPublishedDateSource());
      String published = md.getPublishedDate();
      if (published != null && !published.isBlank()) {
        doc.put("published_raw", published);
        if (isIsoDate(published.strip())) {
          doc.put("published", published.strip());
        }
      }
    }
    doc.put("text", ContentRegions.cleanText(jcas));
    doc.put("run_id", runId);
    doc.put("indexed_at", indexedAt);
    places(jcas, doc);
    dates(jcas, doc);
    quotes(jcas, doc);
    return doc;
  }

  /** Dates the template's date field accepts; others stay in published_raw only. */
  static boolean isIsoDate(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException notOffset) {
      try {
        LocalDateTime.parse(value);
        return true;
      } catch (DateTimeParseException notLocal) {
        try {
          LocalDate.parse(value);
          return true;
        } catch (DateTimeParseException notDay) {
          return false;
        }
      }
    }
  }

  private static void places(JCas jcas, ObjectNode doc) {
    ArrayNode places = doc.putArray("places");
    ArrayNode locations = doc.putArray("locations");
    for (Place place : JCasUtil.select(jcas, Place.class)) {
      ObjectNode p = places.addObject();
      p.put("text", place.getCoveredText());
      p.put("name", place.getName());
      if (place.getGeonamesId() != 0) {
        p.put("geonames_id", Long.toString(place.getGeonamesId()));
      }
      p.put("feature_code", place.getFeatureCode());
      p.put("country_code", place.getCountryCode());
      p.put("admin1", place.getAdmin1Name());
      p.put("usage", place.getUsage());
      p.put("confidence", place.getConfidence());
      if (hasPoint(place.getLatitude(), place.getLongitude())) {
        point(p.putObject("location"), place.getLatitude(), place.getLongitude());
        point(locations.addObject(), place.getLatitude(), place.getLongitude());
      }
    }
    ArrayNode focus = doc.putArray("focus_places");
    for (FocusPlace place : JCasUtil.select(jcas, FocusPlace.class)) {
      ObjectNode f = focus.addObject();
      f.put("level", place.getLevel());
      f.put("name", place.getName());
      if (place.getGeonamesId() != 0) {
        f.put("geonames_id", Long.toString(place.getGeonamesId()));
      }
      f.put("country_code", place.getCountryCode());
      f.put("weight", place.getWeight());
      if (hasPoint(place.getLatitude(), place.getLongitude())) {
        point(f.putObject("location"), place.getLatitude(), place.getLongitude());
      }
    }
  }

  /** (0, 0) is how an unresolved place's coordinates arrive; the annotators never place one there. */
  private static boolean hasPoint(double lat, double lon) {
    return Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
        && !(lat == 0 && lon == 0);
  }

  private static void point(ObjectNode node, double lat, double lon) {
    node.put("lat", lat);
    node.put("lon", lon);
  }

  private static void dates(JCas jcas, ObjectNode doc) {
    ArrayNode dates = doc.putArray("dates");
    for (Timex3 timex : JCasUtil.select(jcas, Timex3.class)) {
      ObjectNode d = dates.addObject();
      d.put("text", timex.getCoveredText());
      d.put("type", timex.getTimexType());
      d.put("value", timex.getValue());
      TimexInterval interval = TimexInterval.of(timex.getValue());
      if (interval != null) {
        ObjectNode range = d.putObject("range");
        range.put("gte", interval.first().toString());
        range.put("lte", interval.last().toString());
      }
    }
  }

  private static void quotes(JCas jcas, ObjectNode doc) {
    ArrayNode quotes = doc.putArray("quotes");
    for (Quote quote : JCasUtil.select(jcas, Quote.class)) {
      ObjectNode q = quotes.addObject();
      q.put("text", quote.getCoveredText());
      q.put("speaker", quote.getSpeaker());
      q.put("speaker_mention", quote.getSpeakerMention() == null ? null : quote.getSpeakerMention().getCoveredText());
      q.put("speaker_role", quote.getSpeakerRole());
      q.put("cue", quote.getCue() == null ? null : quote.getCue().getCoveredText());
      q.put("direct", quote.getDirect());
    }
  }
}
