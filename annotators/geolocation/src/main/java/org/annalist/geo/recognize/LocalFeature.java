package org.annalist.geo.recognize;

import java.util.Map;

/**
 * The kind of a named feature that the gazetteer does not hold, read from its generic word ("Dunnock
 * Close", "Lake Travis", "Colorado River", "Korean Peninsula"): its GeoNames feature class and code,
 * and the level of the place that locates it (a street lies in a town, a river in a division, a
 * peninsula in a country).
 */
public record LocalFeature(char featureClass, String featureCode, Scope scope) {

  /** The level of the document's places that a feature of this kind is located by. */
  public enum Scope { TOWN, DIVISION, COUNTRY }

  /** Generic words written after the name: "Church Street", "Rio Grande Valley". */
  static final Map<String, LocalFeature> AFTER_NAME = Map.ofEntries(
      Map.entry("Street", road("ST")), Map.entry("Road", road("RD")), Map.entry("Avenue", road("ST")),
      Map.entry("Boulevard", road("ST")), Map.entry("Lane", road("RD")), Map.entry("Drive", road("RD")),
Map.entry("Close", road("ST")), Map.entry("Way", road("RD")), Map.entry("Terrace", road("ST")), Map.entry("Parkway", road("RD")),
      Map.entry("Square", new LocalFeature('S', "SQR", Scope.TOWN)),
      Map.entry("Hospital", spot("HSP")), Map.entry("Church", spot("CH")), Map.entry("Cathedral", spot("CH")),
      Map.entry("Mosque", spot("MSQE")), Map.entry("Temple", spot("TMPL")), Map.entry("Museum", spot("MUS")),
      Map.entry("Theatre", spot("THTR")), Map.entry("Theater", spot("THTR")), Map.entry("Stadium", spot("STDM")),
      Map.entry("Arena", spot("STDM")), Map.entry("Hotel", spot("HTL")), Map.entry("Mall", spot("MALL")),
      Map.entry("Library", spot("LIBR")), Map.entry("Cemetery", spot("CMTY")), Map.entry("Bridge", spot("BDG")),
      Map.entry("Palace", spot("PAL")), Map.entry("Castle", spot("CSTL")), Map.entry("Prison", spot("PRN")),
      Map.entry("Park", new LocalFeature('L', "PRK", Scope.TOWN)),
      Map.entry("Lake", new LocalFeature('H', "LK", Scope.TOWN)),
      Map.entry("River", new LocalFeature('H', "STM", Scope.DIVISION)),
      Map.entry("Creek", new LocalFeature('H', "STM", Scope.DIVISION)),
      Map.entry("Falls", new LocalFeature('H', "FLLS", Scope.DIVISION)),
      Map.entry("Bay", new LocalFeature('H', "BAY", Scope.DIVISION)),
      Map.entry("Valley", new LocalFeature('T', "VAL", Scope.DIVISION)),
      Map.entry("Canyon", new LocalFeature('T', "CNYN", Scope.DIVISION)),
      Map.entry("Mountains", new LocalFeature('T', "MTS", Scope.DIVISION)),
      Map.entry("Hills", new LocalFeature('T', "HLLS", Scope.DIVISION)),
      Map.entry("Island", new LocalFeature('T', "ISL", Scope.DIVISION)),
      Map.entry("Peninsula", new LocalFeature('T', "PEN", Scope.COUNTRY)),
      Map.entry("Desert", new LocalFeature('T', "DSRT", Scope.COUNTRY)),
      Map.entry("Coast", new LocalFeature('L', "CST", Scope.COUNTRY)),
      Map.entry("Sea", new LocalFeature('H', "SEA", Scope.COUNTRY)),
      Map.entry("Ocean", new LocalFeature('H', "OCN", Scope.COUNTRY)));

  /** Generic words written before the name: "Lake Travis", "Mount Royal", "Gulf of Mexico". */
  static final Map<String, LocalFeature> BEFORE_NAME = Map.of(
      "Lake", new LocalFeature('H', "LK", Scope.TOWN),
      "Mount", new LocalFeature('T', "MT", Scope.DIVISION),
      "Mt", new LocalFeature('T', "MT", Scope.DIVISION),
      "Gulf", new LocalFeature('H', "GULF", Scope.COUNTRY),
      "Sea", new LocalFeature('H', "SEA", Scope.COUNTRY),
      "Bay", new LocalFeature('H', "BAY", Scope.DIVISION));

  private static LocalFeature road(String code) {
    return new LocalFeature('R', code, Scope.TOWN);
  }

  private static LocalFeature spot(String code) {
    return new LocalFeature('S', code, Scope.TOWN);
  }
}
