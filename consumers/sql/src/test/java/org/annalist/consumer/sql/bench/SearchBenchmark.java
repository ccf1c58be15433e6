package org.annalist.consumer.sql.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.Dialect;
import org.annalist.consumer.sql.SqlConsumer;
import org.annalist.consumer.sql.query.Question;
import org.annalist.consumer.sql.query.ReadConnections;
import org.annalist.consumer.sql.search.CorpusSearch;
import org.annalist.consumer.sql.search.Facet;
import org.annalist.consumer.sql.search.SearchQuery;
import org.annalist.consumer.sql.search.SearchResult;
import org.annalist.core.testing.CasBuilder;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;

/**
 * How fast {@code annalist search} answers on a large database: generates a corpus of synthetic
 * news documents (Zipf-distributed made-up words plus topic words such as "rockets" in a few per
 * cent of the documents, 2-6 real places, dates in 2019-2024, quotes by 40 speakers), writes it
 * through the sql consumer (so with its full-text index), then times a word + place + date
 * search, warm, in one JVM, as the command runs it (facets and the facts of 10 hits included).
 *
 * <pre>
 * mvn -B -q -o verify -pl consumers/sql -am -DskipTests -Psearch-benchmark [-Dbenchmark.docs=100000]
 * </pre>
 */
public final class SearchBenchmark {

  private static final String[][] PLACES = {
      {"Baghdad", "98182", "33.34058", "44.40088"}, {"Erbil", "95446", "36.19257", "44.01062"},
      {"Mosul", "99072", "36.335", "43.11889"}, {"Basra", "99532", "30.50852", "47.7804"},
      {"Kirkuk", "94787", "35.46806", "44.39222"}, {"Iraq", "99237", "33.0", "44.0"},
      {"Tehran", "112931", "35.69439", "51.42151"}, {"Damascus", "170654", "33.5102", "36.29128"},
      {"Beirut", "276781", "33.89332", "35.50157"}, {"Amman", "250441", "31.95522", "35.94503"},
      {"Riyadh", "108410", "24.68773", "46.72185"}, {"Cairo", "360630", "30.06263", "31.24967"},
      {"Istanbul", "745044", "41.01384", "28.94966"}, {"Ankara", "323786", "39.91987", "32.85427"},
      {"Paris", "2988507", "48.85341", "2.3488"}, {"London", "2643743", "51.50853", "-0.12574"},
      {"Berlin", "2950159", "52.52437", "13.41053"}, {"Geneva", "2660646", "46.20222", "6.14569"},
      {"Washington", "4140963", "38.89511", "-77.03637"}, {"New York City", "5128581", "40.71427", "-74.00597"},
      {"Austin", "4671654", "30.26715", "-97.74306"}, {"Texas", "4736286", "31.25044", "-99.25061"},
      {"Moscow", "524901", "55.75222", "37.61556"}, {"Kyiv", "703448", "50.45466", "30.5238"},
      {"Beijing", "1816670", "39.9075", "116.39723"}, {"Tokyo", "1850147", "35.6895", "139.69171"},
      {"Delhi", "1273294", "28.65195", "77.23149"}, {"Karachi", "1174872", "24.8608", "67.0104"},
      {"Kabul", "1138958", "34.52813", "69.17233"}, {"Nairobi", "184745", "-1.28333", "36.81667"},
      {"Lagos", "2332459", "6.45407", "3.39467"}, {"Johannesburg", "993800", "-26.20227", "28.04363"},
      {"Brasilia", "3469058", "-15.77972", "-47.92972"}, {"Mexico City", "3530597", "19.42847", "-99.12766"},
      {"Sydney", "2147714", "-33.86785", "151.20732"}, {"Jakarta", "1642911", "-6.21462", "106.84513"}};
  private static final String[] TOPICS = {"rockets", "drones", "flood", "election", "protest", "drought",
      "ceasefire", "pipeline", "earthquake", "refugees", "inflation", "vaccine"};
  private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "on", "for", "said", "that",
      "with", "was", "by", "at", "from", "after", "officials", "government", "city", "people"};

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of("docs", "100000", "database",
        System.getProperty("java.io.tmpdir") + "/annalist-search-bench", "repeat", "30"));
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    int docs = Integer.parseInt(options.get("docs"));
    Path folder = Path.of(options.get("database"), "docs-" + docs);
    if (!Files.exists(folder.resolve("complete"))) {
      if (Files.exists(folder)) {
        try (var files = Files.walk(folder)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      generate(folder, docs);
      Files.writeString(folder.resolve("complete"), "generated\n");
    } else {
      System.out.println("reusing " + folder);
    }
    time(folder, "rockets", "Baghdad", null, "2022-01-01", "2022-06-30", Integer.parseInt(options.get("repeat")));
    time(folder, "rockets", "Baghdad", 150.0, "2022-01-01", "2022-06-30", Integer.parseInt(options.get("repeat")));
    time(folder, "\"officials said\" flood*", "Iraq", null, "2021-01-01", "2021-12-31",
        Integer.parseInt(options.get("repeat")));
  }

  private static void generate(Path folder, int docs) throws Exception {
    Files.createDirectories(folder);
    String[] vocabulary = vocabulary(5000, new Random(7));
    Random random = new Random(42);
    AnalysisEngine consumer = AnalysisEngineFactory.createEngine(SqlConsumer.class,
        SqlConsumer.PARAM_TARGET_LOCATION, folder.toString());
    long begin = System.nanoTime();
    for (int i = 0; i < docs; i++) {
      StringBuilder text = new StringBuilder();
      List<String[]> places = new ArrayList<>();
      int placeCount = 2 + random.nextInt(5);
      for (int p = 0; p < placeCount; p++) {
        places.add(PLACES[(int) Math.min(PLACES.length - 1, Math.abs(random.nextGaussian()) * 8)]);
      }
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      boolean onTopic = random.nextInt(100) < 3;
      int day = random.nextInt(6 * 365);
      String published = java.time.LocalDate.of(2019, 1, 1).plusDays(day).toString();
      String mentioned = java.time.LocalDate.of(2019, 1, 1).plusDays(Math.max(0, day - random.nextInt(30))).toString();
      text.append("From");
      for (String[] place : places) {
        text.append(' ').append(place[0]);
      }
      text.append(". On ").append(mentioned).append(" ");
      int words = 150 + random.nextInt(300);
      for (int w = 0; w < words; w++) {
        if (w % 40 == 5) {
          text.append(places.get(w / 40 % places.size())[0]).append(' ');
        } else if (onTopic && w % 50 == 9) {
          text.append(topic).append(' ');
        } else if (random.nextInt(3) == 0) {
          text.append(FUNCTION[random.nextInt(FUNCTION.length)]).append(' ');
        } else {
          text.append(vocabulary[zipf(random, vocabulary.length)]).append(' ');
        }
        if (w % 17 == 16) {
          text.setLength(text.length() - 1);
          text.append(". ");
        }
      }
      String speaker = "Speaker " + (char) ('A' + random.nextInt(20)) + " " + (char) ('A' + random.nextInt(2));
      String quote = "We will not " + vocabulary[zipf(random, vocabulary.length)] + " the "
          + (onTopic ? topic : vocabulary[zipf(random, vocabulary.length)]) + " again,";
      text.append('"').append(quote).append("\" said ").append(speaker).append('.');
      CasBuilder cas = new CasBuilder("gen-" + i, text.toString()).published(published)
          .timex(mentioned, mentioned)
          .quote(quote, "said", speaker, speaker);
      for (String[] place : places) {
        cas.place(place[0], Long.parseLong(place[1]), Double.parseDouble(place[2]), Double.parseDouble(place[3]));
      }
      consumer.process(cas.build());
      if (i % 1000 == 999) {
        consumer.batchProcessComplete();
      }
      if (i % 10000 == 9999) {
        System.out.printf("%d documents written (%.0f s)%n", i + 1, (System.nanoTime() - begin) / 1e9);
      }
    }
    consumer.collectionProcessComplete();
    consumer.destroy();
    System.out.printf("%d documents written to %s in %.0f s%n", docs, folder, (System.nanoTime() - begin) / 1e9);
  }

  private static void time(Path folder, String words, String place, Double withinKm, String from, String to,
      int repeat) throws Exception {
    DatabaseTarget target = DatabaseTarget.resolve(folder.toString());
    SearchQuery query = SearchQuery.parse(words);
    Question filters = new Question(null, place, withinKm, from, to, List.of(), 10);
    CorpusSearch.Request request = new CorpusSearch.Request(query, filters, CorpusSearch.HitType.any, 10, 1,
        EnumSet.allOf(Facet.class));
    try (Connection connection = ReadConnections.open(target, null)) {
      SearchResult result = null;
      long[] nanos = new long[repeat];
      for (int warm = 0; warm < 5; warm++) {
        result = new CorpusSearch(connection, Dialect.SQLITE).search(request);
      }
      for (int r = 0; r < repeat; r++) {
        long begin = System.nanoTime();
        result = new CorpusSearch(connection, Dialect.SQLITE).search(request);
        nanos[r] = System.nanoTime() - begin;
      }
      Arrays.sort(nanos);
      System.out.printf("search %s --place %s%s --from %s --to %s: %d hits in %d documents; warm median %.1f ms,"
          + " p90 %.1f ms, min %.1f ms (%d runs)%n", words, place, withinKm == null ? "" : " --within-km " + withinKm,
          from, to, result.total(), result.documents(), nanos[repeat / 2] / 1e6, nanos[repeat * 9 / 10] / 1e6,
          nanos[0] / 1e6, repeat);
    }
  }

  private static int zipf(Random random, int size) {
    // inverse of a 1/rank distribution: rank = size^u - 1
    return (int) Math.min(size - 1, Math.floor(Math.pow(size, random.nextDouble()) - 1));
  }

  private static String[] vocabulary(int size, Random random) {
    String consonants = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      StringBuilder word = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(5)));
      }
      words[i] = word.toString() + i;
    }
    return words;
  }
}
