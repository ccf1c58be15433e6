package org.annalist.consumer.sql;

import java.util.List;
import org.annalist.consumer.sql.signature.ContentSignature;

/** Everything stored for one document, extracted from its CAS before the database is touched. */
public record DocumentRows(
    Document document,
    List<TimeExpression> timeExpressions,
    List<PlaceMention> places,
    List<FocusPlaceRow> focusPlaces,
    List<QuoteRow> quotes,
    List<PersonRow> persons,
    List<GenericAnnotation> annotations,
    ContentSignature signature) {

  public record Document(
      String docId, String sourceUri, String contentType, String title, String author,
      String publishedDate, String publishedDay, String publishedDateSource, String language,
      String checksum, Long sizeBytes, String cleanText, String runId, String processedAt) {}

  public record TimeExpression(
      String text, String type, String value, String mod, String anchor,
      String valueBegin, String valueEnd, int begin, int end) {}

  public record PlaceMention(
      String text, String name, Long geonamesId, String featureClass, String featureCode,
      String countryCode, String admin1Code, String admin1Name, Double latitude, Double longitude,
      Long population, Double confidence, String usage, int begin, int end) {}

  public record FocusPlaceRow(
      String level, Long geonamesId, String name, String countryCode,
      Double latitude, Double longitude, Double weight) {}

  public record QuoteRow(
      String content, boolean direct, String cue, String cueLemma, Integer cueBegin, Integer cueEnd,
      String speakerMention, Integer speakerMentionBegin, Integer speakerMentionEnd,
      String speaker, String speakerRole, Double confidence, int begin, int end) {}

  public record PersonRow(String text, String canonicalName, String role, String entityKind, int begin, int end) {}

  public record GenericAnnotation(String typeName, int begin, int end, String coveredText, String featuresJson) {}

  /** Number of rows written for this document, the documents and content_signatures rows included. */
  public int rowCount() {
    return 2 + timeExpressions.size() + places.size() + focusPlaces.size() + quotes.size()
        + persons.size() + annotations.size();
  }
}
