package org.annalist.report.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.cas.FeatureJson;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;
import org.annalist.type.Boilerplate;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.Timex3;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/** A CAS as the report shows it: the whole text, with the page furniture marked, and every annotation. */
final class CasDocuments {

  private final FeatureJson features = new FeatureJson();

  ReportDocument of(JCas jcas, String id) {
    DocumentMetadata md = DocumentMetadataAccess.find(jcas);
    String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
    List<Mention> mentions = new ArrayList<>();
    for (Boilerplate furniture : JCasUtil.select(jcas, Boilerplate.class)) {
      String reason = furniture.getReason() == null ? "other" : furniture.getReason();
      mentions.add(mention(Mention.FURNITURE, furniture, reason, Map.of()));
    }
    for (Timex3 timex : JCasUtil.select(jcas, Timex3.class)) {
      Map<String, String> attributes = new LinkedHashMap<>();
      put(attributes, "timexType", timex.getTimexType());
      put(attributes, "mod", timex.getMod());
      mentions.add(mention(Mention.DATE, timex, timex.getValue(), attributes));
    }
    for (Place place : JCasUtil.select(jcas, Place.class)) {
      Map<String, String> attributes = new LinkedHashMap<>();
      put(attributes, "name", place.getName());
      put(attributes, "geonamesId", place.getGeonamesId() == 0 ? null : String.valueOf(place.getGeonamesId()));
      put(attributes, "country", place.getCountryCode());
      put(attributes, "admin1", place.getAdmin1Name());
      if (place.getLatitude() != 0 || place.getLongitude() != 0) {
        put(attributes, "lat", String.valueOf(place.getLatitude()));
        put(attributes, "lon", String.valueOf(place.getLongitude()));
      }
      put(attributes, "featureCode", place.getFeatureCode());
      put(attributes, "usage", place.getUsage());
      String value = attributes.containsKey("geonamesId") ? "geonames:" + attributes.get("geonamesId") : place.getName();
      mentions.add(mention(Mention.PLACE, place, value, attributes));
    }
    for (Quote quote : JCasUtil.select(jcas, Quote.class)) {
      String speaker = quote.getSpeaker();
      Map<String, String> attributes = new LinkedHashMap<>();
      put(attributes, "speaker", speaker);
      put(attributes, "speakerMention", quote.getSpeakerMention() == null ? null : quote.getSpeakerMention().getCoveredText());
      put(attributes, "role", quote.getSpeakerRole());
      put(attributes, "cue", quote.getCue() == null ? null : quote.getCue().getCoveredText());
      put(attributes, "direct", String.valueOf(quote.getDirect()));
      mentions.add(mention(Mention.QUOTE, quote, speaker, attributes));
      if (quote.getCue() != null) {
        mentions.add(mention(Mention.CUE, quote.getCue(), speaker, Map.of()));
      }
      if (quote.getSpeakerMention() != null) {
        mentions.add(mention(Mention.SPEAKER, quote.getSpeakerMention(), speaker, Map.of()));
      }
    }
    for (Annotation annotation : JCasUtil.select(jcas, Annotation.class)) {
      String type = annotation.getType().getName();
      if (type.startsWith("org.annalist.type.") || type.startsWith("uima.")) {
        continue;
      }
      mentions.add(mention(type, annotation, null, Map.of("features", features.of(annotation))));
    }
    return new ReportDocument(id, md == null ? null : md.getSourceUri(), md == null ? null : md.getContentType(),
        md == null ? null : md.getTitle(), md == null ? null : md.getAuthor(),
        md == null ? null : md.getPublishedDate(), md == null ? null : md.getPublishedDateSource(),
        md != null && md.getLanguage() != null ? md.getLanguage() : jcas.getDocumentLanguage(),
        text, true, mentions);
  }

  private static Mention mention(String type, Annotation a, String value, Map<String, String> attributes) {
    return new Mention(type, a.getBegin(), a.getEnd(), a.getCoveredText(), value, attributes);
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }
}
