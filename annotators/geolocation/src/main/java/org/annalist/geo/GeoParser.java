package org.annalist.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.lexicon.PlaceLexicon;
import org.annalist.geo.recognize.Mention;
import org.annalist.geo.recognize.Usage;
import org.annalist.geo.recognize.ToponymRecognizer;
import org.annalist.geo.resolve.ResolverSettings;
import org.annalist.geo.resolve.ToponymResolver;

/**
 * Finds and resolves the toponyms of one text: recognition over the given regions, then
 * document-level resolution. Stateless between calls and safe to share between threads.
 */
public final class GeoParser {

  private static final Map<Gazetteer, PlaceLexicon> LEXICONS = new WeakHashMap<>();

  private final Gazetteer gazetteer;
  private final ToponymRecognizer recognizer;
  private final ToponymResolver resolver;

  public GeoParser(Gazetteer gazetteer) {
    this(gazetteer, ResolverSettings.defaults());
  }

  public GeoParser(Gazetteer gazetteer, ResolverSettings settings) {
    this.gazetteer = gazetteer;
    PlaceLexicon lexicon = lexiconFor(gazetteer);
    this.recognizer = new ToponymRecognizer(gazetteer, lexicon);
    this.resolver = new ToponymResolver(gazetteer, settings);
  }

  private static PlaceLexicon lexiconFor(Gazetteer gazetteer) {
    synchronized (LEXICONS) {
      return LEXICONS.computeIfAbsent(gazetteer, PlaceLexicon::new);
    }
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * A country, a division or a city of 100,000 or more: a person named after it ("Paris Hilton",
   * "Georgia Smith") does not make every other mention of it the person.
   */
  private boolean anyMajorPlace(int[] candidates) {
    for (int e : candidates) {
      if (gazetteer.isCountry(e) || gazetteer.isAdmin1(e) || gazetteer.population(e) >= 100_000) {
        return true;
      }
    }
    return false;
  }

  /** Resolved toponyms of the whole text. */
  public List<Mention> parse(String text) {
    return parse(text, List.of(new int[] {0, text.length()}));
  }

  /** Resolved toponyms of the given [begin, end) regions of the text, in text order. */
  public List<Mention> parse(String text, List<int[]> regions) {
    return parse(text, regions, KnownNames.NONE);
  }

  /**
   * Resolved toponyms of the regions, leaving out the person names an earlier annotator found and
   * marking places inside organisation names as {@link Usage#EMBEDDED}.
   */
  public List<Mention> parse(String text, List<int[]> regions, KnownNames known) {
    Set<String> personNames = new HashSet<>();
    List<Mention> mentions = new ArrayList<>();
    for (int[] region : regions) {
      mentions.addAll(recognizer.recognize(text, region[0], region[1], personNames));
    }
    Set<String> personWords = Set.of();
    if (!known.isEmpty()) {
      // a street or building may be named after a person ("Martin Luther King Drive")
      mentions.removeIf(m -> m.feature == null ? known.isPerson(m.begin, m.end, text)
          : known.isPersonBeyond(m.begin, m.end));
      personWords = known.personWords(text);
    }
    mentions.removeIf(m -> personNames.contains(m.key) && m.lexiconKind == null && !m.afterLocative);
    if (!personWords.isEmpty()) {
      // one sense per name: "Barry Smith ... Barry said", "Wang Quanzhang ... Wang was charged"
      Set<String> words = personWords;
      mentions.removeIf(m -> m.words == 1 && m.feature == null && m.lexiconKind == null
          && !m.afterLocative && words.contains(m.key) && !anyMajorPlace(m.candidates));
    }
    List<Mention> features = new ArrayList<>();
    mentions.removeIf(m -> m.feature != null && features.add(m));
    resolver.resolve(mentions, text);
    List<Mention> resolved = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.resolved >= 0) {
        if (known.insideOrganisation(m.begin, m.end)) {
          m.usage = Usage.EMBEDDED;
        }
        resolved.add(m);
      }
    }
    if (!features.isEmpty()) {
      LocalFeatureLocator.locate(features, resolved, text, gazetteer);
      for (Mention f : features) {
        if (f.resolved >= 0) {
          if (known.insideOrganisation(f.begin, f.end)) {
            f.usage = Usage.EMBEDDED;
          }
          resolved.add(f);
        }
      }
      resolved.sort((a, b) -> Integer.compare(a.begin, b.begin));
    }
    return resolved;
  }
}
