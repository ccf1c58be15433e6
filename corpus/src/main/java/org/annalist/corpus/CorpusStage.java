package org.annalist.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.annalist.consumer.sql.schema.Schema;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.corpus.duplicates.DuplicatesStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cross-document stage: runs its {@link CorpusStep}s, in the order duplicates, quotes, people,
 * stories (other kinds after them, by name), over every document of a run's database, and replaces
 * each kind's groups in its table ({@code duplicate_groups}, {@code quote_groups}, {@code people},
 * {@code stories}, each with {@code <table>_members}) and, when a folder is given, in
 * {@code <folder>/<kind>.jsonl}. Each step gets the groups of its kind from the previous run.
 */
public final class CorpusStage {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusStage.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The order of the known kinds. */
  public static final List<String> ORDER = List.of("duplicates", "quotes", "people", "stories");

  /**
   * How the stage runs.
   *
   * @param kinds the kinds to run, or null for every step found
   * @param minSimilarity the near-duplicate threshold (estimated 5-word-shingle Jaccard)
   * @param jsonlFolder where {@code <kind>.jsonl} files go, or null for none
   */
  public record Settings(Set<String> kinds, double minSimilarity, Path jsonlFolder) {

    public static Settings defaults(Path jsonlFolder) {
      return new Settings(null, DuplicatesStep.DEFAULT_MIN_SIMILARITY, jsonlFolder);
    }
  }

  /** What a run of the stage found: the groups of each kind, in step order. */
  public record Outcome(int documents, Map<String, List<CorpusGroup>> groups) {

    public List<CorpusGroup> all() {
      return groups.values().stream().flatMap(List::stream).toList();
    }

    /** One line per kind: how many groups it made and how many distinct documents they cover. */
    public List<String> kindLines() {
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, List<CorpusGroup>> kind : groups.entrySet()) {
        long documents = kind.getValue().stream().flatMap(g -> g.documents().stream()).distinct().count();
        lines.add(String.format("  %-10s %d group(s) of %d document(s)", kind.getKey(), kind.getValue().size(), documents));
      }
      return lines;
    }
  }

  private final List<CorpusStep> steps;

  public CorpusStage(List<CorpusStep> steps) {
    List<CorpusStep> ordered = new ArrayList<>(steps);
    ordered.sort(Comparator.comparingInt((CorpusStep s) -> rank(s.kind())).thenComparing(CorpusStep::kind));
    this.steps = List.copyOf(ordered);
  }

  /** The steps registered as {@code META-INF/services/org.annalist.corpus.CorpusStep} in the class loader. */
  public static List<CorpusStep> discover(ClassLoader loader) {
    List<CorpusStep> found = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (CorpusStep step : ServiceLoader.load(CorpusStep.class, loader)) {
      String earlier = seen.putIfAbsent(step.kind(), step.getClass().getName());
      if (earlier != null) {
        throw new IllegalStateException("two corpus steps make groups of kind '" + step.kind() + "': " + earlier
            + " and " + step.getClass().getName() + "; remove one of their jars from the class path");
      }
      found.add(step);
    }
    return found;
  }

  public List<CorpusStep> steps() {
    return steps;
  }

  /** The kinds of the steps, in the order they run. */
  public List<String> kinds() {
    return steps.stream().map(CorpusStep::kind).toList();
  }

  private static int rank(String kind) {
    int index = ORDER.indexOf(kind);
    return index < 0 ? ORDER.size() : index;
  }

  /** Runs the steps over the store's documents and writes their groups. */
  public Outcome run(CorpusStore store, Settings settings) throws SQLException, IOException {
    List<CorpusStep> selected = steps.stream()
        .filter(s -> settings.kinds() == null || settings.kinds().contains(s.kind())).toList();
    if (settings.kinds() != null) {
      for (String kind : settings.kinds()) {
        if (selected.stream().noneMatch(s -> s.kind().equals(kind))) {
          throw new IllegalArgumentException("no corpus step makes groups of kind '" + kind + "'; installed: "
              + String.join(", ", kinds()));
        }
      }
    }
    boolean content = selected.stream().anyMatch(s -> !(s instanceof StageAwareStep aware) || aware.needsDocumentContent());
    long begin = System.nanoTime();
    List<CorpusDocument> documents = store.documents(content);
    Map<String, ContentSignature> signatures = store.signatures();
    LOG.info("corpus stage: {} documents read in {} ms", documents.size(), (System.nanoTime() - begin) / 1_000_000);
    Map<String, List<CorpusGroup>> found = new LinkedHashMap<>();
    for (CorpusStep step : selected) {
      long stepBegin = System.nanoTime();
      List<CorpusGroup> previous = store.groups(step.kind());
      List<CorpusGroup> groups = step instanceof StageAwareStep aware
          ? aware.group(documents, previous,
              new StageContext(signatures, store.groupedBefore(step.kind()), settings.minSimilarity()))
          : step.group(documents, previous);
      for (CorpusGroup group : groups) {
        if (!step.kind().equals(group.kind())) {
          throw new IllegalStateException("the corpus step " + step.getClass().getName() + " of kind '" + step.kind()
              + "' returned a group of kind '" + group.kind() + "'");
        }
      }
      if (Schema.groupTable(step.kind()) != null) {
        store.replaceGroups(step.kind(), groups);
      } else {
        LOG.warn("corpus step {}: the kind '{}' has no table; its groups go to the JSONL file only",
            step.getClass().getName(), step.kind());
      }
      if (settings.jsonlFolder() != null) {
        writeJsonl(settings.jsonlFolder().resolve(step.kind() + ".jsonl"), groups);
      }
      store.markGrouped(step.kind(), signatures);
      found.put(step.kind(), groups);
      LOG.info("corpus step {}: {} groups in {} ms", step.kind(), groups.size(), (System.nanoTime() - stepBegin) / 1_000_000);
    }
    return new Outcome(documents.size(), found);
  }

  /** One group per line with every field (kind, id, label, documents, members, details). */
  static void writeJsonl(Path file, List<CorpusGroup> groups) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (CorpusGroup group : groups) {
        out.write(JSON.writeValueAsString(group));
        out.write('\n');
      }
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The short form {@code annalist corpus --json} prints: kind, id, label and documents. */
  public static String shortJson(CorpusGroup group) {
    try {
      return JSON.writeValueAsString(CorpusStore.asRow(group));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a group cannot be written as JSON", e);
    }
  }
}
