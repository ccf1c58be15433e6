package org.annalist.boilerplate;

import java.util.Locale;

/**
 * The precision/recall trade-off of the extractor.
 *
 * <ul>
 *   <li>{@link #PRECISION}: keep only blocks that look like running article prose; short lines,
 *       lists and headings at the edges of the article are dropped.
 *   <li>{@link #BALANCED}: the default, tuned for the best F1 on the development benchmarks.
 *   <li>{@link #RECALL}: keep doubtful blocks (short lines, lists, trailing headings and blocks of
 *       moderate link density) inside the article container.
 * </ul>
 */
public enum Favour {
  PRECISION,
  BALANCED,
  RECALL;

  public static Favour parse(String value) {
    if (value == null || value.isBlank()) {
      return BALANCED;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "favour must be precision, balanced or recall, not '" + value + "'", e);
    }
  }
}
