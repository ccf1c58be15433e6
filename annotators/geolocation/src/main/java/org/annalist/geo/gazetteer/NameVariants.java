package org.annalist.geo.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling variants that English news uses for names GeoNames writes differently: Arabic names
 * without their article (Al Mayadin -> Mayadin), divisions with or without their generic word
 * (Anbar, Anbar Province, Al Anbar Governorate).
 */
public final class NameVariants {

  /** Countries whose place names carry the Arabic article al-/el- (and its assimilated forms). */
  private static final Set<String> ARABIC_ARTICLE_COUNTRIES = Set.of(
      "IQ", "SY", "LB", "JO", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ",
      "MA", "SD", "PS", "MR", "EH");

  private static final List<String> ARTICLES = List.of(
      "al ", "al-", "el ", "el-", "ar ", "ar-", "as ", "as-", "ash ", "ash-", "ad ", "ad-", "an ",
      "an-", "at ", "at-", "az ", "az-", "ath ", "adh ");

  private static final List<String> DIVISION_PREFIXES = List.of(
      "muhafazat ", "state of ", "province of ", "provincia de ", "provincia di ",
      "departamento de ", "estado de ", "region of ", "governorate of ");

  private static final List<String> DIVISION_SUFFIXES = List.of(
      " governorate", " province", " region", " state", " oblast", " prefecture", " territory",
      " district", " county", " department", " krai", " emirate");

  private static final List<String> GENERIC_WORDS = List.of(
      "Province", "Governorate", "Region", "State");

  private NameVariants() {}

  /** The name without a leading Arabic article, when the place lies where Arabic is spoken. */
  public static String withoutArticle(String name, String countryCode) {
    if (!ARABIC_ARTICLE_COUNTRIES.contains(countryCode)) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String article : ARTICLES) {
      if (lower.startsWith(article) && name.length() > article.length() + 2) {
        return name.substring(article.length());
      }
    }
    return null;
  }

  /** The key of the name without its Arabic article, or null. */
  public static String bareKey(String name, String countryCode) {
    String bare = withoutArticle(name, countryCode);
    return bare == null ? null : NameKey.of(bare);
  }

  /** Names under which a first-level division may appear in text. */
  public static Set<String> ofDivision(String name, String countryCode) {
    Set<String> bases = new LinkedHashSet<>();
    String base = name.strip();
    String lower = base.toLowerCase(Locale.ROOT);
    for (String prefix : DIVISION_PREFIXES) {
      if (lower.startsWith(prefix)) {
        base = base.substring(prefix.length());
        lower = base.toLowerCase(Locale.ROOT);
      }
    }
    for (String suffix : DIVISION_SUFFIXES) {
      if (lower.endsWith(suffix) && base.length() > suffix.length() + 2) {
        base = base.substring(0, base.length() - suffix.length());
        break;
      }
    }
    bases.add(base);
    String bare = withoutArticle(base, countryCode);
    if (bare != null) {
      bases.add(bare);
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    for (String b : bases) {
      names.add(b);
      for (String generic : GENERIC_WORDS) {
        names.add(b + " " + generic);
      }
    }
    return names;
  }
}
