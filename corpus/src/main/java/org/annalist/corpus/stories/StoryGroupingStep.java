package org.annalist.corpus.stories;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.corpus.CorpusDocument.PlaceMention;
import org.annalist.corpus.CorpusDocument.QuoteMention;
import org.annalist.corpus.CorpusDocument.TimeMention;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.CorpusStep;
import org.annalist.corpus.GroupIds;
import org.annalist.corpus.quotes.Details;

/**
 * Documents about the same event become one story, with a label, a date span, main places, speakers
 * and member documents; documents of later runs join the stories they match or open new ones.
 *
 * <p>A single pass in date order (the classic topic detection and tracking scheme): each document is a
 * TF-IDF vector of its content words, places (GeoNames ids) and named people, cut to its heaviest
 * {@code documentFeatures}. It joins the most similar story (cosine with the story's centroid) among
 * the candidates, if the similarity reaches {@code threshold} and the document's publication day lies within
 * {@code windowDays} of the story's days without stretching it past {@code maxSpanDays}; otherwise it
 * opens a story. A document or story without any date can only join at the stricter
 * {@code undatedThreshold}, unless it names a day (an event date) that the story's documents name too.
 * Candidates come from an inverted index of each story's heaviest features
 * whose lists keep only the {@code maxPostings} most recent stories, so each document costs a bounded
 * amount of work: the pass is linear in the number of documents.
 */
public final class StoryGroupingStep implements CorpusStep {

  public static final String KIND = "stories";

  /** The step's parameters; {@link #defaults()} are those documented in docs/cross-document.md. */
  public record Parameters(double threshold, double undatedThreshold, int windowDays, int maxSpanDays,
      int documentFeatures, int storyFeatures, int indexFeatures, int maxPostings, int maxCandidates) {
    public static Parameters defaults() {
      return new Parameters(0.25, 0.4, 4, 30, 40, 80, 15, 64, 24);
    }
  }

  private final Parameters parameters;

  public StoryGroupingStep() {
    this(Parameters.defaults());
  }

  public StoryGroupingStep(Parameters parameters) {
    this.parameters = parameters;
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** A story while the pass runs. */
  private static final class Story {
    final int index;
    String id;
    SparseVector centroid = SparseVector.EMPTY;
    Long first;
    Long last;
    final List<Map<String, Object>> members = new ArrayList<>();
    final Set<Integer> indexed = new HashSet<>();
    final Map<String, Map<String, Object>> places = new LinkedHashMap<>();
    final Map<String, Integer> speakers = new LinkedHashMap<>();
    final Map<String, Integer> eventDays = new HashMap<>();
    String label;
    Long labelDay;
    boolean labelIsTitle;

    Story(int index) {
      this.index = index;
    }

    boolean dated() {
      return first != null;
    }
  }

  /** The pass's shared state: the feature dictionary, document frequencies and the story index. */
  private final class Pass {
    final Map<String, Integer> featureIds = new HashMap<>();
    final List<String> featureNames = new ArrayList<>();
    final Map<Integer, Integer> documentFrequency = new HashMap<>();
    final Map<Integer, ArrayDeque<Integer>> postings = new HashMap<>();
    final List<Story> stories = new ArrayList<>();
    int documents;

    int feature(String name) {
      Integer id = featureIds.get(name);
      if (id == null) {
        id = featureNames.size();
        featureIds.put(name, id);
        featureNames.add(name);
      }
      return id;
    }

    SparseVector vector(Map<String, Integer> counts) {
      int[] ids = new int[counts.size()];
      float[] weights = new float[counts.size()];
      int n = 0;
      for (Map.Entry<String, Integer> count : counts.entrySet()) {
        int id = feature(count.getKey());
        double idf = Math.log((documents + 1.0) / (documentFrequency.getOrDefault(id, 0) + 1.0)) + 1.0;
        ids[n] = id;
        weights[n++] = (float) ((1.0 + Math.log(count.getValue())) * idf);
      }
      SparseVector top = SparseVector.top(ids, weights, parameters.documentFeatures());
      // unit length, so that a story's centroid is the sum of its documents' directions
      double norm = top.norm();
      float[] unit = top.weights.clone();
      for (int k = 0; k < unit.length; k++) {
        unit[k] /= (float) norm;
      }
      return new SparseVector(top.ids, unit);
    }

    Story open() {
      Story story = new Story(stories.size());
      stories.add(story);
      return story;
    }

    void index(Story story) {
      for (int feature : story.centroid.heaviest(parameters.indexFeatures())) {
        if (story.indexed.add(feature)) {
          ArrayDeque<Integer> list = postings.computeIfAbsent(feature, f -> new ArrayDeque<>());
          list.addLast(story.index);
          if (list.size() > parameters.maxPostings()) {
            list.pollFirst();
          }
        }
      }
    }

    /** The most similar story the document may join, or null. */
    Story best(SparseVector vector, Long day, Set<Long> namedDays) {
      Map<Integer, Integer> hits = new HashMap<>();
      for (int feature : vector.heaviest(parameters.indexFeatures())) {
        ArrayDeque<Integer> list = postings.get(feature);
        if (list != null) {
          for (int story : list) {
            hits.merge(story, 1, Integer::sum);
          }
        }
      }
      List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(hits.entrySet());
      ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
      Story best = null;
      double bestSimilarity = 0;
      for (Map.Entry<Integer, Integer> candidate : ranked.subList(0, Math.min(ranked.size(), parameters.maxCandidates()))) {
        Story story = stories.get(candidate.getKey());
        boolean dated = day != null && story.dated();
        if (dated && (day < story.first - parameters.windowDays() || day > story.last + parameters.windowDays()
            || Math.max(day, story.last) - Math.min(day, story.first) > parameters.maxSpanDays())) {
          continue;
        }
        double similarity = vector.cosine(story.centroid);
        boolean sharedDay = !dated && namedDays.stream().anyMatch(d -> story.eventDays.containsKey(LocalDate.ofEpochDay(d).toString()));
        double needed = dated || sharedDay ? parameters.threshold() : parameters.undatedThreshold();
        if (similarity >= needed && (similarity > bestSimilarity
            || similarity == bestSimilarity && best != null && story.index < best.index)) {
          best = story;
          bestSimilarity = similarity;
        }
      }
      lastSimilarity = bestSimilarity;
      return best;
    }

    double lastSimilarity;
  }

  @Override
  public List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous) {
    Pass pass = new Pass();
    pass.documents = documents.size();
    Long[] days = new Long[documents.size()];
    for (int i = 0; i < documents.size(); i++) {
      CorpusDocument document = documents.get(i);
      days[i] = DocumentFeatures.day(document);
      for (String name : DocumentFeatures.counts(document).keySet()) {
        pass.documentFrequency.merge(pass.feature(name), 1, Integer::sum);
      }
    }
    Map<String, Story> previousByDocument = new HashMap<>();
    for (CorpusGroup group : previous == null ? List.<CorpusGroup>of() : previous) {
      Story story = restore(pass, group);
      for (Map<String, Object> member : story.members) {
        previousByDocument.put(Details.string(member, "document"), story);
      }
    }
    Integer[] order = new Integer[documents.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> days[i], Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> documents.get(i).id()));
    for (int i : order) {
      CorpusDocument document = documents.get(i);
      if (previousByDocument.containsKey(document.id())) {
        continue;
      }
      SparseVector vector = pass.vector(DocumentFeatures.counts(document));
      Story story = vector.isEmpty() ? null : pass.best(vector, days[i], DocumentFeatures.namedDays(document));
      double similarity = story == null ? 1.0 : pass.lastSimilarity;
      if (story == null) {
        story = pass.open();
        story.id = GroupIds.of(KIND, document.id());
      }
      add(story, document, days[i], vector, similarity);
      if (!vector.isEmpty()) {
        pass.index(story);
      }
    }
    List<CorpusGroup> groups = new ArrayList<>();
    for (Story story : pass.stories) {
      groups.add(toGroup(pass, story));
    }
    groups.sort(Comparator.comparing(CorpusGroup::id));
    return groups;
  }

  private void add(Story story, CorpusDocument document, Long day, SparseVector vector, double similarity) {
    story.centroid = story.centroid.plus(vector, 1.0, parameters.storyFeatures());
    if (day != null) {
      story.first = story.first == null ? day : Math.min(story.first, day);
      story.last = story.last == null ? day : Math.max(story.last, day);
    }
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("document", document.id());
    member.put("published", document.published());
    member.put("day", day == null ? null : LocalDate.ofEpochDay(day).toString());
    member.put("similarity", Math.round(similarity * 1000) / 1000.0);
    story.members.add(member);
    // the label is the earliest title; the opening words of a text only until a title comes
    boolean hasTitle = document.title() != null && !document.title().isBlank();
    String title = headline(document);
    if (title != null && (story.label == null || hasTitle && !story.labelIsTitle
        || hasTitle == story.labelIsTitle && day != null && (story.labelDay == null || day < story.labelDay))) {
      story.label = title;
      story.labelDay = day;
      story.labelIsTitle = hasTitle;
    }
    Set<String> seen = new HashSet<>();
    for (PlaceMention place : document.places() == null ? List.<PlaceMention>of() : document.places()) {
      if (place.geonamesId() != null && seen.add(place.geonamesId().toString())) {
        Map<String, Object> row = story.places.computeIfAbsent(place.geonamesId().toString(), id -> {
          Map<String, Object> fresh = new LinkedHashMap<>();
          fresh.put("name", place.name());
          fresh.put("geonamesId", place.geonamesId());
          fresh.put("countryCode", place.countryCode());
          fresh.put("documents", 0);
          return fresh;
        });
        row.put("documents", ((Number) row.get("documents")).intValue() + 1);
      }
    }
    for (QuoteMention quote : document.quotes() == null ? List.<QuoteMention>of() : document.quotes()) {
      if (quote.speaker() != null && !quote.speaker().isBlank()) {
        story.speakers.merge(quote.speaker().strip(), 1, Integer::sum);
      }
    }
    for (TimeMention time : document.times() == null ? List.<TimeMention>of() : document.times()) {
      Long named = DocumentFeatures.namedDay(time);
      if (named != null) {
        story.eventDays.merge(LocalDate.ofEpochDay(named).toString(), 1, Integer::sum);
      }
    }
  }

  /** The title, else the opening words of the text (up to 100 characters, cut at a word). */
  private static String headline(CorpusDocument document) {
    if (document.title() != null && !document.title().isBlank()) {
      return document.title().strip();
    }
    String text = document.mainText() == null ? "" : document.mainText().strip();
    int newline = text.indexOf('\n');
    String line = (newline < 0 ? text : text.substring(0, newline)).strip();
    if (line.length() > 100) {
      int space = line.lastIndexOf(' ', 100);
      line = line.substring(0, space > 40 ? space : 100) + "…";
    }
    return line.isEmpty() ? null : line;
  }

  /** An earlier run's story, ready to take new documents: its centroid, days, places and speakers. */
  private Story restore(Pass pass, CorpusGroup group) {
    Story story = pass.open();
    story.id = group.id();
    story.label = group.label();
    Map<String, Object> details = group.details() == null ? Map.of() : group.details();
    if (details.get("terms") instanceof Map<?, ?> terms) {
      int[] ids = new int[terms.size()];
      float[] weights = new float[terms.size()];
      int n = 0;
      for (Map.Entry<?, ?> term : terms.entrySet()) {
        if (term.getValue() instanceof Number weight) {
          ids[n] = pass.feature(term.getKey().toString());
          weights[n++] = weight.floatValue();
        }
      }
      story.centroid = SparseVector.top(Arrays.copyOf(ids, n), Arrays.copyOf(weights, n),
          parameters.storyFeatures());
    }
    story.first = DocumentFeatures.epochDay(Details.string(details, "from"));
    story.last = DocumentFeatures.epochDay(Details.string(details, "to"));
    story.labelDay = story.first;
    story.labelIsTitle = true;
    story.members.addAll(group.members());
    for (Map<String, Object> place : Details.maps(details, "places")) {
      story.places.put(Details.string(place, "geonamesId"), new LinkedHashMap<>(place));
    }
    for (Map<String, Object> speaker : Details.maps(details, "speakers")) {
      story.speakers.put(Details.string(speaker, "name"), (int) Details.number(speaker, "quotes", 0));
    }
    for (Map<String, Object> day : Details.maps(details, "eventDates")) {
      story.eventDays.put(Details.string(day, "date"), (int) Details.number(day, "mentions", 0));
    }
    if (!story.centroid.isEmpty()) {
      pass.index(story);
    }
    return story;
  }

  private CorpusGroup toGroup(Pass pass, Story story) {
    List<Map<String, Object>> members = new ArrayList<>(story.members);
    members.sort(Comparator.comparing((Map<String, Object> m) -> Details.string(m, "day"),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(m -> Details.string(m, "document")));
    List<String> documents = members.stream().map(m -> Details.string(m, "document")).toList();
    List<Map<String, Object>> places = new ArrayList<>(story.places.values());
    places.sort(Comparator.comparingInt((Map<String, Object> p) -> -((Number) p.get("documents")).intValue())
        .thenComparing(p -> Details.string(p, "name"), Comparator.nullsLast(Comparator.naturalOrder())));
    List<Map<String, Object>> speakers = new ArrayList<>();
    story.speakers.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(10).forEach(entry -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("name", entry.getKey());
          row.put("quotes", entry.getValue());
          speakers.add(row);
        });
    List<Map<String, Object>> eventDates = new ArrayList<>();
    story.eventDays.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(5).forEach(entry -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("date", entry.getKey());
          row.put("mentions", entry.getValue());
          eventDates.add(row);
        });
    Map<String, Object> terms = new LinkedHashMap<>();
    for (int feature : story.centroid.heaviest(parameters.storyFeatures())) {
      int k = Arrays.binarySearch(story.centroid.ids, feature);
      terms.put(pass.featureNames.get(feature), Math.round(story.centroid.weights[k] * 10000) / 10000.0);
    }
    String label = story.label != null ? story.label : documents.isEmpty() ? story.id : documents.get(0);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("from", story.first == null ? null : LocalDate.ofEpochDay(story.first).toString());
    details.put("to", story.last == null ? null : LocalDate.ofEpochDay(story.last).toString());
    details.put("documentCount", documents.size());
    details.put("places", places.subList(0, Math.min(5, places.size())));
    details.put("speakers", speakers);
    details.put("eventDates", eventDates);
    details.put("terms", terms);
    return new CorpusGroup(KIND, story.id, label, documents, members, details);
  }
}
