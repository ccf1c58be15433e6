package org.annalist.geo.gazetteer;

/**
 * How prominent a kind of place is when nothing else is known: countries and continents before
 * first-level divisions and capitals, then seats of government, then other places.
 */
public final class FeatureRank {

  private FeatureRank() {}

  /** A prior in [0, 1] for a GeoNames feature class and code. */
  public static double of(char featureClass, String featureCode) {
    String code = featureCode == null ? "" : featureCode;
    if (featureClass == 'A') {
      if (code.startsWith("PCL")) {
        return 1.0;
      }
      return switch (code) {
        case "ADM1" -> 0.85;
        case "ADM2" -> 0.55;
        case "ADMD", "ADM3" -> 0.4;
        default -> 0.35;
      };
    }
    if (featureClass == 'L') {
      return switch (code) {
        case "CONT" -> 1.0;
        case "RGN" -> 0.7;
        default -> 0.3;
      };
    }
    if (featureClass == 'P') {
      return switch (code) {
        case "PPLC" -> 1.0;
        case "PPLA" -> 0.6;
        case "PPLA2" -> 0.45;
        case "PPLG" -> 0.5;
        case "PPLX", "PPLH", "PPLQ", "PPLW" -> 0.2;
        default -> 0.35;
      };
    }
    if (featureClass == 'S') {
      return switch (code) {
        case "AIRP", "AIRB", "MILB", "INSM" -> 0.5;
        default -> 0.25;
      };
    }
    if (featureClass == 'H' || featureClass == 'T') {
      return 0.3;
    }
    return 0.2;
  }

  /** The place type level used for focus summaries. */
  public static boolean isCountry(char featureClass, String featureCode) {
    return featureClass == 'A' && featureCode != null && featureCode.startsWith("PCL");
  }

  public static boolean isAdmin1(char featureClass, String featureCode) {
    return featureClass == 'A' && "ADM1".equals(featureCode);
  }
}
