package org.annalist.corpus.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.corpus.CorpusDocument.QuoteMention;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.CorpusStep;
import org.annalist.corpus.GroupIds;
import org.annalist.corpus.UnionFind;
import org.annalist.corpus.people.PersonName;

/**
 * The same quote in several documents, however it was cut, trimmed, punctuated or quoted, becomes one
 * group with its merged speaker and every source document, the earliest first.
 *
 * <p>Quotes are compared as sets of word shingles (three words; an ellipsis ends a run of words, since
 * words were left out there). Two quote texts match when the shingles they share cover at least
 * {@code minContainment} of the shorter one's, so a partial or trimmed quote matches the full one,
 * unless both have named speakers that cannot be one person. Candidates come from an inverted index
 * of shingles (identical texts are merged first; a shingle shared by more than {@code maxPostings}
 * distinct texts is too common to find candidates with), so the cost is linear in the number of quotes
 * times the bounded posting length, never quadratic.
 */
public final class QuoteGroupingStep implements CorpusStep {

  public static final String KIND = "quotes";

  /** The step's parameters; {@link #defaults()} are those documented in docs/cross-document.md. */
  public record Parameters(int shingleWords, int minWords, double minContainment, int maxPostings, int minDocuments) {
    public static Parameters defaults() {
      return new Parameters(3, 3, 0.6, 500, 2);
    }
  }

  private final Parameters parameters;

  public QuoteGroupingStep() {
    this(Parameters.defaults());
  }

  public QuoteGroupingStep(Parameters parameters) {
    this.parameters = parameters;
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** One quote in one document; {@code previousGroup} is the id of the earlier run's group it came from. */
  private record Occurrence(String document, String published, int ord, String content, String speaker,
      String speakerRole, String previousGroup) {}

  /** One distinct normalised quote text with its shingles and the occurrences that read so. */
  private static final class QuoteText {
    final long[] shingles;
    final List<Integer> occurrences = new ArrayList<>();
    String speaker;

    QuoteText(long[] shingles) {
      this.shingles = shingles;
    }
  }

  /** A growable list of text ids; stops growing (and is ignored) past the posting limit. */
  private static final class Posting {
    int[] ids = new int[2];
    int size;
    boolean overflow;
  }

  @Override
  public List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous) {
    List<Occurrence> occurrences = occurrences(documents, previous);
    Map<String, Integer> textIds = new HashMap<>();
    List<QuoteText> texts = new ArrayList<>();
    for (int i = 0; i < occurrences.size(); i++) {
      List<List<String>> segments = Words.segments(occurrences.get(i).content());
      int words = segments.stream().mapToInt(List::size).sum();
      if (words < parameters.minWords()) {
        continue;
      }
      String key = String.join(" | ", segments.stream().map(segment -> String.join(" ", segment)).toList());
      Integer id = textIds.get(key);
      if (id == null) {
        id = texts.size();
        textIds.put(key, id);
        texts.add(new QuoteText(shingles(segments)));
      }
      texts.get(id).occurrences.add(i);
    }
    for (QuoteText text : texts) {
      text.speaker = dominantSpeaker(text.occurrences.stream().map(occurrences::get).toList());
    }
    UnionFind sets = new UnionFind(texts.size());
    matchTexts(texts, sets);
    Map<Integer, List<Integer>> components = new LinkedHashMap<>();
    for (int t = 0; t < texts.size(); t++) {
      components.computeIfAbsent(sets.find(t), k -> new ArrayList<>()).addAll(texts.get(t).occurrences);
    }
    List<CorpusGroup> groups = new ArrayList<>();
    for (List<Integer> component : components.values()) {
      List<Occurrence> members = new ArrayList<>(component.stream().map(occurrences::get).toList());
      boolean wasGroup = members.stream().anyMatch(o -> o.previousGroup() != null);
      long distinctDocuments = members.stream().map(Occurrence::document).distinct().count();
      if (wasGroup || distinctDocuments >= parameters.minDocuments()) {
        groups.add(toGroup(members));
      }
    }
    groups.sort(Comparator.comparing(CorpusGroup::id));
    return groups;
  }

  /** The quotes of the documents, and the members of earlier groups whose documents are not given again. */
  private static List<Occurrence> occurrences(List<CorpusDocument> documents, List<CorpusGroup> previous) {
    Map<String, Occurrence> byKey = new LinkedHashMap<>();
    for (CorpusGroup group : previous == null ? List.<CorpusGroup>of() : previous) {
      for (Map<String, Object> member : group.members()) {
        String document = Details.string(member, "document");
        String content = Details.string(member, "content");
        if (document == null || content == null) {
          continue;
        }
        int ord = (int) Details.number(member, "ord", -1);
        byKey.put(document + "#" + ord, new Occurrence(document, Details.string(member, "published"), ord, content,
            Details.string(member, "speaker"), Details.string(member, "speakerRole"), group.id()));
      }
    }
    for (CorpusDocument document : documents) {
      if (document.quotes() == null) {
        continue;
      }
      for (QuoteMention quote : document.quotes()) {
        if (quote.content() == null) {
          continue;
        }
        String key = document.id() + "#" + quote.ord();
        Occurrence earlier = byKey.get(key);
        byKey.put(key, new Occurrence(document.id(), document.published(), quote.ord(), quote.content(),
            quote.speaker(), quote.speakerRole(), earlier == null ? null : earlier.previousGroup()));
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private long[] shingles(List<List<String>> segments) {
    int k = parameters.shingleWords();
    List<Long> hashes = new ArrayList<>();
    for (List<String> segment : segments) {
      if (segment.size() < k) {
        hashes.add(Words.hash64(String.join(" ", segment)));
        continue;
      }
      for (int i = 0; i + k <= segment.size(); i++) {
        hashes.add(Words.hash64(String.join(" ", segment.subList(i, i + k))));
      }
    }
    return hashes.stream().mapToLong(Long::longValue).distinct().toArray();
  }

  private void matchTexts(List<QuoteText> texts, UnionFind sets) {
    Map<Long, Posting> index = new HashMap<>();
    for (int t = 0; t < texts.size(); t++) {
      for (long shingle : texts.get(t).shingles) {
        Posting posting = index.computeIfAbsent(shingle, s -> new Posting());
        if (posting.overflow) {
          continue;
        }
        if (posting.size == parameters.maxPostings()) {
          posting.overflow = true;
          posting.ids = null;
          continue;
        }
        if (posting.size == posting.ids.length) {
          posting.ids = Arrays.copyOf(posting.ids, posting.size * 2);
        }
        posting.ids[posting.size++] = t;
      }
    }
    Map<Integer, Integer> shared = new HashMap<>();
    for (int t = 0; t < texts.size(); t++) {
      QuoteText text = texts.get(t);
      shared.clear();
      for (long shingle : text.shingles) {
        Posting posting = index.get(shingle);
        if (posting.overflow) {
          continue;
        }
        for (int i = 0; i < posting.size; i++) {
          int other = posting.ids[i];
          if (other > t) {
            shared.merge(other, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
        QuoteText other = texts.get(candidate.getKey());
        int shorter = Math.min(text.shingles.length, other.shingles.length);
        if (candidate.getValue() >= parameters.minContainment() * shorter
            && PersonName.compatible(text.speaker, other.speaker)) {
          sets.union(t, candidate.getKey());
        }
      }
    }
  }

  /** The most frequent named speaker (the longer form on a tie), or null when no occurrence has one. */
  private static String dominantSpeaker(List<Occurrence> occurrences) {
    Map<String, Integer> counts = new HashMap<>();
    for (Occurrence occurrence : occurrences) {
      if (occurrence.speaker() != null && !occurrence.speaker().isBlank()) {
        counts.merge(occurrence.speaker().strip(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(entry -> entry.getKey().length())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static final Comparator<Occurrence> EARLIEST_FIRST = Comparator
      .comparing(Occurrence::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Occurrence::document)
      .thenComparingInt(Occurrence::ord);

  private static CorpusGroup toGroup(List<Occurrence> members) {
    members.sort(EARLIEST_FIRST);
    Map<String, Long> votes = new HashMap<>();
    for (Occurrence member : members) {
      if (member.previousGroup() != null) {
        votes.merge(member.previousGroup(), 1L, Long::sum);
      }
    }
    Occurrence first = members.get(0);
    String id = votes.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(GroupIds.of(KIND, first.document() + "#" + first.ord()));
    String speaker = dominantSpeaker(members);
    String role = members.stream().filter(m -> m.speakerRole() != null && speaker != null && speaker.equals(
        m.speaker() == null ? null : m.speaker().strip())).map(Occurrence::speakerRole).findFirst().orElse(null);
    String fullest = members.stream().map(Occurrence::content).max(Comparator.comparingInt(String::length)
        .thenComparing(Comparator.reverseOrder())).orElseThrow();
    List<String> documents = new ArrayList<>();
    List<Map<String, Object>> sources = new ArrayList<>();
    List<Map<String, Object>> memberRows = new ArrayList<>();
    Map<String, Integer> speakers = new LinkedHashMap<>();
    for (Occurrence member : members) {
      if (!documents.contains(member.document())) {
        documents.add(member.document());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("document", member.document());
        source.put("published", member.published());
        sources.add(source);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document", member.document());
      row.put("ord", member.ord());
      row.put("published", member.published());
      row.put("content", member.content());
      row.put("speaker", member.speaker());
      row.put("speakerRole", member.speakerRole());
      memberRows.add(row);
      if (member.speaker() != null && !member.speaker().isBlank()) {
        speakers.merge(member.speaker().strip(), 1, Integer::sum);
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("speaker", speaker);
    details.put("speakerRole", role);
    details.put("speakers", new ArrayList<>(speakers.keySet()));
    details.put("text", fullest);
    details.put("firstPublished", first.published());
    details.put("sources", sources);
    details.put("occurrences", members.size());
    return new CorpusGroup(KIND, id, first.content(), documents, memberRows, details);
  }
}
