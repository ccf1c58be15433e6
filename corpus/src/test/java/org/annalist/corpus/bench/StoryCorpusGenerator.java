package org.annalist.corpus.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusDocument.PersonMention;
import org.annalist.corpus.CorpusDocument.PlaceMention;
import org.annalist.corpus.CorpusDocument.QuoteMention;
import org.annalist.corpus.CorpusDocument.TimeMention;

/**
 * A generated, labelled news corpus for the story, quote and people steps: events, each with a day,
 * one or two places, two named people, its own words and quotes, reported by one to eight documents
 * published on the event's day or up to three days later. Hard cases are built in: every event shares
 * a topic vocabulary with many others (attack, rocket, base, ...), three events in ten are a later event
 * of the same kind at the same place (half the words shared, 8 to 67 days later), people share surnames, and reports cut quotes, change their quotation marks and add ellipses.
 * Deterministic for a given seed. The labels ({@link #gold()}) are the events.
 */
public final class StoryCorpusGenerator {

  private static final String[] TOPIC = ("attack rocket base militia forces troops drone strike official military"
      + " government security coalition casualties damage fired missile border minister president protest"
      + " election vote parliament economy market flood storm fire police court").split(" ");
  private static final String[] GIVEN = ("John Jane Ahmed Maria Omar Li Anna Carlos Fatima David Sara Ivan Noor"
      + " Peter Leila Hassan Emma Yusuf Olga Mark").split(" ");
  private static final String[] SURNAMES = ("Smith Kirby Hassan Garcia Chen Ali Novak Brennan Haddad Khan"
      + " Rossi Silva Kowalski Tanaka Nguyen Ahmadi Jensen Costa Murphy Weber").split(" ");
  private static final String[] ROLES = {"spokesman", "minister", "commander", "governor", "press secretary", "analyst"};

  private record Earlier(List<String> words, long place, LocalDate day) {}

  private final List<Earlier> earlier = new ArrayList<>();
  private final Random random;
  private final List<CorpusDocument> documents = new ArrayList<>();
  private final Map<String, String> gold = new LinkedHashMap<>();

  /** Generates at least {@code documentCount} documents (whole events, so a few more). */
  public StoryCorpusGenerator(int documentCount, long seed) {
    this.random = new Random(seed);
    LocalDate start = LocalDate.of(2019, 1, 1);
    int places = Math.max(20, documentCount / 50);
    for (int event = 0; documents.size() < documentCount; event++) {
      generateEvent(event, start.plusDays(random.nextInt(3 * 365)), places);
    }
  }

  public List<CorpusDocument> documents() {
    return documents;
  }

  /** Document id to event label. */
  public Map<String, String> gold() {
    return gold;
  }

  private void generateEvent(int event, LocalDate day, int placePool) {
    String label = "event-" + event;
    List<String> words = new ArrayList<>();
    long place = 1_000_000L + random.nextInt(placePool);
    if (!earlier.isEmpty() && random.nextInt(10) < 3) {
      // a hard negative: a later event of the same kind at the same place, sharing half its words
      Earlier sibling = earlier.get(random.nextInt(earlier.size()));
      words.addAll(sibling.words().subList(0, 6));
      place = sibling.place();
      day = sibling.day().plusDays(8 + random.nextInt(60));
    }
    while (words.size() < 12) {
      words.add(pseudoWord());
    }
    earlier.add(new Earlier(words, place, day));
    long secondPlace = 1_000_000L + random.nextInt(placePool);
    String[] people = new String[2];
    String[] roles = new String[2];
    for (int p = 0; p < 2; p++) {
      people[p] = GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
      roles[p] = ROLES[random.nextInt(ROLES.length)];
    }
    List<String> quotes = new ArrayList<>();
    for (int q = 0; q < 3; q++) {
      quotes.add(sentence(words, 14));
    }
    int reports = 1 + Math.min(7, (int) (-Math.log(1 - random.nextDouble()) * 2));
    for (int r = 0; r < reports; r++) {
      String id = String.format("doc-%07d", documents.size());
      LocalDate published = day.plusDays(random.nextInt(4));
      StringBuilder text = new StringBuilder();
      List<PersonMention> persons = new ArrayList<>();
      List<QuoteMention> quoteMentions = new ArrayList<>();
      for (int s = 0; s < 6; s++) {
        text.append(sentence(words, 12)).append(". ");
      }
      for (int p = 0; p < 2; p++) {
        String mention = (random.nextBoolean() ? roles[p] + " " : "") + people[p];
        int begin = text.length();
        text.append(mention).append(" was there. ");
        persons.add(new PersonMention(mention, people[p], roles[p], begin, begin + mention.length()));
      }
      for (int q = 0; q < quotes.size(); q++) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        String quote = variant(quotes.get(q));
        int begin = text.length();
        text.append('"').append(quote).append("\" said ").append(people[q % 2]).append(". ");
        quoteMentions.add(new QuoteMention(quoteMentions.size(), quote, true, people[q % 2], people[q % 2],
            roles[q % 2], begin + 1, begin + 1 + quote.length()));
      }
      List<PlaceMention> placeMentions = new ArrayList<>();
      placeMentions.add(new PlaceMention("Place" + place, place, "XX", 30.0, 40.0));
      if (random.nextBoolean()) {
        placeMentions.add(new PlaceMention("Place" + secondPlace, secondPlace, "XX", 31.0, 41.0));
      }
      List<TimeMention> times = List.of(new TimeMention("on that day", day.toString(), day.toString(), day.toString()));
      String title = sentence(words, 7);
      documents.add(new CorpusDocument(id, title, published.toString(), text.toString(), times, placeMentions,
          persons, quoteMentions));
      gold.put(id, label);
    }
  }

  /** A report's form of a quote: cut at either end, other quotation marks inside, or an ellipsis. */
  private String variant(String quote) {
    String[] words = quote.split(" ");
    switch (random.nextInt(4)) {
      case 0:
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - 3));
      case 1:
        return String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length));
      case 2:
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, 5)) + " ... "
            + String.join(" ", java.util.Arrays.copyOfRange(words, 8, words.length));
      default:
        words[3] = "‘" + words[3] + "’";
        return String.join(" ", words) + ",";
    }
  }

  /** Words mostly from the event, some from the shared topic vocabulary, a few new. */
  private String sentence(List<String> eventWords, int length) {
    StringBuilder sentence = new StringBuilder();
    for (int w = 0; w < length; w++) {
      if (w > 0) {
        sentence.append(' ');
      }
      int pick = random.nextInt(10);
      if (pick < 5) {
        sentence.append(eventWords.get(random.nextInt(eventWords.size())));
      } else if (pick < 9) {
        sentence.append(TOPIC[random.nextInt(TOPIC.length)]);
      } else {
        sentence.append(pseudoWord());
      }
    }
    return sentence.toString();
  }

  private String pseudoWord() {
    String consonants = "bcdfghjklmnprstvz";
    String vowels = "aeiou";
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      word.append(consonants.charAt(random.nextInt(consonants.length())));
      word.append(vowels.charAt(random.nextInt(vowels.length())));
    }
    return word.toString();
  }
}
