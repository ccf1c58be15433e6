package org.annalist.geo.gazetteer;

/** One gazetteer place while an index is being built. */
public record PlaceRecord(
    long geonamesId,
    String name,
    char featureClass,
    String featureCode,
    String countryCode,
    String admin1Code,
    double latitude,
    double longitude,
    long population) {

  public double prominence() {
    return FeatureRank.of(featureClass, featureCode) * 100 + Math.log10(population + 1.0);
  }
}
