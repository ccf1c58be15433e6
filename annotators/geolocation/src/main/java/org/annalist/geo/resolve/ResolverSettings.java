package org.annalist.geo.resolve;

/**
 * Weights of the evidence the resolver combines, and the thresholds below which a small place
 * with no support from the rest of the document is taken for an ordinary word instead.
 */
public record ResolverSettings(
    double featureWeight,
    double countryBonus,
    double primaryNameBonus,
    double populationWeight,
    double countryWeight,
    double admin1Weight,
    double proximityWeight,
    double qualifierBonus,
    double namedCountryWeight,
    long minPopulationAlone,
    long minPopulationSentenceInitial,
    long minPopulationCommonWord) {

  public static ResolverSettings defaults() {
    return new ResolverSettings(2.0, 1.2, 1.0, 0.6, 2.2, 0.8, 0.5, 6.0, 1.5, 5_000, 150_000, 1_000_000);
  }
}
