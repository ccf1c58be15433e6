package org.annalist.geo.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.NameKey;
import org.annalist.geo.gazetteer.NameVariants;
import org.annalist.geo.lexicon.PlaceLexicon;

/**
 * Finds toponyms by hashed look-up of capitalised token n-grams (longest first) in the gazetteer
 * and the lexicon, then rejects what is more likely an ordinary word or part of a person's name.
 * Linear in the text length: each start token tries at most {@link #MAX_WORDS} look-ups.
 */
public final class ToponymRecognizer {

  static final int MAX_WORDS = 6;
  /** Candidates are kept in order of prominence; beyond this many none would win. */
  static final int MAX_CANDIDATES = 40;
  /** Below this population a place is recognised under its main name only. */
  static final long ALIAS_MIN_POPULATION = 100_000;

  private static final Set<String> CONNECTORS = Set.of(
      "of", "de", "del", "della", "la", "le", "les", "al", "el", "on", "upon", "the", "and", "da",
      "di", "do", "dos", "das", "des", "du", "y", "en", "sur", "am", "an", "im", "bin", "ibn",
      "ul", "van", "von", "der", "den", "ad", "ar", "as", "ash", "at", "au", "aux", "es", "ez",
      "in");

  /** Words after which a capitalised name is a street's, not a place's. */
  private static final Set<String> STREET_WORDS = Set.of(
      "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Drive");

  /**
   * Words after which a capitalised name is a building's or venue's ("Trump Tower", "Rogers
   * Centre", "Liverpool Academy"): the building is not the place, and often not even in it.
   */
  private static final Set<String> BUILDING_WORDS = Set.of(
      "Tower", "Towers", "Centre", "Center", "Academy", "Chapel", "Cathedral", "Stadium", "Arena",
      "Hospital", "Hotel", "Museum", "Theatre", "Theater", "Mall", "Plaza", "Library");

  /**
   * Words after which a name is a place, not a person ("in Jordan", "visited Jordan"); not "to"
   * or "from", which also come before people ("said to Bolton", "a letter from Bolton").
   */
  private static final Set<String> LOCATIVE_WORDS = Set.of(
      "in", "into", "across", "throughout", "near", "visit", "visited", "visiting", "visits");

  /** Verbs of speech that people use and places seldom do, even metonymically. */
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "told", "tells", "added", "adds", "explained", "explains", "recalled",
      "recalls", "admitted", "admits", "tweeted", "tweets", "wrote", "writes", "reiterated",
      "reiterates", "replied", "replies", "asked", "asks", "laughed", "thought", "continued");

  /** "who was from Dewsbury said": a name after these is a place even before a speech verb. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "in", "at", "from", "of", "to", "near", "into", "across", "outside", "throughout");

  /** Lower-case particles inside personal names. */
  private static final Set<String> SURNAME_PARTICLES = Set.of(
      "de", "van", "von", "da", "di", "du", "le", "la", "bin", "ibn", "dos", "del", "der");

  /** Words that make the name before them an organisation's ("Quds Force"). */
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "Force", "Forces", "Brigade", "Brigades", "Army", "Corps", "Party", "Front", "Movement",
      "Committee", "Council", "Company", "Group", "Bank", "University", "College");

  /** Generic words of place names ("Jordan Valley", "Victoria Falls"). */
  private static final Set<String> PLACE_GENERICS = Set.of(
      "valley", "river", "city", "county", "lake", "mountain", "mountains", "hills", "island",
      "islands", "bay", "beach", "park", "falls", "springs", "heights", "harbor", "harbour",
      "creek", "station", "province", "state", "region", "district", "airport", "square");

  /**
   * Natural features named after a place or people but lying elsewhere ("Korean Peninsula",
   * "Nile Delta", "Gulf of Mexico"): the name inside them is not a mention of that place.
   */
  private static final Set<String> FEATURE_HEADS = Set.of(
      "Ocean", "Sea", "Gulf", "Bay", "Strait", "Straits", "Channel", "Peninsula", "Delta",
      "River", "Basin", "Desert", "Canal", "Mountains");

  /** Words naming a second-level division after the name before them ("Metcalfe County"). */
  private static final Set<String> COUNTY_WORDS = Set.of("County", "Parish", "COUNTY");

  /** Arabic articles written in lower case before a capitalised name: al-Asad, el-Arish. */
  private static final Set<String> LOWER_ARTICLES = Set.of(
      "al", "el", "ad", "ar", "as", "ash", "at", "an", "az", "ath");

  private final Gazetteer gazetteer;
  private final PlaceLexicon lexicon;

  public ToponymRecognizer(Gazetteer gazetteer, PlaceLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** Toponyms in text[from, to), in text order. */
  public List<Mention> recognize(String text, int from, int to, Set<String> personNames) {
    Tokens tokens = new Tokens(text, from, to);
    List<Mention> mentions = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    int t = 0;
    while (t < tokens.size) {
      if (!startable(tokens, t)) {
        t++;
        continue;
      }
      int bestEnd = -1;
      String bestKey = null;
      PlaceLexicon.Entry bestLexicon = null;
      key.setLength(0);
      int limit = Math.min(tokens.size, t + MAX_WORDS);
      for (int u = t; u < limit; u++) {
        if (u > t && !joinable(tokens, u)) {
          break;
        }
        if (u > t) {
          key.append(' ');
        }
        NameKey.appendFolded(tokens.text.subSequence(tokens.begin[u], tokens.end[u]), key);
        if (!tokens.capitalised(u)) {
          continue;
        }
        String k = key.toString();
        PlaceLexicon.Entry entry = lexicon.get(k);
        if (entry != null || gazetteer.contains(k)) {
          bestEnd = u;
          bestKey = k;
          bestLexicon = entry;
        }
      }
      if (bestEnd >= t && bestLexicon == null && bestEnd + 1 < tokens.size
          && tokens.capitalised(bestEnd + 1) && tokens.gapBefore(bestEnd + 1).equals(", ")) {
        Object[] withComma = commaForm(tokens, bestEnd, bestKey);
        if (withComma != null) {
          bestEnd = (Integer) withComma[0];
          bestKey = (String) withComma[1];
        }
      }
      if (bestEnd > t && bestLexicon == null && bestKey.contains(" and ")) {
        Object[] first = firstOfRegionPair(tokens, t, bestEnd, bestKey);
        if (first != null) {
          bestEnd = (Integer) first[0];
          bestKey = (String) first[1];
          bestLexicon = lexicon.get(bestKey);
        }
      }
      if (bestEnd > t && tokens.word(bestEnd).equals("State") && bestLexicon == null
          && !(bestEnd + 1 < tokens.size && ORGANISATION_WORDS.contains(tokens.word(bestEnd + 1)))) {
        String shorter = institutionOfUsState(bestKey);
        if (shorter != null) {
          bestEnd--;
          bestKey = shorter;
          bestLexicon = lexicon.get(shorter);
        }
      }
      Mention feature = localFeature(tokens, t);
      if (feature != null && feature.end > (bestEnd < 0 ? -1 : tokens.end[bestEnd])) {
        // "Rio Grande Valley", "Lake Travis", "Dunnock Close": the whole feature name, not the
        // place name inside it
        mentions.add(feature);
        while (t < tokens.size && tokens.begin[t] < feature.end) {
          t++;
        }
        continue;
      }
      int spanStart = t;
      if (bestEnd == t && t + 2 < tokens.size
          && LOWER_ARTICLES.contains(tokens.word(t + 1).toLowerCase(Locale.ROOT))
          && tokens.gapBefore(t + 1).equals(" ")) {
        // "Ain al-Asad": a longer name starting at the article beats the first word alone
        Object[] longer = longestMatch(tokens, t + 1, key);
        if (longer != null) {
          bestEnd = (Integer) longer[0];
          bestKey = (String) longer[1];
          bestLexicon = (PlaceLexicon.Entry) longer[2];
          spanStart = t + 1;
        }
      }
      if (bestEnd < 0) {
        t++;
        continue;
      }
      Mention mention = accept(tokens, spanStart, bestEnd, bestKey, bestLexicon, mentions, personNames);
      if (mention != null) {
        mention.allCaps = mention.surface.equals(mention.surface.toUpperCase(Locale.ROOT))
            && mention.surface.length() > 3;
        mention.namesCounty = bestEnd + 1 < tokens.size
            && tokens.gapBefore(bestEnd + 1).equals(" ")
            && COUNTY_WORDS.contains(tokens.word(bestEnd + 1));
        mentions.add(mention);
        t = bestEnd + 1;
      } else {
        t++;
      }
    }
    dropPersonNamePairs(mentions, text, personNames);
    addPostalQualifiers(tokens, mentions);
    return mentions;
  }

  /**
   * "Washington, D.C.": a name the gazetteer holds with a comma inside it, as one of the names of
   * a place the words before the comma name. {end token, key} of the longer name, or null.
   */
  private Object[] commaForm(Tokens tokens, int last, String key) {
    int[] shorter = gazetteer.lookup(key);
    StringBuilder longer = new StringBuilder(key);
    for (int u = last + 1; u < tokens.size && u <= last + 3; u++) {
      if (u > last + 1 && !joinable(tokens, u)) {
        return null;
      }
      longer.append(' ');
      NameKey.appendFolded(tokens.text.subSequence(tokens.begin[u], tokens.end[u]), longer);
      String k = longer.toString();
      if (gazetteer.contains(k)) {
        for (int e : gazetteer.lookup(k)) {
          for (int c : shorter) {
            if (c == e) {
              return new Object[] {u, k};
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * "Australia and New Zealand" names a world region, but in a sentence ("competitors including
   * Australia and New Zealand") it names two countries: a region's name made of two country
   * names joined by "and" is read as the first country (the second is found on its own).
   * {end token, key} of the first name, or null.
   */
  private Object[] firstOfRegionPair(Tokens tokens, int t, int last, String key) {
    for (int e : gazetteer.lookup(key)) {
      if (gazetteer.featureClass(e) != 'L') {
        return null;
      }
    }
    int and = -1;
    for (int u = t + 1; u < last; u++) {
      if (tokens.word(u).equals("and")) {
        and = u;
        break;
      }
    }
    if (and < 0) {
      return null;
    }
    String first = key.substring(0, key.indexOf(" and "));
    String second = key.substring(key.indexOf(" and ") + 5);
    return namesCountry(first) && namesCountry(second) ? new Object[] {and - 1, first} : null;
  }

  private boolean namesCountry(String key) {
    PlaceLexicon.Entry entry = lexicon.get(key);
    for (int e : entry != null ? entry.places() : gazetteer.lookup(key)) {
      if (gazetteer.isCountry(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Kentucky State Police", "Mississippi State" (a university and its teams), "Colorado State
   * forecasters": in the United States a state is not called "X State"; the words name an
   * institution of the state, and the place in them is the state's name alone. The key of that
   * shorter name, or null when "X State" is read as it stands: outside the United States ("Borno
   * State", "Kachin State") and where X alone is also a large city ("New York State", "Washington
   * State" tell the state from the city).
   */
  private String institutionOfUsState(String key) {
    int[] whole = gazetteer.lookup(key);
    if (whole.length == 0 || !key.endsWith(" state")) {
      return null;
    }
    for (int e : whole) {
      if (!gazetteer.isAdmin1(e) || !"US".equals(gazetteer.countryCode(e))
          || NameKey.of(gazetteer.name(e)).equals(key)) {
        return null;
      }
    }
    String shorter = key.substring(0, key.length() - " state".length());
    int[] readings = gazetteer.lookup(shorter);
    boolean division = false;
    for (int e : readings) {
      if (gazetteer.featureClass(e) == 'P' && gazetteer.population(e) >= 100_000) {
        return null;
      }
      division |= gazetteer.isAdmin1(e);
    }
    return division ? shorter : null;
  }

  /**
   * A named street, building or natural feature starting at token t: up to three capitalised
   * words before a generic word ("King Edward Street", "Rio Grande Valley", "Royal Victoria
   * Hospital") or after one ("Lake Travis", "Mount Royal", "Gulf of Mexico"); null when there is
   * none. Names made only of ordinary words at a sentence start ("Police Station") are left out.
   */
  private Mention localFeature(Tokens tokens, int t) {
    if (!tokens.capitalised(t) || tokens.allCaps(t)) {
      return null;
    }
    LocalFeature before = LocalFeature.BEFORE_NAME.get(tokens.word(t));
    if (before != null && t + 1 < tokens.size) {
      int u = t + 1;
      String gap = tokens.gapBefore(u);
      boolean of = tokens.word(u).equals("of") && gap.equals(" ") && u + 1 < tokens.size;
      if (of) {
        u++;
        gap = tokens.gapBefore(u);
      }
      if ((gap.equals(" ") || (gap.equals(". ") && tokens.word(t).equals("Mt"))) && nameWord(tokens, u)) {
        int last = u;
        while (last + 1 < tokens.size && last + 1 - u < 3 && tokens.gapBefore(last + 1).equals(" ")
            && nameWord(tokens, last + 1) && !LocalFeature.AFTER_NAME.containsKey(tokens.word(last + 1))) {
          last++;
        }
        boolean needsOf = before.featureClass() == 'H' && !before.featureCode().equals("LK");
        boolean common = true;
        for (int w = u; w <= last; w++) {
          common &= lexicon.isCommonWord(tokens.word(w).toLowerCase(Locale.ROOT));
        }
        if (of == needsOf && !(common && sentenceInitial(tokens, t))) {
          return featureMention(tokens, t, last, before);
        }
      }
    }
    boolean common = true;
    for (int u = t; u < tokens.size && u <= t + 3; u++) {
      if (u > t && !tokens.gapBefore(u).equals(" ")) {
        return null;
      }
      LocalFeature after = u > t ? LocalFeature.AFTER_NAME.get(tokens.word(u)) : null;
      if (after != null) {
        if (common && sentenceInitial(tokens, t)) {
          return null;
        }
        if (after.featureCode().equals("PRK") && u == t + 1 && lexicon.isFirstName(tokens.word(t).toLowerCase(Locale.ROOT))) {
          return null; // "Sandra Park" is a person
        }
        int last = u;
        while (last + 1 < tokens.size && tokens.gapBefore(last + 1).equals(" ")
            && LocalFeature.AFTER_NAME.containsKey(tokens.word(last + 1))) {
          last++; // "Peace River Valley"
          after = LocalFeature.AFTER_NAME.get(tokens.word(last));
        }
        return featureMention(tokens, t, last, after);
      }
      LocalFeature head = u == t ? LocalFeature.AFTER_NAME.get(tokens.word(u)) : null;
      if (head != null && "HTL".indexOf(head.featureClass()) >= 0) {
        return null; // a natural feature's word does not start a name ("River Valley" of "Peace River Valley")
      }
      if (!nameWord(tokens, u)) {
        return null;
      }
      common &= lexicon.isCommonWord(tokens.word(u).toLowerCase(Locale.ROOT));
    }
    return null;
  }

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their",
      "my", "your", "every", "each", "any", "some", "no", "at", "in", "on", "of", "to", "from",
      "by", "for", "with", "near", "and", "or", "but", "as", "if", "when", "while", "after",
      "before", "where", "into", "than", "then", "it", "he", "she", "we", "they", "i", "you");

  private static boolean nameWord(Tokens tokens, int u) {
    return tokens.capitalised(u) && !FUNCTION_WORDS.contains(tokens.word(u).toLowerCase(Locale.ROOT));
  }

  private Mention featureMention(Tokens tokens, int first, int last, LocalFeature feature) {
    int begin = tokens.begin[first];
    int end = tokens.end[last];
    String surface = tokens.text.substring(begin, end);
    int[] regions = new int[0];
    if (feature.scope() == LocalFeature.Scope.COUNTRY) {
      // "Korean Peninsula", "Gulf of Mexico": the country or division the name is built on
      boolean prefix = LocalFeature.BEFORE_NAME.containsKey(tokens.word(first));
      int from = prefix ? (tokens.word(first + 1).equals("of") ? first + 2 : first + 1) : first;
      int to = prefix ? last : last - 1;
      String base = NameKey.of(tokens.text.substring(tokens.begin[from], tokens.end[to]));
      PlaceLexicon.Entry entry = lexicon.get(base);
      int[] readings = entry != null ? entry.places() : gazetteer.lookup(base);
      regions = java.util.Arrays.stream(readings).filter(gazetteer::isCountry).toArray();
    }
    Mention mention = new Mention(begin, end, surface, NameKey.of(surface), regions, null,
        sentenceInitial(tokens, first), false, false, last - first + 1);
    mention.feature = feature;
    return mention;
  }

  /** The longest name starting at token t: {end token, key, lexicon entry}, or null. */
  private Object[] longestMatch(Tokens tokens, int t, StringBuilder key) {
    Object[] best = null;
    key.setLength(0);
    int limit = Math.min(tokens.size, t + MAX_WORDS);
    for (int u = t; u < limit; u++) {
      if (u > t && !joinable(tokens, u)) {
        break;
      }
      if (u > t) {
        key.append(' ');
      }
      NameKey.appendFolded(tokens.text.subSequence(tokens.begin[u], tokens.end[u]), key);
      if (u > t && tokens.capitalised(u)) {
        String k = key.toString();
        PlaceLexicon.Entry entry = lexicon.get(k);
        if (entry != null || gazetteer.contains(k)) {
          best = new Object[] {u, k, entry};
        }
      }
    }
    return best;
  }

  private boolean startable(Tokens tokens, int t) {
    if (tokens.capitalised(t)) {
      return true;
    }
    return t + 1 < tokens.size
        && LOWER_ARTICLES.contains(tokens.word(t))
        && tokens.gapBefore(t + 1).equals("-")
        && tokens.capitalised(t + 1);
  }

  /** May token u continue the name that ended at token u-1? */
  private boolean joinable(Tokens tokens, int u) {
    String gap = tokens.gapBefore(u);
    boolean gapOk = switch (gap) {
      case " ", "-", "'", "\u2019", "." -> true;
      case ". " -> tokens.length(u - 1) <= 3 && tokens.capitalised(u - 1);
      default -> false;
    };
    if (!gapOk) {
      return false;
    }
    return tokens.capitalised(u) || CONNECTORS.contains(tokens.word(u).toLowerCase(Locale.ROOT))
        || (gap.equals("-") && LOWER_ARTICLES.contains(tokens.word(u)))
        // a possessive inside a name: "Democratic People's Republic of Korea", "King's Lynn"
        || ((gap.equals("'") || gap.equals("\u2019")) && tokens.word(u).equals("s"));
  }

  private Mention accept(Tokens tokens, int first, int last, String key, PlaceLexicon.Entry entry,
      List<Mention> previous, Set<String> personNames) {
    int words = last - first + 1;
    String text = tokens.text;
    int begin = tokens.begin[first];
    if (!tokens.capitalised(first) && first > 0 && tokens.gapBefore(first).equals(" ")
        && tokens.capitalised(first - 1)
        && !lexicon.isCommonWord(tokens.word(first - 1).toLowerCase(Locale.ROOT))) {
      begin = tokens.begin[first - 1];
    }
    int end = tokens.end[last];
    String lowerFirst = tokens.word(first).toLowerCase(Locale.ROOT);
    if (words == 1) {
      if (entry == null && (tokens.length(first) < 3 || lexicon.isCommonWord(lowerFirst))) {
        return null;
      }
      if (entry == null && tokens.allCaps(first) && tokens.length(first) <= 3) {
        return null;
      }
      boolean abbreviation = tokens.end[first] < text.length() && text.charAt(tokens.end[first]) == '.';
      if (entry != null && entry.kind() != PlaceLexicon.Kind.DEMONYM && tokens.length(first) <= 3
          && !tokens.allCaps(first) && !abbreviation) {
        return null;
      }
    }
    if (entry == null && words > 1 && allCommonWords(tokens, first, last)) {
      return null;
    }
    if (entry == null && partOfLargerWord(tokens, first, last, key)) {
      return null;
    }
    if (entry == null && words == 1 && first > 0 && tokens.end[first - 1] + 1 == tokens.begin[first]
        && tokens.capitalised(first - 1) && COMPASS_WORDS.contains(tokens.word(first - 1))
        && onlySmallPlaces(gazetteer.lookup(key))) {
      return null; // "West Wing", "North Side": a part of something else, not the small town Wing
    }
    if (entry == null && last + 2 < tokens.size && (text.startsWith("'s ", tokens.end[last])
            || text.startsWith("\u2019s ", tokens.end[last]))
        && BUILDING_WORDS.contains(tokens.word(last + 2))) {
      return null; // "St George's Chapel": a building named after a saint or a person
    }
    // part of a person's name: "Mr. Jordan", "President Lincoln", "Michael Jordan", "Jordan Peterson"
    if (first > 0 && isPersonIntroducer(tokens, first)) {
      personNames.add(key);
      return null;
    }
    if (words == 1 && entry == null && afterLowerCaseTitle(tokens, first)) {
      personNames.add(key);
      return null;
    }
    if (words == 1 && entry == null && lexicon.isFirstName(lowerFirst) && last + 1 < tokens.size
        && tokens.gapBefore(last + 1).equals(" ") && tokens.capitalised(last + 1)
        && !PLACE_GENERICS.contains(tokens.word(last + 1).toLowerCase(Locale.ROOT))) {
      personNames.add(key);
      return null;
    }
    if (entry == null && last + 1 < tokens.size && tokens.gapBefore(last + 1).equals(" ")
        && (STREET_WORDS.contains(tokens.word(last + 1))
            || BUILDING_WORDS.contains(tokens.word(last + 1)))) {
      return null;
    }
    if (insideFeatureName(tokens, first, last)) {
      return null;
    }
    if (words == 1 && entry == null && first > 0 && BUILDING_WORDS.contains(tokens.word(first))
        && tokens.gapBefore(first).equals(" ") && tokens.capitalised(first - 1)) {
      return null; // "Trump Tower": the head of a building's name, not the village of Tower
    }
    if (words == 1 && entry == null && beforeOtherName(tokens, last)
        && onlySmallPlaces(gazetteer.lookup(key))) {
      return null;
    }
    if (words == 1 && entry == null && first > 0 && afterOtherName(tokens, first, previous)) {
      personNames.add(key);
      return null;
    }
    boolean afterLocative = first > 0 && tokens.gapBefore(first).equals(" ")
        && LOCATIVE_WORDS.contains(tokens.word(first - 1).toLowerCase(Locale.ROOT));
    if (entry == null && personNames.contains(key) && !afterLocative) {
      return null;
    }
    if (end < text.length() && text.charAt(end) == '.' && (tokens.gapBefore(last).contains(".")
        || (entry != null && entry.kind() == PlaceLexicon.Kind.QUALIFIER_ONLY)
        || (words > 1 && key.length() <= 4))) {
      end++;
    }
    int[] candidates;
    if (entry != null) {
      candidates = entry.places();
      if (entry.kind() != PlaceLexicon.Kind.DEMONYM) {
        candidates = merge(candidates, gazetteer.lookup(key));
      }
    } else {
      candidates = gazetteer.lookup(key);
    }
    candidates = withoutObscureAliases(candidates, key,
        words == 1 && tokens.allCaps(first) && tokens.length(first) > 1);
    if (candidates.length == 0) {
      return null;
    }
    if (candidates.length > MAX_CANDIDATES) {
      candidates = java.util.Arrays.copyOf(candidates, MAX_CANDIDATES);
    }
    boolean initial = sentenceInitial(tokens, first);
    boolean reporting = false;
    boolean followedByWord = false;
    if (last + 1 < tokens.size) {
      String gap = text.substring(end, tokens.begin[last + 1]);
      if (gap.equals(" ") || gap.equals("\u2019s ") || gap.equals("'s ")) {
        String next = tokens.word(last + 1).toLowerCase(Locale.ROOT);
        reporting = lexicon.isReportingVerb(next) || (last + 2 < tokens.size
            && (next.equals("has") || next.equals("have") || next.equals("had")
                || next.equals("will") || next.equals("would") || next.equals("also"))
            && lexicon.isReportingVerb(tokens.word(last + 2).toLowerCase(Locale.ROOT)));
        followedByWord = gap.equals(" ") && !lexicon.isReportingVerb(next)
            && !lexicon.isCommonWord(next);
      }
    }
    if (last + 1 < tokens.size && tokens.gapBefore(last + 1).equals(" ")
        && ORGANISATION_WORDS.contains(tokens.word(last + 1)) && !anyPrimaryName(candidates, key)) {
      return null;
    }
    Mention mention = new Mention(begin, end, text.substring(begin, end), key, candidates,
        entry == null ? null : entry.kind(), initial, reporting, followedByWord, words);
    mention.afterLocative = afterLocative;
    mention.namesPeople = entry != null && lexicon.isPeopleNoun(key);
    mention.beforeSpeechVerb = last + 1 < tokens.size && tokens.begin[last + 1] == end + 1
        && text.charAt(end) == ' ' && !tokens.capitalised(last + 1) && tokens.length(last + 1) >= 4
        && SPEECH_VERBS.contains(tokens.word(last + 1))
        && !(first > 0 && PLACE_PREPOSITIONS.contains(tokens.word(first - 1)));
    return mention;
  }

  /** Words of direction that, capitalised before a small town's name, make another name of it. */
  private static final Set<String> COMPASS_WORDS = Set.of(
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper",
      "Lower", "Central", "Greater", "Northeast", "Northwest", "Southeast", "Southwest");

  /** Articles that, capitalised right before a name, belong to it ("La Niña", "El Chapo"). */
  private static final Set<String> CAPITAL_ARTICLES = Set.of(
      "La", "Le", "Las", "Los", "Les", "El", "Il", "Lo", "Die", "Der", "Das");

  /**
   * The name is only part of a longer word or name that the gazetteer does not hold: after a
   * capitalised article ("La Niña"), inside a hyphenated compound with a word that names no place
   * ("Wal-Mart", "Mercedes-Benz", "Five-Star"), before a contraction ("Don't"), or a division's
   * short name (its generic word dropped) before another capitalised word ("Free Trade
   * Agreement" is not the Free State).
   */
  private boolean partOfLargerWord(Tokens tokens, int first, int last, String key) {
    String text = tokens.text;
    int end = tokens.end[last];
    if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && text.charAt(end + 1) == 't' && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)))) {
      return true;
    }
    if (first > 0 && tokens.length(first - 1) <= 3 && tokens.capitalised(first - 1)
        && tokens.end[first - 1] + 1 == tokens.begin[first] && CAPITAL_ARTICLES.contains(tokens.word(first - 1))) {
      return true;
    }
    if (first > 0 && tokens.end[first - 1] + 1 == tokens.begin[first] && text.charAt(tokens.begin[first] - 1) == '-'
        && tokens.capitalised(first - 1) && !namesAnything(tokens.word(first - 1))) {
      return true;
    }
    if (last + 1 < tokens.size && end + 1 == tokens.begin[last + 1] && text.charAt(end) == '-'
        && tokens.capitalised(last + 1) && !namesAnything(tokens.word(last + 1))) {
      return true;
    }
    if (first == last && last + 1 < tokens.size && end + 1 == tokens.begin[last + 1] && text.charAt(end) == ' '
        && tokens.capitalised(last + 1) && !PLACE_GENERICS.contains(tokens.word(last + 1).toLowerCase(Locale.ROOT))
        && !DIVISION_BODIES.contains(tokens.word(last + 1))) {
      int[] candidates = gazetteer.lookup(key);
      for (int e : candidates) {
        if (!gazetteer.isAdmin1(e)) {
          return false; // most names: a town among the readings, decided without building keys
        }
      }
      for (int e : candidates) {
        String name = NameKey.of(gazetteer.name(e));
        if (name.length() <= key.length() || !name.startsWith(key) || name.charAt(key.length()) != ' ') {
          return false;
        }
      }
      return candidates.length > 0;
    }
    return false;
  }

  /** Bodies of a division named by its short name ("Osun Police Command", "Anbar Council"). */
  private static final Set<String> DIVISION_BODIES = Set.of(
      "Police", "Government", "Governor", "Assembly", "Council", "Legislature", "Parliament");

  private boolean namesAnything(String word) {
    String key = NameKey.of(word);
    return lexicon.get(key) != null || gazetteer.contains(key);
  }

  /**
   * "Korean Peninsula", "Colorado River", "Gulf of Mexico", "Nile Delta": the name qualifies a
   * natural feature that the gazetteer does not hold under the whole name.
   */
  private boolean insideFeatureName(Tokens tokens, int first, int last) {
    if (last + 1 < tokens.size && tokens.gapBefore(last + 1).equals(" ")
        && FEATURE_HEADS.contains(tokens.word(last + 1))) {
      return true;
    }
    if (first >= 2 && tokens.word(first - 1).equals("of") && tokens.gapBefore(first).equals(" ")
        && tokens.gapBefore(first - 1).equals(" ") && FEATURE_HEADS.contains(tokens.word(first - 2))) {
      return true;
    }
    return first == last && first >= 1 && FEATURE_HEADS.contains(tokens.word(first))
        && tokens.gapBefore(first).equals(" ") && tokens.capitalised(first - 1)
        && !lexicon.isCommonWord(tokens.word(first - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * "Kristy Campbell", "Orbis Edmonton": a one-word name right after another capitalised word
   * that is neither an ordinary word nor a place is the end of a person's or organisation's name.
   */
  private boolean afterOtherName(Tokens tokens, int first, List<Mention> previous) {
    String gap = tokens.gapBefore(first);
    if (gap.equals(". ") && tokens.length(first - 1) == 1 && tokens.capitalised(first - 1)) {
      return true; // middle initial: "Gino D. Bassett"
    }
    if (gap.equals(" ") && first > 1 && SURNAME_PARTICLES.contains(tokens.word(first - 1))
        && tokens.gapBefore(first - 1).equals(" ") && tokens.capitalised(first - 2)) {
      return true; // "Mike de Kock"
    }
    if (!gap.equals(" ") || !tokens.capitalised(first - 1)
        || tokens.allCaps(first - 1) || sentenceInitial(tokens, first - 1)) {
      return false;
    }
    String before = tokens.word(first - 1).toLowerCase(Locale.ROOT);
    if (lexicon.isCommonWord(before) || lexicon.isPersonTitle(before)
        || lexicon.get(NameKey.fold(before)) != null) {
      return false;
    }
    if (!previous.isEmpty() && previous.get(previous.size() - 1).end >= tokens.begin[first - 1]) {
      return false;
    }
    for (int e : gazetteer.lookup(NameKey.of(tokens.word(first)))) {
      if (gazetteer.isCountry(e) || gazetteer.isAdmin1(e)) {
        return false;
      }
    }
    return true;
  }

  /**
   * GeoNames lists old and local names for small places ("Boons" for Severna Park); a small place
   * is only taken under its own name, a large one under any of its names.
   */
  private int[] withoutObscureAliases(int[] candidates, String key, boolean allCapsSurface) {
    int kept = 0;
    int[] result = new int[candidates.length];
    for (int e : candidates) {
      String code = gazetteer.featureCode(e);
      boolean seat = code.equals("PPLA") || code.equals("PPLA2") || code.equals("PPLC");
      if (gazetteer.featureClass(e) != 'P' || (!allCapsSurface
              && (gazetteer.population(e) >= ALIAS_MIN_POPULATION || seat))
          || NameKey.of(gazetteer.name(e)).equals(key)
          || key.equals(NameVariants.bareKey(gazetteer.name(e), gazetteer.countryCode(e)))) {
        result[kept++] = e;
      }
    }
    return kept == candidates.length ? candidates : java.util.Arrays.copyOf(result, kept);
  }

  /** "Wang Quanzhang": followed by a capitalised word that is neither ordinary nor generic. */
  private boolean beforeOtherName(Tokens tokens, int last) {
    if (last + 1 >= tokens.size || !tokens.gapBefore(last + 1).equals(" ")
        || !tokens.capitalised(last + 1) || tokens.allCaps(last + 1)) {
      return false;
    }
    String next = tokens.word(last + 1).toLowerCase(Locale.ROOT);
    return !lexicon.isCommonWord(next) && !lexicon.isPersonTitle(next)
        && !PLACE_GENERICS.contains(next) && !STREET_WORDS.contains(tokens.word(last + 1))
        && !ORGANISATION_WORDS.contains(tokens.word(last + 1)) && lexicon.get(next) == null
        && !gazetteer.contains(next);
  }

  private boolean onlySmallPlaces(int[] candidates) {
    for (int e : candidates) {
      if (gazetteer.isCountry(e) || gazetteer.isAdmin1(e) || gazetteer.population(e) >= 100_000) {
        return false;
      }
    }
    return true;
  }

  private boolean anyPrimaryName(int[] candidates, String key) {
    for (int e : candidates) {
      if (NameKey.of(gazetteer.name(e)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  private boolean allCommonWords(Tokens tokens, int first, int last) {
    for (int t = first; t <= last; t++) {
      String word = tokens.word(t).toLowerCase(Locale.ROOT);
      if (!lexicon.isCommonWord(word) && !CONNECTORS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "top Iranian general Qassim Soleimani": a title in lower case, then the name and a capitalised
   * surname, is a person's name (a title alone in lower case is too often an ordinary word).
   */
  private static boolean afterLowerCaseTitle(Tokens tokens, int first) {
    return first > 0 && tokens.gapBefore(first).equals(" ") && !tokens.capitalised(first - 1)
        && LOWER_CASE_TITLES.contains(tokens.word(first - 1))
        && first + 1 < tokens.size && tokens.gapBefore(first + 1).equals(" ")
        && tokens.capitalised(first + 1) && !tokens.allCaps(first + 1);
  }

  private static final Set<String> LOWER_CASE_TITLES = Set.of(
      "general", "commander", "colonel", "lieutenant", "captain", "sergeant", "admiral", "president",
      "minister", "spokesman", "spokeswoman", "ambassador", "ayatollah", "sheikh", "imam", "senator",
      "governor", "mayor", "chancellor", "cleric", "militant", "leader");

  private boolean isPersonIntroducer(Tokens tokens, int first) {
    String gap = tokens.gapBefore(first);
    if (!(gap.equals(" ") || gap.equals(". "))) {
      return false;
    }
    String previous = tokens.word(first - 1);
    String lower = previous.toLowerCase(Locale.ROOT);
    if (lexicon.isPersonTitle(lower) && tokens.capitalised(first - 1)) {
      // "By" only as a byline at the start of a line or sentence, not "a response by Russia"
      return !lower.equals("by") || (gap.equals(" ") && sentenceInitial(tokens, first - 1));
    }
    return gap.equals(" ") && tokens.capitalised(first - 1) && lexicon.isFirstName(lower);
  }

  private static boolean sentenceInitial(Tokens tokens, int t) {
    if (t == 0) {
      return true;
    }
    String gap = tokens.gapBefore(t);
    for (int i = gap.length() - 1; i >= 0; i--) {
      char c = gap.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\u2022') {
        return true;
      }
      if (!(Character.isWhitespace(c) || c == '"' || c == '\u201c' || c == '\u2018' || c == '\''
          || c == '(' || c == '-' || c == '\u2014' || c == '\u2013')) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Kobe Bryant", "Clarence Thomas": two one-word town names side by side, neither a country
   * nor a division, are a person's first name and surname.
   */
  private void dropPersonNamePairs(List<Mention> mentions, String text, Set<String> personNames) {
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention a = mentions.get(i);
      Mention b = mentions.get(i + 1);
      if (a.words == 1 && b.words == 1 && a.lexiconKind == null && b.lexiconKind == null
          && b.begin == a.end + 1 && text.charAt(a.end) == ' ' && !a.allCaps
          && onlyTowns(a.candidates) && onlyTowns(b.candidates)) {
        personNames.add(b.key);
        mentions.remove(i + 1);
        mentions.remove(i);
        i--;
      } else if (b.words == 1 && b.lexiconKind == null && b.begin == a.end + 1
          && text.charAt(a.end) == ' ' && onlySmallPlaces(b.candidates)) {
        // "Manitoba Hydro", "Edmonton Eskimos": a small town's name right after a place name
        mentions.remove(i + 1);
        i--;
      }
    }
  }

  private boolean onlyTowns(int[] candidates) {
    for (int e : candidates) {
      if (gazetteer.isCountry(e) || gazetteer.isAdmin1(e) || gazetteer.featureClass(e) == 'L') {
        return false;
      }
    }
    return true;
  }

  /** "Dallas, TX": a two-letter postal code after a comma names a first-level division. */
  private void addPostalQualifiers(Tokens tokens, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    List<Mention> added = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    for (Mention m : mentions) {
      taken.add(m.begin);
    }
    int mi = 0;
    for (int t = 1; t < tokens.size && mi < mentions.size(); t++) {
      while (mi < mentions.size() && mentions.get(mi).end < tokens.begin[t] - 2) {
        mi++;
      }
      if (mi >= mentions.size() || tokens.length(t) != 2 || !tokens.allCaps(t)
          || !Character.isLetter(tokens.text.charAt(tokens.begin[t]))
          || !Character.isLetter(tokens.text.charAt(tokens.begin[t] + 1))
          || taken.contains(tokens.begin[t])) {
        continue;
      }
      Mention m = mentions.get(mi);
      if (m.end + 2 != tokens.begin[t] || !tokens.text.startsWith(", ", m.end)) {
        continue;
      }
      for (int c : m.candidates) {
        int division = gazetteer.admin1Entry(gazetteer.countryCode(c) + "." + tokens.word(t));
        if (division >= 0) {
          added.add(new Mention(tokens.begin[t], tokens.end[t], tokens.word(t),
              NameKey.of(tokens.word(t)), new int[] {division}, PlaceLexicon.Kind.QUALIFIER_ONLY,
              false, false, false, 1));
          break;
        }
      }
    }
    if (!added.isEmpty()) {
      mentions.addAll(added);
      mentions.sort((a, b) -> Integer.compare(a.begin, b.begin));
    }
  }

  private static int[] merge(int[] first, int[] second) {
    if (second.length == 0) {
      return first;
    }
    int[] merged = new int[first.length + second.length];
    int n = 0;
    for (int e : first) {
      merged[n++] = e;
    }
    outer:
    for (int e : second) {
      for (int i = 0; i < first.length; i++) {
        if (first[i] == e) {
          continue outer;
        }
      }
      merged[n++] = e;
    }
    return java.util.Arrays.copyOf(merged, n);
  }
}
