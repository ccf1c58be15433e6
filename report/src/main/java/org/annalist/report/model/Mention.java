package org.annalist.report.model;

import java.util.Map;

/**
 * One highlighted span of a document's text.
 *
 * @param type the {@code data-annalist-type} of the span: {@code date}, {@code place}, {@code quote},
 *     {@code speaker}, {@code cue}, {@code furniture}, or a plugin's UIMA type name
 * @param begin offset into {@link ReportDocument#text()} (UTF-16 units), -1 when the span is not in the shown text
 * @param end end offset, exclusive
 * @param text the covered text
 * @param value the {@code data-value}: normalised date, GeoNames id, speaker, furniture reason; may be null
 * @param attributes further facts shown on hover or on the page (insertion order kept)
 */
public record Mention(String type, int begin, int end, String text, String value, Map<String, String> attributes) {

  public static final String DATE = "date";
  public static final String PLACE = "place";
  public static final String QUOTE = "quote";
  public static final String SPEAKER = "speaker";
  public static final String CUE = "cue";
  public static final String FURNITURE = "furniture";

  public Mention {
    attributes = attributes == null ? Map.of() : attributes;
  }

  public boolean located(int textLength) {
    return begin >= 0 && end > begin && end <= textLength;
  }

  public String attribute(String name) {
    return attributes.get(name);
  }

  public Double number(String name) {
    String value = attributes.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean isPlugin() {
    return !switch (type) {
      case DATE, PLACE, QUOTE, SPEAKER, CUE, FURNITURE -> true;
      default -> false;
    };
  }
}
