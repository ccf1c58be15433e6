package org.annalist.consumer.sql;

import org.annalist.core.time.TimexInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.core.cas.FeatureJson;
import org.annalist.consumer.sql.DocumentRows.Document;
import org.annalist.consumer.sql.DocumentRows.FocusPlaceRow;
import org.annalist.consumer.sql.DocumentRows.GenericAnnotation;
import org.annalist.consumer.sql.DocumentRows.PersonRow;
import org.annalist.consumer.sql.DocumentRows.PlaceMention;
import org.annalist.consumer.sql.DocumentRows.QuoteRow;
import org.annalist.consumer.sql.DocumentRows.TimeExpression;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.FocusPlace;
import org.annalist.type.PersonMention;
import org.annalist.type.Place;
import org.annalist.type.Quote;
import org.annalist.type.QuoteCue;
import org.annalist.type.Timex3;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Turns a CAS into {@link DocumentRows}: the Annalist types into their own tables, every other
 * annotation of the default view into the generic table (unless its type is excluded).
 */
public final class CasRowExtractor {

  /** Types stored in dedicated tables (with their subtypes); QuoteCue only when a Quote uses it. */
  private static final List<String> DEDICATED_TYPES = List.of(
      DocumentMetadata.class.getName(), Timex3.class.getName(), Place.class.getName(),
      FocusPlace.class.getName(), Quote.class.getName(), PersonMention.class.getName(),
      "uima.tcas.DocumentAnnotation");

  private final List<String> skippedTypeNames;
  private final Map<Type, Boolean> skippedTypes = new IdentityHashMap<>();
  private final String runId;
  private final FeatureJson featureJson = new FeatureJson();

  public CasRowExtractor(List<String> excludedTypeNames, String runId) {
    List<String> skipped = new ArrayList<>(DEDICATED_TYPES);
    skipped.addAll(excludedTypeNames);
    this.skippedTypeNames = List.copyOf(skipped);
    this.runId = runId;
  }

  public DocumentRows extract(JCas jcas, String docId) {
    Set<QuoteCue> usedCues = Collections.newSetFromMap(new IdentityHashMap<>());
    List<QuoteRow> quotes = new ArrayList<>();
    for (Quote quote : JCasUtil.select(jcas, Quote.class)) {
      quotes.add(quoteRow(quote));
      if (quote.getCue() != null) {
        usedCues.add(quote.getCue());
      }
    }
    Document document = document(jcas, docId);
    return new DocumentRows(
        document,
        timeExpressions(jcas),
        places(jcas),
        focusPlaces(jcas),
        quotes,
        persons(jcas),
        genericAnnotations(jcas, usedCues),
        ContentSignature.of(document.cleanText()));
  }

  private Document document(JCas jcas, String docId) {
    DocumentMetadata meta = DocumentMetadataAccess.find(jcas);
    String language = meta != null && meta.getLanguage() != null ? meta.getLanguage() : jcas.getDocumentLanguage();
    if ("x-unspecified".equals(language)) {
      language = null;
    }
    String published = meta == null ? null : meta.getPublishedDate();
    return new Document(
        docId,
        meta == null ? null : meta.getSourceUri(),
        meta == null ? null : meta.getContentType(),
        meta == null ? null : meta.getTitle(),
        meta == null ? null : meta.getAuthor(),
        published,
        TimexInterval.dayOf(published),
        meta == null ? null : meta.getPublishedDateSource(),
        language,
        meta == null ? null : meta.getChecksum(),
        meta == null ? null : meta.getSizeBytes(),
        ContentRegions.cleanText(jcas),
        runId,
        Instant.now().toString());
  }

  private static List<TimeExpression> timeExpressions(JCas jcas) {
    List<TimeExpression> rows = new ArrayList<>();
    for (Timex3 timex : JCasUtil.select(jcas, Timex3.class)) {
      String type = timex.getTimexType();
      TimexInterval interval = "DURATION".equals(type) || "SET".equals(type) ? null : TimexInterval.of(timex.getValue());
      rows.add(new TimeExpression(
          coveredText(timex), type, timex.getValue(), timex.getMod(), timex.getAnchor(),
          interval == null ? null : interval.first().toString(),
          interval == null ? null : interval.last().toString(),
          timex.getBegin(), timex.getEnd()));
    }
    return rows;
  }

  private static List<PlaceMention> places(JCas jcas) {
    List<PlaceMention> rows = new ArrayList<>();
    for (Place place : JCasUtil.select(jcas, Place.class)) {
      boolean located = hasCoordinates(place.getLatitude(), place.getLongitude());
      rows.add(new PlaceMention(
          coveredText(place), place.getName(), idOrNull(place.getGeonamesId()),
          place.getFeatureClass(), place.getFeatureCode(), place.getCountryCode(),
          place.getAdmin1Code(), place.getAdmin1Name(),
          located ? place.getLatitude() : null, located ? place.getLongitude() : null,
          place.getPopulation() > 0 ? place.getPopulation() : null,
          place.getConfidence(), place.getUsage(), place.getBegin(), place.getEnd()));
    }
    return rows;
  }

  private static List<FocusPlaceRow> focusPlaces(JCas jcas) {
    List<FocusPlaceRow> rows = new ArrayList<>();
    for (FocusPlace focus : JCasUtil.select(jcas, FocusPlace.class)) {
      boolean located = hasCoordinates(focus.getLatitude(), focus.getLongitude());
      rows.add(new FocusPlaceRow(
          focus.getLevel(), idOrNull(focus.getGeonamesId()), focus.getName(), focus.getCountryCode(),
          located ? focus.getLatitude() : null, located ? focus.getLongitude() : null,
          focus.getWeight()));
    }
    return rows;
  }

  private static QuoteRow quoteRow(Quote quote) {
    QuoteCue cue = quote.getCue();
    PersonMention mention = quote.getSpeakerMention();
    return new QuoteRow(
        coveredText(quote), quote.getDirect(),
        cue == null ? null : coveredText(cue), cue == null ? null : cue.getLemma(),
        cue == null ? null : cue.getBegin(), cue == null ? null : cue.getEnd(),
        mention == null ? null : coveredText(mention),
        mention == null ? null : mention.getBegin(), mention == null ? null : mention.getEnd(),
        quote.getSpeaker(), quote.getSpeakerRole(), quote.getConfidence(),
        quote.getBegin(), quote.getEnd());
  }

  private static List<PersonRow> persons(JCas jcas) {
    List<PersonRow> rows = new ArrayList<>();
    for (PersonMention person : JCasUtil.select(jcas, PersonMention.class)) {
      rows.add(new PersonRow(
          coveredText(person), person.getCanonicalName(), person.getRole(), person.getEntityKind(),
          person.getBegin(), person.getEnd()));
    }
    return rows;
  }

  private List<GenericAnnotation> genericAnnotations(JCas jcas, Set<QuoteCue> usedCues) {
    // unordered iteration is much cheaper than the sorted annotation index (no merging of the
    // per-type indexes); the rows are sorted by offset afterwards
    List<Annotation> kept = new ArrayList<>();
    Type annotationType = jcas.getCasType(Annotation.type);
    var all = jcas.getIndexRepository().getAllIndexedFS(annotationType);
    while (all.hasNext()) {
      Annotation annotation = (Annotation) all.next();
      if (!isSkipped(jcas.getTypeSystem(), annotation.getType())
          && !(annotation instanceof QuoteCue cue && usedCues.contains(cue))) {
        kept.add(annotation);
      }
    }
    kept.sort(Comparator.comparingInt(Annotation::getBegin)
        .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed())
        .thenComparing(a -> a.getType().getName()));
    List<GenericAnnotation> rows = new ArrayList<>(kept.size());
    for (Annotation annotation : kept) {
      rows.add(new GenericAnnotation(
          annotation.getType().getName(), annotation.getBegin(), annotation.getEnd(),
          coveredText(annotation), featureJson.of(annotation)));
    }
    return rows;
  }

  /** Whether a type goes to a dedicated table or is excluded; remembered per type. */
  private boolean isSkipped(TypeSystem typeSystem, Type type) {
    Boolean known = skippedTypes.get(type);
    if (known == null) {
      known = false;
      for (String name : skippedTypeNames) {
        Type candidate = typeSystem.getType(name);
        if (candidate != null && typeSystem.subsumes(candidate, type)) {
          known = true;
          break;
        }
      }
      skippedTypes.put(type, known);
    }
    return known;
  }

  /** The covered text, or null when the offsets do not fit the text (a faulty annotator). */
  static String coveredText(Annotation annotation) {
    String text = annotation.getCAS().getDocumentText();
    int begin = annotation.getBegin();
    int end = annotation.getEnd();
    if (text == null || begin < 0 || end > text.length() || begin > end) {
      return null;
    }
    return text.substring(begin, end);
  }

  private static boolean hasCoordinates(double latitude, double longitude) {
    return !Double.isNaN(latitude) && !Double.isNaN(longitude) && !(latitude == 0.0 && longitude == 0.0);
  }

  private static Long idOrNull(long id) {
    return id > 0 ? id : null;
  }
}
