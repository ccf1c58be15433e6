package org.annalist.consumer.sql.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The facets counted over a result set: documents per place, per quoted speaker, per published month. */
public enum Facet {
  places, speakers, months;

  /** Parses a comma-separated list; "none" or an empty list means no facets. */
  public static Set<Facet> parseList(String list) {
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    if (list == null) {
      return EnumSet.allOf(Facet.class);
    }
    List<String> unknown = new ArrayList<>();
    for (String name : list.split(",")) {
      String trimmed = name.strip().toLowerCase(Locale.ROOT);
      if (trimmed.isEmpty() || trimmed.equals("none")) {
        continue;
      }
      try {
        facets.add(Facet.valueOf(trimmed));
      } catch (IllegalArgumentException e) {
        unknown.add(name.strip());
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown facet " + String.join(", ", unknown)
          + ": --facets takes a comma-separated list of " + Arrays.toString(values()).replaceAll("[\\[\\]]", "")
          + " (or none)");
    }
    return facets;
  }
}
