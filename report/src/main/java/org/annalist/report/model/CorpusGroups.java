package org.annalist.report.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus stage's groups of a run (docs/cross-document.md), as the report shows them: stories,
 * people, quote groups and groups of copies, and for every document the groups it belongs to. Empty
 * when no corpus stage ran over the run's database (or the report is built from documents.jsonl or
 * during the run). Only what the pages show is kept (the stories' term vectors and the people's
 * context words are dropped when read).
 */
public final class CorpusGroups {

  public static final String STORIES = "stories";
  public static final String PEOPLE = "people";
  public static final String QUOTES = "quotes";
  public static final String DUPLICATES = "duplicates";

  /** One group: its stable id, label, member documents in the group's order, members and details as stored. */
  public record Group(String kind, String id, String label, List<String> documents, List<Map<String, Object>> members,
      Map<String, Object> details) {}

  private final Map<String, List<Group>> byKind = new HashMap<>();
  private final Map<String, Map<String, List<Group>>> byDocument = new HashMap<>();

  public static CorpusGroups none() {
    return new CorpusGroups();
  }

  /** Adds a group of a kind (and marks the kind present even when {@code group} is null: the step ran, found nothing). */
  public void add(String kind, Group group) {
    List<Group> groups = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
    if (group == null) {
      return;
    }
    groups.add(group);
    for (String document : group.documents()) {
      List<Group> ofKind = byDocument.computeIfAbsent(document, d -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>(1));
      if (ofKind.isEmpty() || ofKind.get(ofKind.size() - 1) != group) {
        ofKind.add(group);
      }
    }
  }

  /** Whether the run's database has groups of this kind (or the step ran and found none). */
  public boolean has(String kind) {
    return byKind.containsKey(kind);
  }

  public boolean isEmpty() {
    return byKind.isEmpty();
  }

  public List<Group> of(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** The groups of a kind a document belongs to, in the order they were added. */
  public List<Group> ofDocument(String document, String kind) {
    Map<String, List<Group>> kinds = byDocument.get(document);
    return kinds == null ? List.of() : kinds.getOrDefault(kind, List.of());
  }
}
