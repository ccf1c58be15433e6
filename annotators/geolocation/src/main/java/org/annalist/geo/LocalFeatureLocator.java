package org.annalist.geo;

import java.util.List;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.recognize.LocalFeature;
import org.annalist.geo.recognize.Mention;
import org.annalist.geo.recognize.Usage;

/**
 * Places a named street, building or natural feature that the gazetteer does not hold where the
 * text puts it: in the place named right after it ("Dunnock Close, Edmonton", "Tahrir Square in
 * Cairo"), else in the place the story happens in (the document's focus city for a street, a
 * building or a lake; the city or else the division for a river, a valley or a mountain; the
 * country a peninsula, a gulf or a sea is named after: "Korean Peninsula", "Gulf of Mexico"). A
 * feature with no such place is left out.
 */
final class LocalFeatureLocator {

  /** The located feature is only as certain as the place standing for it. */
  private static final double CONFIDENCE = 0.5;

  private LocalFeatureLocator() {}

  /** Sets {@code resolved} of each feature; {@code places} are the document's resolved mentions. */
  static void locate(List<Mention> features, List<Mention> places, String text, Gazetteer gazetteer) {
    if (features.isEmpty()) {
      return;
    }
    int city = -1;
    int region = -1;
    int country = -1;
    for (FocusPlaces.Focus focus : FocusPlaces.of(places, gazetteer)) {
      switch (focus.level()) {
        case "CITY" -> city = focus.entry();
        case "REGION" -> region = focus.entry();
        default -> country = focus.entry();
      }
    }
    for (Mention f : features) {
      int entry = namedAfter(f, places, text, gazetteer);
      if (entry < 0 && f.candidates.length > 0) {
        entry = inFocusCountry(f.candidates, country, gazetteer);
      }
      if (entry < 0) {
        entry = switch (f.feature.scope()) {
          case TOWN -> city;
          case DIVISION -> city >= 0 ? city : region;
          case COUNTRY -> -1; // the Pacific Ocean has no point a country's could stand for
        };
      }
      f.resolved = entry;
      f.confidence = CONFIDENCE;
      f.usage = Usage.LITERAL;
    }
  }

  /** The country or division a regional feature is named after, the one in the focus country first. */
  private static int inFocusCountry(int[] regions, int country, Gazetteer gazetteer) {
    if (country >= 0) {
      for (int e : regions) {
        if (gazetteer.countryCode(e).equals(gazetteer.countryCode(country))) {
          return e;
        }
      }
    }
    return regions[0];
  }

  /** The place named right after the feature ("X Street, Y", "X Street in Y") that can hold it. */
  private static int namedAfter(Mention f, List<Mention> places, String text, Gazetteer gazetteer) {
    for (Mention m : places) {
      if (m.begin < f.end || m.isDemonym()) {
        continue;
      }
      String gap = text.substring(f.end, m.begin);
      if (!(gap.equals(", ") || gap.equals(" in ") || gap.equals(" near "))) {
        return -1;
      }
      int e = m.resolved;
      boolean country = gazetteer.isCountry(e) || gazetteer.featureClass(e) == 'L';
      return country && f.feature.scope() != LocalFeature.Scope.COUNTRY ? -1 : e;
    }
    return -1;
  }
}
