package org.annalist.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.GazetteerBuilder;
import org.annalist.geo.gazetteer.GeoNamesTsv;
import org.annalist.geo.gazetteer.NameVariants;

/**
 * A small gazetteer for unit tests, in GeoNames' TSV format. Ids, coordinates and populations are
 * made up for the tests (rounded, roughly in the right part of the world); they are not GeoNames data.
 */
final class TinyGazetteer {

  /** id, name, asciiname, alternates, lat, lon, class, code, cc, admin1, population. */
  static final String[][] ROWS = {
      {"1", "France", "France", "", "46", "2", "A", "PCLI", "FR", "", "60000000"},
      {"2", "United States", "United States", "", "39", "-98", "A", "PCLI", "US", "", "300000000"},
      {"3", "Iraq", "Iraq", "", "33", "44", "A", "PCLI", "IQ", "", "26000000"},
      {"4", "Jordan", "Jordan", "", "31", "36", "A", "PCLI", "JO", "", "6000000"},
      {"5", "Iran", "Iran", "", "32", "53", "A", "PCLI", "IR", "", "40000000"},
      {"6", "Russia", "Russia", "", "60", "100", "A", "PCLI", "RU", "", "140000000"},
      {"10", "Texas", "Texas", "", "31", "-99", "A", "ADM1", "US", "TX", "25000000"},
      {"11", "Illinois", "Illinois", "", "40", "-89", "A", "ADM1", "US", "IL", "12000000"},
      {"12", "Missouri", "Missouri", "", "38.5", "-92.5", "A", "ADM1", "US", "MO", "6000000"},
      {"13", "Anbar", "Anbar", "Al Anbar", "33", "42", "A", "ADM1", "IQ", "01", "1500000"},
      {"15", "New York", "New York", "", "43", "-75.5", "A", "ADM1", "US", "NY", "19000000"},
      {"14", "District of Columbia", "District of Columbia", "", "38.9", "-77", "A", "ADM1", "US", "DC", "700000"},
      {"20", "Paris", "Paris", "Lutetia", "48.85", "2.35", "P", "PPLC", "FR", "11", "2100000"},
      {"21", "Paris", "Paris", "", "33.66", "-95.55", "P", "PPLA2", "US", "TX", "25000"},
      {"22", "Springfield", "Springfield", "", "39.8", "-89.64", "P", "PPLA", "US", "IL", "115000"},
      {"23", "Springfield", "Springfield", "", "37.2", "-93.3", "P", "PPLA2", "US", "MO", "165000"},
      {"24", "Washington", "Washington", "Washington D.C.", "38.9", "-77.04", "P", "PPLC", "US", "DC", "690000"},
      {"25", "Tehran", "Tehran", "Teheran", "35.7", "51.4", "P", "PPLC", "IR", "26", "7000000"},
      {"26", "Moscow", "Moscow", "Moskva", "55.75", "37.6", "P", "PPLC", "RU", "48", "10000000"},
      {"27", "Ar Ramadi", "Ar Ramadi", "Ramadi", "33.4", "43.3", "P", "PPLA", "IQ", "01", "220000"},
      {"28", "Kirby", "Kirby", "", "29.46", "-98.39", "P", "PPL", "US", "TX", "8000"},
      {"29", "Police", "Police", "", "53.55", "14.57", "P", "PPL", "PL", "78", "33000"},
      {"31", "Durant", "Durant", "", "33.99", "-96.37", "P", "PPLA2", "US", "OK", "18000"},
      {"32", "New York City", "New York City", "New York", "40.71", "-74.01", "P", "PPL", "US", "NY", "8800000"},
      {"33", "The Bronx", "The Bronx", "Bronx", "40.85", "-73.87", "P", "PPLA2", "US", "NY", "1400000"},
      {"30", "Baghdad", "Baghdad", "", "33.34", "44.4", "P", "PPLC", "IQ", "07", "7000000"},
      {"8", "Mexico", "Mexico", "", "23", "-102", "A", "PCLI", "MX", "", "120000000"},
      {"16", "Mexico", "Mexico", "Estado de Mexico", "19.35", "-99.63", "A", "ADM1", "MX", "15", "15000000"},
      {"7", "United Kingdom", "United Kingdom", "", "54", "-2", "A", "PCLI", "GB", "", "60000000"},
      {"40", "Newcastle", "Newcastle", "", "54.97", "-1.6", "P", "PPLA2", "GB", "ENG", "300000"},
      {"41", "Newcastle", "Newcastle", "", "-27.76", "29.93", "P", "PPLA2", "ZA", "02", "4000000"},
      {"9", "Canada", "Canada", "", "60", "-95", "A", "PCLI", "CA", "", "38000000"},
      {"17", "Ontario", "Ontario", "", "50", "-85", "A", "ADM1", "CA", "08", "14000000"},
      {"18", "South Korea", "South Korea", "", "36.5", "127.75", "A", "PCLI", "KR", "", "51000000"},
      {"42", "London", "London", "", "51.5", "-0.13", "P", "PPLC", "GB", "ENG", "8900000"},
      {"43", "London", "London", "", "42.98", "-81.23", "P", "PPLA2", "CA", "08", "380000"},
      {"44", "Austin", "Austin", "", "30.27", "-97.74", "P", "PPLA", "US", "TX", "950000"},
      {"45", "Travis", "Travis", "", "38.27", "-121.93", "P", "PPL", "US", "CA", "9000"},
      {"46", "Rio Grande", "Rio Grande", "", "26.38", "-98.82", "P", "PPL", "US", "TX", "4000"},
      {"50", "Kentucky", "Kentucky", "", "37.5", "-85", "A", "ADM1", "US", "KY", "4500000"},
      {"51", "Barry", "Barry", "", "51.4", "-3.27", "P", "PPLA2", "GB", "WLS", "50000"},
      {"52", "Sandberg", "Sandberg", "", "30.5", "-97.9", "P", "PPL", "US", "TX", "60000"},
      {"53", "Edmonton", "Edmonton", "", "53.55", "-113.5", "P", "PPLA", "CA", "01", "1000000"},
      {"54", "Australia", "Australia", "", "-25", "135", "A", "PCLI", "AU", "", "25000000"},
      {"55", "New Zealand", "New Zealand", "", "-41", "174", "A", "PCLI", "NZ", "", "5000000"},
      {"56", "Australia and New Zealand", "Australia and New Zealand", "", "-30", "150", "L", "RGN", "", "", "0"},
      {"58", "Free State", "Free State", "", "-28.5", "26.5", "A", "ADM1", "ZA", "03", "2800000"},
      {"59", "Don", "Don", "", "47", "2", "P", "PPL", "FR", "11", "150000"},
      {"60", "Nina", "Nina", "", "-10", "-70", "P", "PPL", "PE", "", "120000"},
      {"61", "Wing", "Wing", "", "51.9", "-0.7", "P", "PPL", "GB", "ENG", "6000"},
      {"62", "St George", "St George", "", "51.45", "-2.55", "P", "PPL", "GB", "ENG", "20000"},
      {"57", "Tehran", "Tehran", "Tehran Province", "35.6", "51.6", "A", "ADM1", "IR", "26", "13000000"},
  };

  private TinyGazetteer() {}

  static String tsv() {
    StringBuilder tsv = new StringBuilder();
    for (String[] r : ROWS) {
      // id name ascii alternates lat lon class code cc cc2 admin1 admin2 admin3 admin4 pop elev dem tz date
      tsv.append(String.join("\t", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], "", r[9],
          "", "", "", r[10], "", "0", "UTC", "2020-01-01")).append('\n');
    }
    return tsv.toString();
  }

  static Gazetteer build() {
    GazetteerBuilder builder = new GazetteerBuilder();
    builder.admin1Name("US.TX", "Texas");
    builder.admin1Name("US.IL", "Illinois");
    builder.admin1Name("US.MO", "Missouri");
    builder.admin1Name("US.NY", "New York");
    builder.admin1Name("IQ.01", "Anbar");
    builder.admin1Name("MX.15", "Mexico");
    builder.admin1Name("CA.08", "Ontario");
    builder.admin1Name("US.KY", "Kentucky");
    builder.admin1Name("IR.26", "Tehran");
    builder.admin1Name("ZA.03", "Free State");
    try (BufferedReader reader = new BufferedReader(new StringReader(tsv()))) {
      GeoNamesTsv.read(reader, (place, alternates) -> {
        int index = builder.add(place);
        for (String name : alternates.split(",")) {
          builder.addName(index, name);
        }
        if ("ADM1".equals(place.featureCode())) {
          for (String name : NameVariants.ofDivision(place.name(), place.countryCode())) {
            builder.addName(index, name);
          }
        }
      });
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return builder.build();
  }
}
