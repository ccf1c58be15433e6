package org.annalist.corpus.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.GroupIds;
import org.annalist.corpus.StageAwareStep;
import org.annalist.corpus.StageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "duplicates" step: exact and near-duplicate copies of one text (wire copies with other
 * furniture, cuts and edits). See {@link DuplicateFinder} for how; the canonical copy of a group is
 * the earliest published, the longest (most shingles) on a tie, then the smallest id. Each member
 * says its estimated similarity to the canonical copy and whether it is an exact copy of it.
 */
public class DuplicatesStep implements StageAwareStep {

  private static final Logger LOG = LoggerFactory.getLogger(DuplicatesStep.class);

  public static final String KIND = "duplicates";
  /** Estimated 5-word-shingle Jaccard similarity from which two texts are copies of one another. */
  public static final double DEFAULT_MIN_SIMILARITY = 0.3;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean needsDocumentContent() {
    return false;
  }

  /** Groups the documents from their texts alone; members of {@code previous} count as old. */
  @Override
  public List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous) {
    Map<String, ContentSignature> signatures = new HashMap<>();
    for (CorpusDocument document : documents) {
      signatures.put(document.id(), ContentSignature.of(document.mainText()));
    }
    Map<String, String> grouped = new HashMap<>();
    for (CorpusGroup group : previous) {
      for (String id : group.documents()) {
        ContentSignature signature = signatures.get(id);
        if (signature != null) {
          grouped.put(id, signature.textHash());
        }
      }
    }
    return group(documents, previous, new StageContext(signatures, grouped, DEFAULT_MIN_SIMILARITY));
  }

  @Override
  public List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous, StageContext context) {
    List<DuplicateFinder.Entry> entries = new ArrayList<>(documents.size());
    Map<String, Integer> index = new HashMap<>();
    for (CorpusDocument document : documents) {
      ContentSignature signature = context.signatures().get(document.id());
      if (signature == null) {
        signature = ContentSignature.of(document.mainText());
      }
      index.put(document.id(), entries.size());
      entries.add(new DuplicateFinder.Entry(signature.textHash(), signature.shingleCount(), signature.minHashes(),
          context.isOld(document.id(), signature)));
    }
    List<int[]> previousIndices = new ArrayList<>();
    for (CorpusGroup group : previous) {
      int[] members = group.documents().stream().filter(index::containsKey).mapToInt(index::get).toArray();
      if (members.length > 1) {
        previousIndices.add(members);
      }
    }
    DuplicateFinder.Result result = find(entries, previousIndices, context.minSimilarity());
    LOG.info("duplicates: {} documents, {} exact copies, {} candidate comparisons, {} near-duplicate pairs, {} groups",
        documents.size(), result.exactPairs(), result.comparisons(), result.nearPairs(), result.components().size());
    return groups(documents, entries, result.components(), previous);
  }

  /**
   * The groups of copies among the entries (see {@link DuplicateFinder}); another engine that finds the
   * same groups (the Spark runner's) overrides this and keeps the rest of the step.
   */
  protected DuplicateFinder.Result find(List<DuplicateFinder.Entry> entries, List<int[]> previous, double minSimilarity) {
    return new DuplicateFinder(minSimilarity).find(entries, previous);
  }

  private static List<CorpusGroup> groups(List<CorpusDocument> documents, List<DuplicateFinder.Entry> entries,
      List<int[]> components, List<CorpusGroup> previous) {
    Map<String, String> previousGroupOf = new HashMap<>();
    Set<String> previousIds = new HashSet<>();
    for (CorpusGroup group : previous) {
      previousIds.add(group.id());
      for (String id : group.documents()) {
        previousGroupOf.putIfAbsent(id, group.id());
      }
    }
    Set<String> usedIds = new HashSet<>();
    List<CorpusGroup> groups = new ArrayList<>(components.size());
    Comparator<Integer> canonicalFirst = Comparator
        .comparing((Integer i) -> documents.get(i).published(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> -entries.get(i).shingleCount())
        .thenComparing(i -> documents.get(i).id());
    for (int[] component : components) {
      List<Integer> order = new ArrayList<>(component.length);
      for (int i : component) {
        order.add(i);
      }
      order.sort(canonicalFirst);
      int canonical = order.get(0);
      DuplicateFinder.Entry canonicalEntry = entries.get(canonical);
      List<String> ids = new ArrayList<>(order.size());
      List<Map<String, Object>> members = new ArrayList<>(order.size());
      boolean allExact = true;
      double lowest = 1;
      for (int i : order) {
        CorpusDocument document = documents.get(i);
        DuplicateFinder.Entry entry = entries.get(i);
        boolean exact = entry.textHash().equals(canonicalEntry.textHash());
        double similarity = exact ? 1.0 : ContentSignature.estimatedJaccard(entry.minHashes(), canonicalEntry.minHashes());
        allExact &= exact;
        lowest = Math.min(lowest, similarity);
        ids.add(document.id());
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("document", document.id());
        member.put("published", document.published());
        member.put("exact", exact);
        member.put("similarity", Math.round(similarity * 1000) / 1000.0);
        members.add(member);
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("canonical", documents.get(canonical).id());
      details.put("exact", allExact);
      details.put("lowestSimilarity", Math.round(lowest * 1000) / 1000.0);
      String id = keptId(ids, previousGroupOf, previousIds, usedIds);
      groups.add(new CorpusGroup(KIND, id, label(documents.get(canonical)), List.copyOf(ids), members, details));
    }
    groups.sort(Comparator.comparing(CorpusGroup::id));
    return groups;
  }

  /**
   * The id of the earlier group this one continues (the one most of its members came from), else a
   * new id from the canonical copy's id.
   */
  private static String keptId(List<String> ids, Map<String, String> previousGroupOf, Set<String> previousIds,
      Set<String> usedIds) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (String id : ids) {
      String earlier = previousGroupOf.get(id);
      if (earlier != null) {
        votes.merge(earlier, 1, Integer::sum);
      }
    }
    String kept = votes.entrySet().stream()
        .filter(e -> !usedIds.contains(e.getKey()))
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
    if (kept == null) {
      String base = GroupIds.of(KIND, ids.get(0));
      kept = base;
      for (int n = 2; usedIds.contains(kept) || previousIds.contains(kept); n++) {
        kept = base + "-" + n;
      }
    }
    usedIds.add(kept);
    return kept;
  }

  private static String label(CorpusDocument canonical) {
    if (canonical.title() != null && !canonical.title().isBlank()) {
      return canonical.title().strip();
    }
    String text = canonical.mainText();
    if (text != null && !text.isBlank()) {
      String line = text.strip().lines().findFirst().orElse("").strip();
      return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
    return canonical.id();
  }
}
