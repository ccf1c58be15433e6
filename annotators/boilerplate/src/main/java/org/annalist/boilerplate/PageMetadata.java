package org.annalist.boilerplate;

/**
 * Title, author(s) and publication date of an article, each null when unknown.
 *
 * @param dateSource where the date came from, e.g. {@code meta:article:published_time},
 *     {@code json-ld}, {@code time-tag}, {@code date-line}
 */
public record PageMetadata(String title, String author, String date, String dateSource) {

  public static final PageMetadata EMPTY = new PageMetadata(null, null, null, null);
}
