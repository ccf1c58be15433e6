package org.annalist.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.core.testing.SharedData;
import org.annalist.dates.engine.Lexicon;
import org.annalist.dates.engine.TimexMention;
import org.annalist.dates.engine.TimexRecognizer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relative expressions of the seed articles, checked by hand. Seeds 000 and 004 carry their
 * date in a " date YYYY-MM-DD" header line; 001 and 002 have none, so their DCT is the day the
 * text itself gives (002's photo caption "Wednesday, Jan. 5, 2022"; 001 is the AFP story of 000,
 * and every value below is the same for a DCT of Jan. 6 or Jan. 7). 003 has no date at all and
 * shows the no-DCT policy.
 */
class SeedArticlesTest {

  private static final Logger LOG = LoggerFactory.getLogger(SeedArticlesTest.class);
  private static final TimexRecognizer RECOGNIZER = new TimexRecognizer(Lexicon.load("en"));
  private static final Pattern HEADER = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})");

  private record Expected(String text, int occurrence, String value) {}

  private static Expected e(String text, String value) {
    return new Expected(text, 1, value);
  }

  private static Expected e(String text, int occurrence, String value) {
    return new Expected(text, occurrence, value);
  }

  private static Path seed(String prefix) throws Exception {
    Path folder = SharedData.require("seeds");
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  private static LocalDate header(String text) {
    Matcher matcher = HEADER.matcher(text);
    return matcher.find() ? LocalDate.parse(matcher.group(1)) : null;
  }

  private static void check(String text, LocalDate dct, List<Expected> expected) {
    List<TimexMention> mentions = RECOGNIZER.recognize(text, dct);
    for (Expected want : expected) {
      int from = -1;
      for (int k = 0; k < want.occurrence(); k++) {
        from = text.indexOf(want.text(), from + 1);
        assertThat(from).as("text '%s' #%d", want.text(), want.occurrence()).isGreaterThanOrEqualTo(0);
      }
      int begin = from;
      int end = from + want.text().length();
      TimexMention found = mentions.stream()
          .filter(m -> m.begin() < end && begin < m.end()).findFirst()
          .orElseThrow(() -> new AssertionError("no timex covering '" + want.text() + "' at " + begin));
      assertThat(found.value()).as("'%s' #%d", want.text(), want.occurrence()).isEqualTo(want.value());
    }
  }

  @Test
  void seed000() throws Exception {
    String text = Files.readString(seed("000_"));
    LocalDate dct = header(text);
    assertThat(dct).isEqualTo(LocalDate.of(2022, 1, 7));
    check(text, dct, List.of(
        e("Wednesday", 1, "2022-01-05"),
        e("Monday", 1, "2022-01-03"),
        e("the second anniversary", "2022-01-03"),
        e("Wednesday", 2, "2022-01-05"),
        e("Tuesday", "2022-01-04"),
        // a statement quoted in Friday's story about Wednesday's attacks: Wednesday morning
        e("this morning", "2022-01-05TMO"),
        e("Jan. 3, 2020", "2020-01-03"),
        e("Five days after", "2020-01-08"),
        e("Wednesday", 3, "2022-01-05"),
        e("last year", "2021"),
        e("nearly two years ago", "2020"),
        e("yesterday", "2022-01-06"),
        e("Friday", 1, "2022-01-07"),
        e("Monday evening", "2022-01-03TEV"),
        e("Thursday", "2022-01-06"),
        e("Friday", 2, "2022-01-07")));
  }

  @Test
  void seed001() throws Exception {
    String text = Files.readString(seed("001_"));
    for (LocalDate dct : List.of(LocalDate.of(2022, 1, 6), LocalDate.of(2022, 1, 7))) {
      check(text, dct, List.of(
          e("Wednesday", 1, "2022-01-05"),
          e("Monday", 1, "2022-01-03"),
          e("Tuesday", "2022-01-04"),
          e("January 3, 2020", "2020-01-03"),
          e("Five days after", "2020-01-08"),
          e("Monday", 2, "2022-01-03"),
          e("early last month", "2021-12"),
          e("a day earlier", "2022-01-04")));
    }
  }

  @Test
  void seed002() throws Exception {
    String text = Files.readString(seed("002_"));
    check(text, LocalDate.of(2022, 1, 5), List.of(
        e("Wednesday, Jan. 5, 2022", "2022-01-05"),
        e("Wednesday while", "2022-01-05"),
        e("Later Wednesday", "2022-01-05"),
        e("Earlier Wednesday", "2022-01-05"),
        e("Monday", 1, "2022-01-03"),
        e("two years ago", "2020"),
        e("Wednesday evening", "2022-01-05TEV"),
        e("the end of the year", "2022"),
        e("Tuesday", "2022-01-04"),
        e("last month", 1, "2021-12")));
  }

  private static TimexRecognizer.Result inferred(String text) {
    return RECOGNIZER.recognize(text, List.of(new int[] {0, text.length()}), null, null,
        org.annalist.dates.engine.DocumentType.AUTO, true, null);
  }

  private static TimexMention first(String text, List<TimexMention> mentions, String words) {
    int at = text.indexOf(words);
    return mentions.stream().filter(m -> m.begin() <= at && at < m.end()).findFirst()
        .orElseThrow(() -> new AssertionError("no timex at '" + words + "'"));
  }

  @Test
  void undatedAfpSeedGetsItsDateFromTheAnniversaryAndItsWeekdays() throws Exception {
    String text = Files.readString(seed("001_"));
    assertThat(header(text)).isNull();
    TimexRecognizer.Result result = inferred(text);
    assertThat(result.inferred()).isNotNull();
    assertThat(result.inferred().date()).isBetween(LocalDate.of(2022, 1, 4), LocalDate.of(2022, 1, 7));
    assertThat(result.inferred().confidence()).isBetween(0.0, 1.0);
    TimexMention wednesday = first(text, result.mentions(), "Wednesday");
    assertThat(wednesday.value()).isEqualTo("2022-01-05");
    assertThat(wednesday.anchorSource()).isEqualTo("INFERRED");
    assertThat(first(text, result.mentions(), "a day earlier").value()).isEqualTo("2022-01-04");
  }

  @Test
  void undatedApSeedGetsItsDateFromThePhotoCaption() throws Exception {
    String text = Files.readString(seed("002_"));
    assertThat(header(text)).isNull();
    TimexRecognizer.Result result = inferred(text);
    assertThat(result.inferred()).isNotNull();
    assertThat(result.inferred().date()).isBetween(LocalDate.of(2022, 1, 4), LocalDate.of(2022, 1, 7));
    TimexMention wednesday = first(text, result.mentions(), "Wednesday while");
    assertThat(wednesday.value()).isEqualTo("2022-01-05");
    assertThat(wednesday.anchorSource()).isEqualTo("INFERRED");
    assertThat(first(text, result.mentions(), "Wednesday evening").value()).isEqualTo("2022-01-05TEV");
  }

  @Test
  void seed003WithoutDateStaysUnresolved() throws Exception {
    String text = Files.readString(seed("003_"));
    assertThat(header(text)).isNull();
    List<TimexMention> mentions = RECOGNIZER.recognize(text, null);
    assertThat(mentions).filteredOn(m -> text.substring(m.begin(), m.end()).equals("April 8"))
        .singleElement().satisfies(m -> {
          assertThat(m.value()).isEqualTo("XXXX-04-08");
          assertThat(m.anchorSource()).isEqualTo("UNRESOLVED");
        });
    check(text, null, List.of(
        e("January 3, 2020", "2020-01-03"),
        e("Two days after", "2020-01-05"),
        e("January 8, 2020", "2020-01-08"),
        e("Last week", "XXXX-WXX"),
        e("July 2015", "2015-07")));
  }

  @Test
  void seed004() throws Exception {
    String text = Files.readString(seed("004_"));
    LocalDate dct = header(text);
    assertThat(dct).isEqualTo(LocalDate.of(2020, 1, 8));
    check(text, dct, List.of(
        e("early Wednesday", "2020-01-08"),
        e("last week", "2020-W01"),
        e("1:30 a.m.", "2020-01-08T01:30"),
        e("2230 GMT Tuesday", "2020-01-07T22:30"),
        e("Friday", "2020-01-03"),
        e("Wednesday morning", "2020-01-08TMO"),
        e("December 2018", "2018-12"),
        e("later on Wednesday", "2020-01-08")));
  }

  @Test
  void throughputOnTheSeeds() throws Exception {
    List<String> texts = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (String prefix : List.of("000_", "001_", "002_", "003_", "004_")) {
      String text = Files.readString(seed(prefix));
      texts.add(text);
      dates.add(header(text));
    }
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    int rounds = 60;
    long start = cpu.getCurrentThreadCpuTime();
    int mentions = 0;
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < texts.size(); k++) {
        mentions += RECOGNIZER.recognize(texts.get(k), dates.get(k)).size();
      }
    }
    double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    LOG.info("seed throughput: {} articles per CPU second (single thread, {} articles, cold JIT)",
        Map.of("articles/s", Math.round(rounds * texts.size() / seconds)), rounds * texts.size());
    assertThat(mentions).isPositive();
  }
}
