package org.annalist.corpus.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.corpus.CorpusDocument.PersonMention;
import org.annalist.corpus.CorpusDocument.PlaceMention;
import org.annalist.corpus.CorpusDocument.QuoteMention;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.CorpusStep;
import org.annalist.corpus.GroupIds;
import org.annalist.corpus.UnionFind;
import org.annalist.corpus.quotes.Details;
import org.annalist.corpus.quotes.Words;

/**
 * Mentions of one person across documents become one person record with name variants, roles over
 * time and quotes. Within a document the {@code persons} and {@code quotes} annotators already resolved
 * "Kirby" to the fullest name the document gives ("John Kirby"); across documents the rule is:
 * <ol>
 *   <li>names with a given name and a surname are one person when both are equal after titles, middle
 *       initials and suffixes are dropped ("Pentagon press secretary John Kirby", "John F. Kirby");</li>
 *   <li>a bare surname ("Smith", in a document that never gives the full name) joins a full-name person
 *       with that surname only when exactly one such person shares context with it: the person appears,
 *       in some document, next to another person also named in the bare mention's document, or with a
 *       role that shares a word with the bare mention's role. Two or more such people, or none, and the
 *       bare surname stays a person record of its own;</li>
 *   <li>bare surnames that stay alone are one record across documents only when they share context the
 *       same way (another person named in both documents, or a role word);</li>
 *   <li>full names with one surname and given names that are transliterations of one name ("Qasem" /
 *       "Qassem", see {@link GivenNames}) are one person when they share context and no document names
 *       both (rule 4, applied before rules 2 and 3, so a bare "Soleimani" then fits one person).</li>
 * </ol>
 * Only mentions that name a person count ({@link PersonMentions}): organisations, groups, plural common
 * nouns and pronouns make no record.
 * So two people who share a surname are never merged by the surname alone. Cost: linear in the mentions,
 * plus, for surnames that occur bare, the pairs of people named in one document.
 */
public final class PersonGroupingStep implements CorpusStep {

  public static final String KIND = "people";

  /** Role words too general to say two mentions are one person. */
  private static final Set<String> WEAK_ROLE_WORDS = Set.of("the", "a", "an", "of", "for", "and", "in", "at", "on",
      "to", "s", "former", "new", "said", "told", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
      "member", "head", "chief", "senior", "deputy", "us", "u");

  /** Surnames with more distinct full names than this are not searched for transliterations (pairs). */
  private static final int MAX_NAMES_PER_SURNAME = 200;

  private final int maxContext;

  public PersonGroupingStep() {
    this(100);
  }

  /** @param maxContext how many co-occurring names a person record keeps for later runs */
  public PersonGroupingStep(int maxContext) {
    this.maxContext = maxContext;
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** One person in one document. */
  private static final class Entity {
    final String document;
    final String published;
    final PersonName name;
    final Map<String, Integer> variants = new LinkedHashMap<>();
    final Set<String> roles = new LinkedHashSet<>();
    final List<Map<String, Object>> quotes = new ArrayList<>();
    final Set<String> context = new LinkedHashSet<>();
    String previousGroup;

    Entity(String document, String published, PersonName name) {
      this.document = document;
      this.published = published;
      this.name = name;
    }
  }

  @Override
  public List<CorpusGroup> group(List<CorpusDocument> documents, List<CorpusGroup> previous) {
    Set<String> given = new HashSet<>();
    for (CorpusDocument document : documents) {
      given.add(document.id());
    }
    List<Entity> entities = new ArrayList<>();
    for (CorpusGroup group : previous == null ? List.<CorpusGroup>of() : previous) {
      entities.addAll(fromPrevious(group, given));
    }
    for (CorpusDocument document : documents) {
      entities.addAll(fromDocument(document));
    }
    int n = entities.size();
    UnionFind sets = new UnionFind(n);

    // rule 1: the same given name and surname
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> byPreviousGroup = new HashMap<>();
    Set<String> bareSurnames = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Entity entity = entities.get(i);
      if (!entity.name.bare()) {
        Integer first = byKey.putIfAbsent(entity.name.key(), i);
        if (first != null) {
          sets.union(first, i);
        }
      } else {
        bareSurnames.add(entity.name.surname());
      }
      if (entity.previousGroup != null) {
        Integer first = byPreviousGroup.putIfAbsent(entity.previousGroup, i);
        if (first != null) {
          sets.union(first, i);
        }
      }
    }
    joinTransliterations(entities, sets);
    // rule 2: a bare surname joins the one full-name person with that surname it shares context with
    Map<String, Set<String>> fullNamesByContext = new HashMap<>();
    for (Entity entity : entities) {
      if (!entity.name.bare() && bareSurnames.contains(entity.name.surname())) {
        for (String context : entity.context) {
          fullNamesByContext.computeIfAbsent(entity.name.surname() + "|" + context, k -> new LinkedHashSet<>())
              .add(entity.name.key());
        }
      }
    }
    Map<String, Integer> bareByContext = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Entity entity = entities.get(i);
      if (!entity.name.bare()) {
        continue;
      }
      Set<Integer> candidates = new LinkedHashSet<>();
      for (String context : entity.context) {
        for (String key : fullNamesByContext.getOrDefault(entity.name.surname() + "|" + context, Set.of())) {
          candidates.add(sets.find(byKey.get(key)));
        }
      }
      if (candidates.size() == 1) {
        sets.union(candidates.iterator().next(), i);
      } else if (candidates.isEmpty()) {
        // rule 3: bare surnames that share context are one record
        for (String context : entity.context) {
          Integer first = bareByContext.putIfAbsent(entity.name.surname() + "|" + context, i);
          if (first != null) {
            sets.union(first, i);
          }
        }
      }
    }
    Map<Integer, List<Entity>> components = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      components.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(entities.get(i));
    }
    List<CorpusGroup> groups = new ArrayList<>();
    for (List<Entity> component : components.values()) {
      groups.add(toGroup(component));
    }
    groups.sort(Comparator.comparing(CorpusGroup::id));
    return groups;
  }

  /**
   * Rule 4: full names with the same surname whose given names are transliterations of one name
   * ("Qasem" / "Qassem Soleimani") are one person when they share context (another person named with
   * both, or a role word) and no document names both (two such names in one document are two people).
   */
  private static void joinTransliterations(List<Entity> entities, UnionFind sets) {
    Map<String, Map<String, Integer>> firstByKeyBySurname = new HashMap<>();
    Map<String, Set<String>> documentsByKey = new HashMap<>();
    Map<String, Set<String>> contextByKey = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      if (entity.name.bare()) {
        continue;
      }
      firstByKeyBySurname.computeIfAbsent(entity.name.surname(), k -> new LinkedHashMap<>())
          .putIfAbsent(entity.name.key(), i);
      documentsByKey.computeIfAbsent(entity.name.key(), k -> new HashSet<>()).add(entity.document);
      contextByKey.computeIfAbsent(entity.name.key(), k -> new HashSet<>()).addAll(entity.context);
    }
    for (Map<String, Integer> keys : firstByKeyBySurname.values()) {
      if (keys.size() < 2 || keys.size() > MAX_NAMES_PER_SURNAME) {
        continue;
      }
      List<Map.Entry<String, Integer>> list = new ArrayList<>(keys.entrySet());
      for (int a = 0; a < list.size(); a++) {
        PersonName first = entities.get(list.get(a).getValue()).name;
        for (int b = a + 1; b < list.size(); b++) {
          PersonName second = entities.get(list.get(b).getValue()).name;
          if (GivenNames.transliterations(first.given(), second.given())
              && Collections.disjoint(documentsByKey.get(first.key()), documentsByKey.get(second.key()))
              && !Collections.disjoint(contextByKey.get(first.key()), contextByKey.get(second.key()))) {
            sets.union(list.get(a).getValue(), list.get(b).getValue());
          }
        }
      }
    }
  }

  private static List<Entity> fromDocument(CorpusDocument document) {
    Map<String, Entity> byKey = new LinkedHashMap<>();
    List<PersonMention> mentions = document.persons() == null ? List.of() : document.persons();
    List<PersonMention> ordered = new ArrayList<>(mentions.size());
    // names first: a pronoun or a description then only adds to a person the document names
    mentions.stream().filter(m -> !PersonMentions.isReference(m)).forEach(ordered::add);
    mentions.stream().filter(PersonMentions::isReference).forEach(ordered::add);
    for (PersonMention mention : ordered) {
      // organisations, groups, plural common nouns and the like name no person
      String canonical = PersonMentions.personName(mention, document.mainText());
      PersonName name = canonical == null ? null : PersonName.parse(canonical);
      if (name == null || PersonMentions.isReference(mention) && !byKey.containsKey(name.key())) {
        continue;
      }
      Entity entity = byKey.computeIfAbsent(name.key(), k -> new Entity(document.id(), document.published(), name));
      if (PersonMentions.textIsName(mention)) {
        entity.variants.merge(mention.text().strip(), 1, Integer::sum);
      }
      entity.variants.merge(canonical, 1, Integer::sum);
      addRole(entity, mention.role());
    }
    // a name that is also one of the document's places ("Iraq", "Ankara") is not a person
    Set<String> placeNames = new HashSet<>();
    for (PlaceMention place : document.places() == null ? List.<PlaceMention>of() : document.places()) {
      placeNames.add(String.join(" ", Words.of(place.name())));
    }
    byKey.keySet().removeIf(key -> placeNames.contains(key));
    for (QuoteMention quote : document.quotes() == null ? List.<QuoteMention>of() : document.quotes()) {
      PersonName name = PersonName.parse(quote.speaker());
      // quotes go to the people the document names; other speakers are organisations or unknown kinds
      Entity entity = name == null ? null : byKey.get(name.key());
      if (entity == null && name != null && name.bare()) {
        entity = byKey.values().stream().filter(e -> e.name.surname().equals(name.surname())).findFirst().orElse(null);
      }
      if (entity == null) {
        continue;
      }
      entity.variants.merge(quote.speaker().strip(), 0, Integer::sum);
      addRole(entity, quote.speakerRole());
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("document", document.id());
      ref.put("ord", quote.ord());
      ref.put("content", quote.content());
      entity.quotes.add(ref);
    }
    // a bare surname in a document that also names the full person is that person
    Map<String, String> fullBySurname = new HashMap<>();
    for (Entity entity : byKey.values()) {
      if (!entity.name.bare()) {
        fullBySurname.merge(entity.name.surname(), entity.name.key(), (a, b) -> a.equals(b) ? a : "");
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity entity : byKey.values()) {
      String full = entity.name.bare() ? fullBySurname.get(entity.name.surname()) : null;
      if (full != null && !full.isEmpty()) {
        Entity target = byKey.get(full);
        entity.variants.forEach((variant, count) -> target.variants.merge(variant, count, Integer::sum));
        target.roles.addAll(entity.roles);
        target.quotes.addAll(entity.quotes);
      } else {
        entities.add(entity);
      }
    }
    for (Entity entity : entities) {
      for (Entity other : entities) {
        if (other != entity && !other.name.bare() && !other.name.surname().equals(entity.name.surname())) {
          entity.context.add("person:" + other.name.key());
        }
      }
      for (String role : entity.roles) {
        for (String word : Words.of(role)) {
          if (word.length() > 2 && !WEAK_ROLE_WORDS.contains(word)) {
            entity.context.add("role:" + word);
          }
        }
      }
    }
    return entities;
  }

  private static void addRole(Entity entity, String role) {
    if (role != null && !role.isBlank()) {
      entity.roles.add(role.strip());
    }
  }

  /** The members of an earlier run's person record, except those of documents given again. */
  private static List<Entity> fromPrevious(CorpusGroup group, Set<String> given) {
    List<Entity> entities = new ArrayList<>();
    PersonName name = new PersonName(Details.string(group.details(), "given"), Details.string(group.details(), "surname"));
    if (name.surname() == null) {
      return entities;
    }
    List<String> context = Details.strings(group.details(), "context");
    for (Map<String, Object> member : group.members()) {
      String document = Details.string(member, "document");
      if (document == null || given.contains(document)) {
        continue;
      }
      Entity entity = new Entity(document, Details.string(member, "published"), name);
      entity.previousGroup = group.id();
      for (String variant : Details.strings(member, "variants")) {
        entity.variants.merge(variant, 1, Integer::sum);
      }
      entity.roles.addAll(Details.strings(member, "roles"));
      entity.quotes.addAll(Details.maps(member, "quotes"));
      entity.context.addAll(context);
      entities.add(entity);
    }
    return entities;
  }

  private CorpusGroup toGroup(List<Entity> members) {
    members.sort(Comparator.comparing((Entity e) -> e.published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(e -> e.document));
    PersonName name = members.stream().map(e -> e.name).filter(n -> !n.bare()).findFirst()
        .orElse(members.get(0).name);
    String id = members.stream().map(e -> e.previousGroup).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(GroupIds.of(KIND, name.bare() ? "surname:" + name.surname() + "@" + members.get(0).document : name.key()));
    Map<String, Integer> variants = new LinkedHashMap<>();
    Map<String, Map<String, Object>> roles = new TreeMap<>();
    List<Map<String, Object>> quotes = new ArrayList<>();
    Set<String> context = new LinkedHashSet<>();
    List<String> documents = new ArrayList<>();
    List<Map<String, Object>> memberRows = new ArrayList<>();
    for (Entity member : members) {
      if (!documents.contains(member.document)) {
        documents.add(member.document);
      }
      member.variants.forEach((variant, count) -> variants.merge(variant, count, Integer::sum));
      for (String role : member.roles) {
        Map<String, Object> row = roles.computeIfAbsent(role.toLowerCase(Locale.ROOT), r -> {
          Map<String, Object> fresh = new LinkedHashMap<>();
          fresh.put("role", role);
          fresh.put("first", member.published);
          fresh.put("last", member.published);
          fresh.put("documents", 0);
          return fresh;
        });
        if (member.published != null) {
          if (row.get("first") == null || member.published.compareTo((String) row.get("first")) < 0) {
            row.put("first", member.published);
          }
          if (row.get("last") == null || member.published.compareTo((String) row.get("last")) > 0) {
            row.put("last", member.published);
          }
        }
        row.put("documents", ((Integer) row.get("documents")) + 1);
      }
      quotes.addAll(member.quotes);
      if (context.size() < maxContext) {
        member.context.stream().limit(maxContext - context.size()).forEach(context::add);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document", member.document);
      row.put("published", member.published);
      row.put("variants", new ArrayList<>(member.variants.keySet()));
      row.put("roles", new ArrayList<>(member.roles));
      row.put("quotes", member.quotes);
      memberRows.add(row);
    }
    String label = variants.entrySet().stream()
        .filter(e -> PersonName.parse(e.getKey()) != null && PersonName.parse(e.getKey()).key().equals(name.key()))
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
        .map(Map.Entry::getKey).orElse(variants.isEmpty() ? name.key() : variants.keySet().iterator().next());
    List<Map<String, Object>> roleList = new ArrayList<>(roles.values());
    roleList.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("first"),
        Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", label);
    details.put("given", name.given());
    details.put("surname", name.surname());
    details.put("variants", new ArrayList<>(variants.keySet()));
    details.put("roles", roleList);
    details.put("quotes", quotes);
    details.put("context", new ArrayList<>(context));
    return new CorpusGroup(KIND, id, label, documents, memberRows, details);
  }
}
