package org.annalist.consumer.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.cas.FeatureJson;
import org.annalist.type.Boilerplate;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.FocusPlace;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.SkippedStep;
import org.annalist.type.Timex3;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * One document as one line of JSON, in the flat schema documented in docs/output-format.md.
 * Every key is always present (null when unknown) so that tools inferring a schema (DuckDB,
 * pandas) see the same columns for every line.
 */
final class JsonlRecord {

  private static final JsonFactory JSON = new JsonFactory();
  private static final FeatureJson FEATURES = new FeatureJson();
  private static final String ANNALIST_TYPES = "org.annalist.type.";

  private JsonlRecord() {}

  static String of(JCas jcas, String id) throws IOException {
    DocumentMetadata md = DocumentMetadataAccess.find(jcas);
    CleanTextOffsets clean = CleanTextOffsets.of(jcas);
    StringWriter buffer = new StringWriter(clean.text().length() + 1024);
    try (JsonGenerator json = JSON.createGenerator(buffer)) {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("source", md == null ? null : md.getSourceUri());
      json.writeStringField("contentType", md == null ? null : md.getContentType());
      json.writeStringField("title", md == null ? null : md.getTitle());
      json.writeStringField("author", md == null ? null : md.getAuthor());
      json.writeStringField("published", md == null ? null : md.getPublishedDate());
      json.writeStringField("publishedSource", md == null ? null : md.getPublishedDateSource());
      if (md != null && md.getPublishedDateConfidence() > 0) {
        json.writeNumberField("publishedConfidence", md.getPublishedDateConfidence());
      }
      if (md != null && md.getDocumentType() != null) {
        json.writeStringField("documentType", md.getDocumentType());
      }
      json.writeStringField("language", md != null && md.getLanguage() != null ? md.getLanguage() : language(jcas));
      json.writeStringField("checksum", md == null ? null : md.getChecksum());
      if (md == null) {
        json.writeNullField("sizeBytes");
      } else {
        json.writeNumberField("sizeBytes", md.getSizeBytes());
      }
      json.writeStringField("textScope", ContentRegions.hasMainContent(jcas) ? "main-content" : "full-text");
      json.writeStringField("text", clean.text());
      writeDates(json, jcas, clean);
      writePlaces(json, jcas, clean);
      writeQuotes(json, jcas, clean);
      writeFocus(json, jcas);
      writeBoilerplate(json, jcas);
      writeSkippedSteps(json, jcas);
      writeThirdPartyAnnotations(json, jcas, clean);
      json.writeEndObject();
    }
    return buffer.toString();
  }

  private static String language(JCas jcas) {
    String language = jcas.getDocumentLanguage();
    return language == null || language.equals("x-unspecified") ? null : language;
  }

  private static void writeSpan(JsonGenerator json, Annotation a, CleanTextOffsets clean) throws IOException {
    json.writeStringField("text", a.getCoveredText());
    int[] offsets = clean.map(a.getBegin(), a.getEnd());
    writeInteger(json, "begin", offsets == null ? null : offsets[0]);
    writeInteger(json, "end", offsets == null ? null : offsets[1]);
    json.writeNumberField("docBegin", a.getBegin());
    json.writeNumberField("docEnd", a.getEnd());
  }

  private static void writeDates(JsonGenerator json, JCas jcas, CleanTextOffsets clean) throws IOException {
    json.writeArrayFieldStart("dates");
    for (Timex3 timex : JCasUtil.select(jcas, Timex3.class)) {
      json.writeStartObject();
      writeSpan(json, timex, clean);
      json.writeStringField("type", timex.getTimexType());
      json.writeStringField("value", timex.getValue());
      json.writeStringField("mod", timex.getMod());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writePlaces(JsonGenerator json, JCas jcas, CleanTextOffsets clean) throws IOException {
    json.writeArrayFieldStart("places");
    for (Place place : JCasUtil.select(jcas, Place.class)) {
      json.writeStartObject();
      writeSpan(json, place, clean);
      json.writeStringField("name", place.getName());
      writeGeonamesId(json, place.getGeonamesId());
      json.writeStringField("featureCode", place.getFeatureCode());
      json.writeStringField("countryCode", place.getCountryCode());
      json.writeStringField("admin1", place.getAdmin1Name());
      json.writeStringField("admin1Code", place.getAdmin1Code());
      json.writeNumberField("lat", place.getLatitude());
      json.writeNumberField("lon", place.getLongitude());
      json.writeNumberField("confidence", place.getConfidence());
      json.writeStringField("usage", place.getUsage());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeQuotes(JsonGenerator json, JCas jcas, CleanTextOffsets clean) throws IOException {
    json.writeArrayFieldStart("quotes");
    for (Quote quote : JCasUtil.select(jcas, Quote.class)) {
      json.writeStartObject();
      writeSpan(json, quote, clean);
      json.writeBooleanField("direct", quote.getDirect());
      json.writeStringField("cue", quote.getCue() == null ? null : quote.getCue().getCoveredText());
      json.writeStringField("speakerMention",
          quote.getSpeakerMention() == null ? null : quote.getSpeakerMention().getCoveredText());
      json.writeStringField("speaker", quote.getSpeaker());
      json.writeStringField("speakerRole", quote.getSpeakerRole());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The pipeline steps that did not process the document, and why (e.g. its language). */
  private static void writeSkippedSteps(JsonGenerator json, JCas jcas) throws IOException {
    json.writeArrayFieldStart("skippedSteps");
    List<SkippedStep> inPipelineOrder = new ArrayList<>(JCasUtil.select(jcas, SkippedStep.class));
    inPipelineOrder.sort(Comparator.comparingInt(SkippedStep::_id));   // created step by step
    for (SkippedStep skipped : inPipelineOrder) {
      json.writeStartObject();
      json.writeStringField("component", skipped.getComponent());
      json.writeStringField("reason", skipped.getReason());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeFocus(JsonGenerator json, JCas jcas) throws IOException {
    json.writeArrayFieldStart("focus");
    for (FocusPlace focus : JCasUtil.select(jcas, FocusPlace.class)) {
      json.writeStartObject();
      json.writeStringField("level", focus.getLevel());
      json.writeStringField("name", focus.getName());
      writeGeonamesId(json, focus.getGeonamesId());
      json.writeStringField("countryCode", focus.getCountryCode());
      json.writeNumberField("lat", focus.getLatitude());
      json.writeNumberField("lon", focus.getLongitude());
      json.writeNumberField("weight", focus.getWeight());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeBoilerplate(JsonGenerator json, JCas jcas) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Boilerplate span : JCasUtil.select(jcas, Boilerplate.class)) {
      counts.merge(span.getReason() == null ? "other" : span.getReason(), 1, Integer::sum);
    }
    json.writeObjectFieldStart("boilerplate");
    for (var entry : counts.entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }

  /**
   * Annotations of types neither UIMA nor Annalist defines (plugins' types), in the default view,
   * by offset: type, span, covered text and primitive features.
   */
  private static void writeThirdPartyAnnotations(JsonGenerator json, JCas jcas, CleanTextOffsets clean)
      throws IOException {
    List<Annotation> thirdParty = new ArrayList<>();
    Map<Type, Boolean> isThirdParty = new IdentityHashMap<>();
    Type annotationType = jcas.getCasType(Annotation.type);
    for (var all = jcas.getIndexRepository().getAllIndexedFS(annotationType); all.hasNext(); ) {
      Annotation annotation = (Annotation) all.next();
      if (isThirdParty.computeIfAbsent(annotation.getType(), JsonlRecord::isThirdParty)) {
        thirdParty.add(annotation);
      }
    }
    thirdParty.sort(Comparator.comparingInt(Annotation::getBegin)
        .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed())
        .thenComparing(a -> a.getType().getName()));
    json.writeArrayFieldStart("annotations");
    for (Annotation annotation : thirdParty) {
      json.writeStartObject();
      json.writeStringField("type", annotation.getType().getName());
      writeSpan(json, annotation, clean);
      json.writeFieldName("features");
      json.writeRawValue(FEATURES.of(annotation));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static boolean isThirdParty(Type type) {
    String name = type.getName();
    return !name.startsWith("uima.") && !name.startsWith(ANNALIST_TYPES);
  }

  private static void writeGeonamesId(JsonGenerator json, long id) throws IOException {
    if (id == 0) {
      json.writeNullField("geonamesId");
    } else {
      json.writeNumberField("geonamesId", id);
    }
  }

  private static void writeInteger(JsonGenerator json, String name, Integer value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }
}
