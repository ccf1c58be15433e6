package org.annalist.reader.tika;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.core.time.DateStrings;

/**
 * A document's publication date (ISO 8601) and where it was found. The sources, best first:
 * <ol>
 *   <li>HTML meta tags: {@code article:published_time} and the other common publication-date
 *       names (source {@code meta:NAME});</li>
 *   <li>JSON-LD {@code datePublished} ({@code json-ld});</li>
 *   <li>microdata {@code itemprop=datePublished} on any element: its content or datetime
 *       attribute, else its text ({@code microdata}); a {@code <time>} marked as the publication
 *       date by {@code itemprop} or {@code pubdate} ({@code time-tag});</li>
 *   <li>the format's own creation date, e.g. PDF/Office creation date or the e-mail's Date header
 *       ({@code metadata:dcterms:created});</li>
 *   <li>the first {@code <time>} of an HTML page whose datetime attribute, or else text, reads
 *       as a date ({@code time-tag});</li>
 *   <li>in plain text, a leading {@code date YYYY-MM-DD} line ({@code date-line}).</li>
 * </ol>
 */
record PublishedDate(String value, String source) implements java.io.Serializable {

  /** Meta names (lower case) that carry the publication date, best first. */
  static final List<String> META_NAMES = List.of(
      "article:published_time", "og:article:published_time", "og:published_time",
      "article.published", "datepublished", "date_published", "published_time", "publishdate",
      "publish-date", "publish_date", "pubdate", "dc.date.issued", "dcterms.issued", "dc.date",
      "dcterms.date", "dcterms.created", "date");

  /** {@code date 2022-01-07} (optionally "date:" and a time) at the very start of a text. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "\\A\\s{0,8}date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?)(?![\\d:])",
      Pattern.CASE_INSENSITIVE);

  static PublishedDate fromHtmlMeta(Map<String, String> metaByLowerName) {
    for (String name : META_NAMES) {
      String value = DateStrings.normalise(metaByLowerName.get(name));
      if (value != null) {
        return new PublishedDate(value, "meta:" + name);
      }
    }
    return null;
  }

  static PublishedDate from(String raw, String source) {
    String value = DateStrings.normalise(raw);
    return value == null ? null : new PublishedDate(value, source);
  }

  static PublishedDate fromDateLine(String text) {
    Matcher m = DATE_LINE.matcher(text.length() > 64 ? text.substring(0, 64) : text);
    return m.lookingAt() ? from(m.group(1), "date-line") : null;
  }
}
