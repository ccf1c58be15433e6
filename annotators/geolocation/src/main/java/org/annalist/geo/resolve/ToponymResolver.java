package org.annalist.geo.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.core.geo.GreatCircle;
import org.annalist.geo.gazetteer.FeatureRank;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.NameKey;
import org.annalist.geo.lexicon.PlaceLexicon;
import org.annalist.geo.recognize.Mention;
import org.annalist.geo.recognize.Usage;

/**
 * Chooses one gazetteer entry per toponym from the evidence a reader uses: how prominent each
 * candidate is (feature type, population), explicit qualifiers ("Paris, Texas"), the countries
 * and divisions the rest of the document talks about, nearness to the document's other places,
 * and one sense per name per document. Drops names that look like ordinary words once the
 * document gives them no support.
 */
public final class ToponymResolver {

  private static final int ITERATIONS = 3;
  /** "Edmonton, south of Cairns", "Kirby, near San Antonio": the first place lies near the second. */
  private static final java.util.regex.Pattern RELATIVE_POSITION = java.util.regex.Pattern.compile(
      ",? (?:(?:just|about|some|roughly) )?(?:\\d+ ?(?:km|kilometres|kilometers|miles) )?"
          + "(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of"
          + "|outside|outside of|near) (?:the )?");
  private static final java.util.regex.Pattern DIVISION_OFFICE = java.util.regex.Pattern.compile(
      " (?:Gov\\.|Governor|governor|Lt\\. Gov\\.|Lieutenant Governor|Legislature|legislature"
          + "|General Assembly|Statehouse|statehouse|state (?:legislature|lawmakers|senator|senate"
          + "|representative|government|capitol))(?!\\p{L})");
  private static final int MAX_RELATIVE_GAP = 40;
  private static final double RELATIVE_KM = 300;
  private static final double NEAR_KM = 250;
  /** Proximity evidence uses the document's first places only, so long texts stay linear. */
  private static final int MAX_PROXIMITY_POINTS = 200;
  private static final int MAX_ADMIN1_VOTES = 4;
  private static final double CITY_SHARE_OF_DIVISION = 0.15;
  /** A town this size can be meant without its country being named ("London", "Paris"). */
  private static final long NAMED_COUNTRY_MIN_POPULATION = 50_000;
  /** A town this large may "say" something for its council, club or people ("Liverpool said"). */
  private static final long SPEAKING_CITY_MIN_POPULATION = 100_000;

  private final Gazetteer gazetteer;
  private final ResolverSettings settings;

  public ToponymResolver(Gazetteer gazetteer, ResolverSettings settings) {
    this.gazetteer = gazetteer;
    this.settings = settings;
  }

  /** Resolves the mentions in place; a mention left with {@code resolved < 0} is not a place. */
  public void resolve(List<Mention> mentions, String text) {
    int n = mentions.size();
    boolean[] removed = new boolean[n];
    int[][] allowed = new int[n][];
    findQualifiers(mentions, text, removed, allowed);
    double[][] scores = new double[n][];
    double[][] priors = new double[n][];
    int[] best = new int[n];
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      int[] candidates = allowed[i] != null ? allowed[i] : m.candidates;
      scores[i] = new double[candidates.length];
      priors[i] = new double[candidates.length];
      for (int c = 0; c < candidates.length; c++) {
        priors[i][c] = prior(candidates[c], m) - (m.isDemonym() ? 0.05 * c : 0)
            + (m.qualifiedBy >= 0 ? settings.qualifierBonus() : 0);
        scores[i][c] = priors[i][c];
      }
      best[i] = argmax(scores[i]);
      allowed[i] = candidates;
    }
    int[] nameOf = nameIndexes(mentions);
    Evidence evidence = null;
    for (int round = 0; round < ITERATIONS; round++) {
      evidence = new Evidence(mentions, removed, allowed, best, nameOf);
      for (int i = 0; i < n; i++) {
        if (removed[i]) {
          continue;
        }
        int[] candidates = allowed[i];
        java.util.Set<String> named = namedCountriesOf(candidates, i, evidence);
        for (int c = 0; c < candidates.length; c++) {
          scores[i][c] = priors[i][c] + contextScore(candidates[c], i, evidence);
          if (named.contains(gazetteer.countryCode(candidates[c]))
              && !gazetteer.isCountry(candidates[c]) && gazetteer.featureClass(candidates[c]) != 'L') {
            scores[i][c] += settings.namedCountryWeight();
          }
        }
      }
      oneSensePerDocument(mentions, removed, allowed, scores, best);
    }
    decide(mentions, text, removed, allowed, scores, best, evidence);
  }

  /** Each mention's name as a small number: mentions of the same name share it. */
  private static int[] nameIndexes(List<Mention> mentions) {
    Map<String, Integer> names = new HashMap<>();
    int[] nameOf = new int[mentions.size()];
    for (int i = 0; i < nameOf.length; i++) {
      nameOf[i] = names.computeIfAbsent(mentions.get(i).key, k -> names.size());
    }
    return nameOf;
  }

  private double prior(int e, Mention m) {
    char featureClass = gazetteer.featureClass(e);
    // a division's population is the sum of its towns: capped so that it does not outweigh a
    // capital of the same name (Washington)
    long population = gazetteer.isAdmin1(e) ? Math.min(1_000_000, gazetteer.population(e))
        : gazetteer.population(e);
    if (featureClass == 'L') {
      population = Math.max(population, 10_000_000); // continents and world regions
    }
    if (isAirfield(e)) {
      population = effectivePopulation(e); // an airport serves a town of some size at least
    }
    double prior = settings.featureWeight() * FeatureRank.of(featureClass, gazetteer.featureCode(e))
        + settings.populationWeight() * Math.log10(population + 1.0);
    if (gazetteer.isCountry(e) || "CONT".equals(gazetteer.featureCode(e))) {
      prior += settings.countryBonus();
    }
    // an airport's short names ("Heathrow" for London Heathrow Airport) are how news names it
    if (m.lexiconKind != null || m.key.equals(NameKey.of(gazetteer.name(e))) || isAirfield(e)) {
      prior += settings.primaryNameBonus();
    }
    if (gazetteer.isAdmin1(e) && divisionNamedAfterItsCity(e, m.candidates)) {
      prior -= settings.featureWeight();
    }
    return prior;
  }

  /**
   * The countries that the document names itself (by another name: "London" beside "Canada")
   * and that hold a town of at least {@link #NAMED_COUNTRY_MIN_POPULATION} under this very name
   * (not under an old or local name: "Franklin" for El Paso). Every reading in such a country
   * gains alike, so the choice inside the country is left to the other evidence.
   */
  private java.util.Set<String> namedCountriesOf(int[] candidates, int self, Evidence evidence) {
    java.util.Set<String> named = null;
    for (int e : candidates) {
      String cc = gazetteer.countryCode(e);
      if (!gazetteer.isCountry(e) && gazetteer.featureClass(e) != 'L'
          && effectivePopulation(e) >= NAMED_COUNTRY_MIN_POPULATION
          && (named == null || !named.contains(cc)) && evidence.countryNamed(cc, self)
          && evidence.keys[self].equals(NameKey.of(gazetteer.name(e)))) {
        if (named == null) {
          named = new java.util.HashSet<>();
        }
        named.add(cc);
      }
    }
    return named == null ? java.util.Set.of() : named;
  }

  private boolean isAirfield(int e) {
    String code = gazetteer.featureCode(e);
    return gazetteer.featureClass(e) == 'S' && (code.equals("AIRP") || code.equals("AIRB"));
  }

  private double contextScore(int e, int self, Evidence evidence) {
    double score = 0;
    String cc = gazetteer.countryCode(e);
    double countryShare = evidence.countryShareWithout(cc, self);
    score += settings.countryWeight() * countryShare;
    String admin1 = gazetteer.admin1Code(e);
    if (admin1 != null) {
      // further mentions of the division or of places in it add with diminishing weight; a
      // division is supported by the places in it as much as they are by it
      score += settings.admin1Weight()
          * Math.sqrt(Math.min(MAX_ADMIN1_VOTES, evidence.admin1FromOtherNames(admin1, self)));
    }
    if (!gazetteer.isCountry(e) && gazetteer.featureClass(e) != 'L'
        && evidence.nearOtherPlace(gazetteer.latitude(e), gazetteer.longitude(e), self, NEAR_KM)) {
      score += settings.proximityWeight();
    }
    return score;
  }

  /** "Springfield, Ill.": a division or country right after a comma restricts the name before. */
  private void findQualifiers(List<Mention> mentions, String text, boolean[] removed, int[][] allowed) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention q = mentions.get(i);
      boolean qualifierOnly = q.lexiconKind == PlaceLexicon.Kind.QUALIFIER_ONLY;
      if (i > 0) {
        Mention m = mentions.get(i - 1);
        String gap = text.substring(Math.min(m.end, q.begin), q.begin);
        if ((gap.equals(", ") || gap.equals(",")) && !m.isDemonym() && !q.isDemonym()
            && m.lexiconKind == null && !hasCountryOrRegion(m.candidates)) {
          int[] inside = within(m.candidates, q.candidates);
          if (inside.length > 0) {
            allowed[i - 1] = inside;
            m.qualifiedBy = i;
            q.qualifier = true;
            // the qualifier is read as the division or country it names ("Bronx, New York")
            int[] containing = containing(q.candidates, inside);
            if (containing.length > 0) {
              allowed[i] = containing;
            }
            continue;
          }
        }
      }
      if (i > 0 && allowed[i - 1] == null && !q.isDemonym()) {
        Mention m = mentions.get(i - 1);
        int gapStart = Math.min(m.end, q.begin);
        if (q.begin - gapStart <= MAX_RELATIVE_GAP && !m.isDemonym() && m.lexiconKind == null
            && RELATIVE_POSITION.matcher(text.substring(gapStart, q.begin)).matches()) {
          int[] near = nearAny(m.candidates, q.candidates);
          if (near.length > 0) {
            allowed[i - 1] = near;
            m.qualifiedBy = i;
          }
        }
      }
      if (qualifierOnly && !afterCapitalisedName(text, q.begin)) {
        removed[i] = true;
      }
      if (allowed[i] == null && !q.isDemonym() && beforeDivisionOffice(text, q.end)
          && !hasCountryOrRegion(q.candidates)) {
        int[] divisions = divisions(q.candidates);
        if (divisions.length > 0) {
          allowed[i] = divisions;
        }
      }
    }
  }

  /**
   * "New York Gov. Andrew Cuomo", "the Ohio legislature", "Texas state senator": a name before
   * the office or body of a state or province names the division, not its namesake town. A
   * country's name is left alone: "the Mexico state government" is the country's.
   */
  static boolean beforeDivisionOffice(String text, int end) {
    if (end + 2 >= text.length() || text.charAt(end) != ' '
        || "GgLlSs".indexOf(text.charAt(end + 1)) < 0) {
      return false;
    }
    return DIVISION_OFFICE.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
  }

  private int[] divisions(int[] candidates) {
    return java.util.Arrays.stream(candidates).filter(gazetteer::isAdmin1).toArray();
  }

  /** The candidates of a name lying within {@link #RELATIVE_KM} of one of the other name's. */
  private int[] nearAny(int[] candidates, int[] anchors) {
    List<Integer> near = new ArrayList<>();
    for (int c : candidates) {
      if (gazetteer.isCountry(c) || gazetteer.isAdmin1(c)) {
        continue;
      }
      for (int a : anchors) {
        if (a != c && !gazetteer.isCountry(a) && gazetteer.featureClass(a) != 'L'
            && GreatCircle.within(gazetteer.latitude(c), gazetteer.longitude(c),
                gazetteer.latitude(a), gazetteer.longitude(a), RELATIVE_KM)) {
          near.add(c);
          break;
        }
      }
    }
    return near.stream().mapToInt(Integer::intValue).toArray();
  }

  /** "CAMP MURRAY, Wash.": a comma right after a capitalised word, before the abbreviation. */
  private static boolean afterCapitalisedName(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 1 || text.charAt(i) != ',') {
      return false;
    }
    int end = i;
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return end - start >= 2 && Character.isUpperCase(text.charAt(start));
  }

  private boolean hasCountryOrRegion(int[] candidates) {
    for (int c : candidates) {
      if (gazetteer.isCountry(c) || gazetteer.featureClass(c) == 'L') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a division shares its name with a large town inside it that holds a good share of
   * its people (Baghdad, Erbil, Zurich, New York): a bare name then means the town; "Baghdad
   * Province" names the division. Quebec City is small beside Quebec, so "Quebec" stays the
   * province.
   */
  private boolean divisionNamedAfterItsCity(int division, int[] candidates) {
    String code = gazetteer.admin1Code(division);
    for (int c : candidates) {
      if (gazetteer.featureClass(c) == 'P' && code != null && code.equals(gazetteer.admin1Code(c))
          && gazetteer.population(c) >= 100_000
          && gazetteer.population(c) >= CITY_SHARE_OF_DIVISION * gazetteer.population(division)) {
        return true;
      }
    }
    return false;
  }

  /** The qualifier's country and division readings that contain one of the given places. */
  private int[] containing(int[] qualifiers, int[] places) {
    List<Integer> result = new ArrayList<>();
    for (int q : qualifiers) {
      if (within(places, new int[] {q}).length > 0) {
        result.add(q);
      }
    }
    return result.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The candidates of a name lying inside one of the qualifier's countries or divisions. */
  private int[] within(int[] candidates, int[] qualifiers) {
    List<Integer> inside = new ArrayList<>();
    for (int c : candidates) {
      for (int q : qualifiers) {
        if (c == q) {
          continue;
        }
        boolean contained = gazetteer.isCountry(q)
            ? gazetteer.countryCode(c).equals(gazetteer.countryCode(q)) && !gazetteer.isCountry(c)
            : gazetteer.isAdmin1(q) && q != c && gazetteer.admin1Code(q) != null
                && gazetteer.admin1Code(q).equals(gazetteer.admin1Code(c));
        if (contained) {
          inside.add(c);
          break;
        }
      }
    }
    return inside.stream().mapToInt(Integer::intValue).toArray();
  }

  private void oneSensePerDocument(List<Mention> mentions, boolean[] removed, int[][] allowed,
      double[][] scores, int[] best) {
    Map<String, List<Integer>> groups = groups(mentions, removed);
    for (List<Integer> group : groups.values()) {
      Map<Integer, Double> total = new HashMap<>();
      Map<Integer, Integer> allowing = new HashMap<>();
      for (int i : group) {
        for (int c = 0; c < allowed[i].length; c++) {
          total.merge(allowed[i][c], scores[i][c], Double::sum);
          allowing.merge(allowed[i][c], 1, Integer::sum);
        }
      }
      int chosen = -1;
      double top = Double.NEGATIVE_INFINITY;
      for (Map.Entry<Integer, Double> t : total.entrySet()) {
        // a place every mention allows beats one only some allow
        double value = t.getValue() + 100 * allowing.get(t.getKey());
        if (value > top) {
          top = value;
          chosen = t.getKey();
        }
      }
      for (int i : group) {
        int index = indexOf(allowed[i], chosen);
        best[i] = index >= 0 ? index : argmax(scores[i]);
      }
    }
  }

  private static Map<String, List<Integer>> groups(List<Mention> mentions, boolean[] removed) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (!removed[i]) {
        groups.computeIfAbsent(mentions.get(i).key, k -> new ArrayList<>()).add(i);
      }
    }
    return groups;
  }

  private void decide(List<Mention> mentions, String text, boolean[] removed, int[][] allowed,
      double[][] scores, int[] best, Evidence evidence) {
    for (List<Integer> group : groups(mentions, removed).values()) {
      int first = group.get(0);
      int entry = allowed[first][best[first]];
      if (!keep(mentions, group, entry, text, evidence)) {
        continue;
      }
      for (int i : group) {
        Mention m = mentions.get(i);
        m.resolved = allowed[i][best[i]];
        m.confidence = confidence(scores[i], best[i]);
        m.usage = usage(m);
      }
    }
  }

  private boolean keep(List<Mention> mentions, List<Integer> group, int entry,
      String text, Evidence evidence) {
    Mention m = mentions.get(group.get(0));
    if (m.lexiconKind != null) {
      return true;
    }
    char featureClass = gazetteer.featureClass(entry);
    if (gazetteer.isCountry(entry) || featureClass == 'L') {
      return true;
    }
    boolean qualified = false;
    boolean allInitial = true;
    boolean allCaps = true;
    for (int i : group) {
      qualified |= mentions.get(i).qualifiedBy >= 0 || mentions.get(i).qualifier;
      allInitial &= mentions.get(i).sentenceInitial;
      allCaps &= mentions.get(i).allCaps;
    }
    if (namesCounty(mentions, group) && !gazetteer.isAdmin1(entry)) {
      return countySupported(entry, group, evidence);
    }
    if (qualified) {
      return true;
    }
    if (spokenBy(mentions, group) && !gazetteer.featureCode(entry).equals("PPLC")
        && effectivePopulation(entry) < SPEAKING_CITY_MIN_POPULATION) {
      return false; // "Sandberg said": a person, not the village of Sandberg
    }
    boolean countrySupport =
        evidence.countryShareWithoutGroup(gazetteer.countryCode(entry), group) >= 0.2;
    boolean localSupport = false;
    for (int i : group) {
      localSupport |= evidence.locallySupported(entry, i, NEAR_KM);
    }
    long population = effectivePopulation(entry);
    if (gazetteer.isAdmin1(entry)) {
      return population >= 100_000 || countrySupport || localSupport;
    }
    if (population >= 100_000) {
      return !(m.words == 1 && population < settings.minPopulationCommonWord()
          && appearsInLowerCase(m.surface, text));
    }
    if (m.words > 1) {
      return population >= settings.minPopulationAlone() / 5 || countrySupport || localSupport;
    }
    if (appearsInLowerCase(m.surface, text) || allCaps) {
      return localSupport && population >= settings.minPopulationAlone();
    }
    if (allInitial && population < settings.minPopulationSentenceInitial()) {
      return localSupport;
    }
    return localSupport || (countrySupport && population >= settings.minPopulationAlone());
  }

  private static boolean spokenBy(List<Mention> mentions, List<Integer> group) {
    for (int i : group) {
      if (mentions.get(i).beforeSpeechVerb && !mentions.get(i).afterLocative) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesCounty(List<Mention> mentions, List<Integer> group) {
    for (int i : group) {
      if (mentions.get(i).namesCounty) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Metcalfe County" read as the town Metcalfe is only near the county when the town lies in a
   * division the rest of the document names or qualifies it with ("Orange County, California").
   */
  private boolean countySupported(int entry, List<Integer> group, Evidence evidence) {
    String code = gazetteer.admin1Code(entry);
    if (code == null) {
      return false;
    }
    return evidence.admin1WithoutGroup(code, group) > 0;
  }

  /** Population, with seats of government counted as towns of some size even when unknown. */
  private long effectivePopulation(int e) {
    long population = gazetteer.population(e);
    String code = gazetteer.featureCode(e);
    if (code.startsWith("PPLA") || code.equals("PPLC")) {
      return Math.max(population, 10_000);
    }
    if (gazetteer.featureClass(e) == 'S' && (code.equals("AIRP") || code.equals("AIRB"))) {
      return Math.max(population, 10_000);
    }
    return population;
  }

  /**
   * True when the one-word name also occurs in the text as an ordinary lower-case word ("the
   * green light"). A word is a run of letters and digits that starts with a letter (digits before
   * it are not part of it: "2nd" holds the word "nd").
   */
  static boolean appearsInLowerCase(String surface, String text) {
    String lower = surface.toLowerCase(Locale.ROOT);
    if (lower.equals(surface) || lower.length() < 3 || !Character.isLowerCase(lower.charAt(0)) || !isWord(lower)) {
      return false;
    }
    for (int i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
      int end = i + lower.length();
      if (startsWord(text, i) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word begins at {@code i}: a letter not preceded by letters (digits alone may precede). */
  private static boolean startsWord(String text, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isDigit(text.charAt(j))) {
      j--;
    }
    return j < 0 || !Character.isLetter(text.charAt(j));
  }

  private static boolean isWord(String candidate) {
    for (int k = 0; k < candidate.length(); k++) {
      if (!Character.isLetterOrDigit(candidate.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private Usage usage(Mention m) {
    if (m.isDemonym()) {
      return m.followedByWord ? Usage.ADJECTIVAL : Usage.DEMONYM;
    }
    int e = m.resolved;
    if (m.beforeReportingVerb && (gazetteer.isCountry(e) || "PPLC".equals(gazetteer.featureCode(e))
        || gazetteer.population(e) >= 1_000_000)) {
      return Usage.METONYMIC;
    }
    return Usage.LITERAL;
  }

  private static double confidence(double[] scores, int best) {
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(s - scores[best]);
    }
    return Math.max(0.05, Math.min(1.0, 1.0 / sum));
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static int indexOf(int[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** What the document's current readings say about countries, divisions and locations. */
  private final class Evidence {
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Integer> admin1 = new HashMap<>();
    /** Per country: the names read as that country itself ("Canada", "Canadian"). */
    private final Map<String, java.util.Set<String>> namedCountries = new HashMap<>();
    /** Per name: how often its mentions are read in each division (a name cannot vote for itself). */
    private final Map<String, Map<String, Integer>> admin1ByName = new HashMap<>();
    private final String[] countryOf;
    private final String[] admin1Of;
    private final double[] lat;
    private final double[] lon;
    private final boolean[] point;
    private final String[] keys;
    private double total;

    Evidence(List<Mention> mentions, boolean[] removed, int[][] allowed, int[] best, int[] nameOf) {
      this.nameOf = nameOf;
      int n = mentions.size();
      countryOf = new String[n];
      admin1Of = new String[n];
      lat = new double[n];
      lon = new double[n];
      point = new boolean[n];
      keys = new String[n];
      for (int i = 0; i < n; i++) {
        keys[i] = mentions.get(i).key;
        if (removed[i]) {
          continue;
        }
        int e = allowed[i][best[i]];
        if (gazetteer.featureClass(e) == 'L') {
          continue;
        }
        countryOf[i] = gazetteer.countryCode(e);
        if (gazetteer.isCountry(e)) {
          namedCountries.computeIfAbsent(countryOf[i], k -> new java.util.HashSet<>()).add(keys[i]);
        }
        double weight = allowed[i].length == 1 || mentions.get(i).qualifiedBy >= 0 ? 1.0 : 0.6;
        countries.merge(countryOf[i], weight, Double::sum);
        total += weight;
        admin1Of[i] = gazetteer.admin1Code(e);
        if (admin1Of[i] != null) {
          admin1.merge(admin1Of[i], 1, Integer::sum);
          admin1ByName.computeIfAbsent(keys[i], k -> new HashMap<>()).merge(admin1Of[i], 1, Integer::sum);
        }
        if (!gazetteer.isCountry(e) && !gazetteer.isAdmin1(e)) {
          point[i] = true;
          lat[i] = gazetteer.latitude(e);
          lon[i] = gazetteer.longitude(e);
        }
      }
      java.util.Set<String> seenPoints = new java.util.HashSet<>();
      List<Integer> distinct = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (point[i] && distinct.size() < MAX_PROXIMITY_POINTS
            && seenPoints.add(keys[i] + '\u0000' + allowed[i][best[i]])) {
          distinct.add(i);
        }
      }
      distinctPoints = distinct.stream().mapToInt(Integer::intValue).toArray();
      weights = new double[n];
      int names = 0;
      for (int name : nameOf) {
        names = Math.max(names, name + 1);
      }
      nameWeight = new double[names];
      nameCountry = new String[names];
      nameCountryWeight = new double[names];
      for (int i = 0; i < n; i++) {
        if (countryOf[i] != null) {
          int e = allowed[i][best[i]];
          weights[i] = allowed[i].length == 1 || mentions.get(i).qualifiedBy >= 0 ? 1.0 : 0.6;
          if (e < 0) {
            weights[i] = 0;
          }
          nameWeight[nameOf[i]] += weights[i];
          addNameCountry(nameOf[i], countryOf[i], weights[i]);
        }
      }
    }

    private final double[] weights;
    private final int[] distinctPoints;
    private final int[] nameOf;
    /** Per name: the weight of its mentions, and of those in its (first) country. */
    private final double[] nameWeight;
    private final String[] nameCountry;
    private final double[] nameCountryWeight;
    /** Names whose mentions are read in more than one country (rare): weight per country. */
    private Map<Integer, Map<String, Double>> mixedNames;

    private void addNameCountry(int name, String cc, double weight) {
      if (nameCountry[name] == null || nameCountry[name].equals(cc)) {
        nameCountry[name] = cc;
        nameCountryWeight[name] += weight;
        return;
      }
      if (mixedNames == null) {
        mixedNames = new HashMap<>();
      }
      mixedNames.computeIfAbsent(name, k -> new HashMap<>()).merge(cc, weight, Double::sum);
    }

    private double nameWeightIn(int name, String cc) {
      if (cc.equals(nameCountry[name])) {
        return nameCountryWeight[name];
      }
      Map<String, Double> other = mixedNames == null ? null : mixedNames.get(name);
      return other == null ? 0 : other.getOrDefault(cc, 0.0);
    }

    /**
     * The share of the other names' mentions that lie in the country: like a division, a country
     * gets no votes from the name's own mentions ("Newcastle" twice does not make itself South
     * African).
     */
    double countryShareWithout(String cc, int self) {
      double own = nameWeightIn(nameOf[self], cc);
      double rest = total - nameWeight[nameOf[self]];
      if (rest <= 1e-9) {
        return 0;
      }
      return (countries.getOrDefault(cc, 0.0) - own) / rest;
    }

    double countryShareWithoutGroup(String cc, List<Integer> group) {
      double own = 0;
      double ownTotal = 0;
      for (int i : group) {
        ownTotal += weights[i];
        if (cc.equals(countryOf[i])) {
          own += weights[i];
        }
      }
      double rest = total - ownTotal;
      return rest <= 0 ? 0 : (countries.getOrDefault(cc, 0.0) - own) / rest;
    }

    /** True when a name other than this mention's is read as the country itself. */
    boolean countryNamed(String cc, int self) {
      java.util.Set<String> names = namedCountries.get(cc);
      return names != null && (names.size() > 1 || !names.contains(keys[self]));
    }

    int admin1WithoutGroup(String code, List<Integer> group) {
      int own = 0;
      for (int i : group) {
        own += code.equals(admin1Of[i]) ? 1 : 0;
      }
      return admin1.getOrDefault(code, 0) - own;
    }

    /** Mentions of other names that lie in the division or name it. */
    int admin1FromOtherNames(String code, int self) {
      Map<String, Integer> own = admin1ByName.get(keys[self]);
      return admin1.getOrDefault(code, 0) - (own == null ? 0 : own.getOrDefault(code, 0));
    }

    int admin1Without(String code, int self) {
      return admin1.getOrDefault(code, 0) - (code.equals(admin1Of[self]) ? 1 : 0);
    }

    /** Another mention lies in the same division or near the place. */
    boolean locallySupported(int entry, int self, double km) {
      String code = gazetteer.admin1Code(entry);
      if (code != null && admin1Without(code, self) > 0) {
        return true;
      }
      return nearOtherPlace(gazetteer.latitude(entry), gazetteer.longitude(entry), self, km);
    }

    boolean nearOtherPlace(double latitude, double longitude, int self, double km) {
      for (int i : distinctPoints) {
        if (!keys[i].equals(keys[self]) && GreatCircle.within(latitude, longitude, lat[i], lon[i], km)) {
          return true;
        }
      }
      return false;
    }
  }
}
