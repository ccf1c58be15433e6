package org.annalist.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.consumer.sql.ConnectionSettings;
import org.annalist.consumer.sql.SqlConsumer;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.Located;
import org.annalist.core.pipeline.ResolvedStep;
import org.annalist.core.pipeline.SectionSpec;
import org.annalist.core.pipeline.Suggestions;
import org.annalist.core.plugin.AfterRunStage;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.corpus.duplicates.DuplicatesStep;

/**
 * The {@code corpus:} section of a pipeline file: {@code annalist run} runs the corpus stage over the
 * database the pipeline's sql consumer wrote, once the documents are done.
 *
 * <pre>
 * corpus:
 *   steps: [duplicates, quotes, people, stories]   # default: every installed step
 *   minSimilarity: 0.3                              # near-duplicate threshold
 *   jsonl: out/groups                               # default: OUTPUT/corpus for a SQLite database
 * </pre>
 */
public class CorpusSection implements AfterRunStage {

  static final Set<String> KEYS = Set.of("steps", "minSimilarity", "jsonl");

  @Override
  public String section() {
    return "corpus";
  }

  @Override
  public List<ConfigurationProblem> check(String source, SectionSpec section, List<ResolvedStep> consumers) {
    List<ConfigurationProblem> problems = new ArrayList<>();
    for (Map.Entry<String, Located> setting : section.settings().entrySet()) {
      String key = setting.getKey();
      int line = setting.getValue().line();
      Object value = setting.getValue().value();
      switch (key) {
        case "steps" -> {
          List<String> installed = CorpusStage.discover(CorpusSection.class.getClassLoader()).stream()
              .map(CorpusStep::kind).toList();
          for (String kind : kinds(value)) {
            if (!installed.contains(kind)) {
              problems.add(new ConfigurationProblem(source, line, "corpus step '" + kind + "' is not installed"
                  + Suggestions.didYouMean(kind, installed) + "; installed steps: " + String.join(", ", installed)));
            }
          }
        }
        case "minSimilarity" -> {
          Double similarity = similarity(value);
          if (similarity == null) {
            problems.add(new ConfigurationProblem(source, line, "corpus setting 'minSimilarity': expected a number"
                + " above 0 and at most 1 (an estimated Jaccard similarity, e.g. 0.3), found '" + value + "'"));
          }
        }
        case "jsonl" -> {
          if (!(value instanceof String folder) || folder.isBlank()) {
            problems.add(new ConfigurationProblem(source, line, "corpus setting 'jsonl': expected a folder, found '"
                + value + "'"));
          }
        }
        default -> problems.add(new ConfigurationProblem(source, line, "unknown corpus setting '" + key + "'"
            + Suggestions.didYouMean(key, KEYS) + "; expected one of jsonl, minSimilarity, steps"));
      }
    }
    if (sqlConsumer(consumers) == null) {
      problems.add(new ConfigurationProblem(source, section.line(), "the 'corpus:' section groups the documents the"
          + " run stores in its database, but the pipeline has no sql consumer; add one under consumers, e.g."
          + " '- component: sql' with 'params: { targetLocation: output }'"));
    }
    return problems;
  }

  @Override
  public List<String> run(SectionSpec section, List<ResolvedStep> consumers, Path output) throws Exception {
    return run(section, consumers, output, CorpusStage.discover(CorpusSection.class.getClassLoader()));
  }

  /** Runs the section with these steps (the Spark runner swaps in its own duplicates step). */
  public List<String> run(SectionSpec section, List<ResolvedStep> consumers, Path output, List<CorpusStep> steps)
      throws Exception {
    ResolvedStep sql = sqlConsumer(consumers);
    Map<String, Object> values = sql.values();
    String location = String.valueOf(values.get(ComponentParameters.TARGET_LOCATION));
    ConnectionSettings connection = ConnectionSettings.fromEnvironment(
        String.valueOf(values.getOrDefault(SqlConsumer.PARAM_USER_ENV, "ANNALIST_DB_USER")),
        String.valueOf(values.getOrDefault(SqlConsumer.PARAM_PASSWORD_ENV, "ANNALIST_DB_PASSWORD")), 1, 10, 1, 0);
    Map<String, Located> settings = section.settings();
    Set<String> kinds = settings.containsKey("steps") ? new LinkedHashSet<>(kinds(settings.get("steps").value())) : null;
    double similarity = settings.containsKey("minSimilarity") ? similarity(settings.get("minSimilarity").value())
        : DuplicatesStep.DEFAULT_MIN_SIMILARITY;
    Path jsonl = settings.containsKey("jsonl") ? Path.of(String.valueOf(settings.get("jsonl").value()))
        : output.resolve("corpus");
    CorpusStage.Outcome outcome = CorpusRunner.run(location, connection, new CorpusStage.Settings(kinds, similarity, jsonl),
        steps);
    List<String> lines = new ArrayList<>();
    lines.add("corpus stage over " + outcome.documents() + " document(s); groups in " + jsonl.toAbsolutePath().normalize());
    lines.addAll(outcome.kindLines());
    return lines;
  }

  /** The pipeline's sql consumer, or null. */
  public static ResolvedStep sqlConsumer(List<ResolvedStep> consumers) {
    return consumers.stream()
        .filter(c -> c.descriptor().type().getName().equals(SqlConsumer.class.getName()))
        .findFirst().orElse(null);
  }

  private static List<String> kinds(Object value) {
    List<String> kinds = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> kinds.add(String.valueOf(v).strip()));
    } else {
      for (String part : String.valueOf(value).split(",")) {
        if (!part.isBlank()) {
          kinds.add(part.strip());
        }
      }
    }
    return kinds;
  }

  private static Double similarity(Object value) {
    try {
      double parsed = Double.parseDouble(String.valueOf(value).strip());
      return parsed > 0 && parsed <= 1 ? parsed : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
