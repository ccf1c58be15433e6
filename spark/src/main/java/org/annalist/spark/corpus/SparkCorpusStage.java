package org.annalist.spark.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.ResolvedStep;
import org.annalist.core.pipeline.SectionSpec;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.corpus.CorpusSection;
import org.annalist.corpus.CorpusStage;
import org.annalist.corpus.CorpusStep;
import org.annalist.corpus.duplicates.DuplicatesStep;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pipeline's {@code corpus:} section at the end of a Spark run. The sql consumer wrote one SQLite
 * database per partition (or every partition wrote to one PostgreSQL database); the parts are first
 * copied into {@code TARGET/annalist.db}. Then the corpus stage runs over that one database with the
 * same settings as {@code annalist run}: the duplicates step finds its candidates and verifies them
 * on Spark ({@link SparkDuplicatesStep}), the other steps (quotes, people, stories) run on the driver
 * with their local implementation, and every group goes to the same tables and JSONL files.
 */
public final class SparkCorpusStage {

  private static final Logger LOG = LoggerFactory.getLogger(SparkCorpusStage.class);

  private SparkCorpusStage() {}

  /**
   * Runs the section; returns the lines to print.
   *
   * @param output the run's output folder (a local path)
   * @param remoteOutput whether the run's output lies on a Hadoop file system
   */
  public static List<String> run(SparkSession spark, SectionSpec section, List<ResolvedStep> consumers, String output,
      boolean remoteOutput) throws Exception {
    ResolvedStep sql = CorpusSection.sqlConsumer(consumers);
    if (sql == null) {
      throw new IllegalArgumentException("the corpus: section needs a sql consumer");
    }
    String target = String.valueOf(sql.values().get(ComponentParameters.TARGET_LOCATION));
    boolean database = target.startsWith("jdbc:");
    if (!database && (remoteOutput || target.contains("://"))) {
      throw new IllegalArgumentException("the corpus stage on Spark reads the run's SQLite databases on the driver,"
          + " but they lie in " + target + "; give the sql consumer a PostgreSQL target (targetLocation:"
          + " jdbc:postgresql://...) or an output folder the driver mounts, or copy the parts down and run"
          + " 'annalist corpus' there");
    }
    boolean noJsonlFolder = !section.settings().containsKey("jsonl");
    if (remoteOutput && noJsonlFolder) {
      throw new IllegalArgumentException("the corpus stage writes its JSONL files to a local folder and the output "
          + output + " is not one: add 'jsonl: FOLDER' to the corpus: section");
    }
    List<String> lines = new ArrayList<>();
    List<ResolvedStep> stageConsumers = consumers;
    if (!database) {
      Path folder = Path.of(target).toAbsolutePath();
      List<Path> parts = PartDatabases.parts(folder);
      Path combined = PartDatabases.combined(folder);
      long begin = System.nanoTime();
      long documents = PartDatabases.merge(combined, parts);
      LOG.info("{} part database(s) copied into {} ({} documents) in {} ms", parts.size(), combined, documents,
          (System.nanoTime() - begin) / 1_000_000);
      lines.add(parts.size() + " part database(s) combined into " + combined + " (" + documents + " document(s))");
      stageConsumers = withTarget(consumers, sql, combined.toString());
    }
    lines.addAll(new CorpusSection().run(section, stageConsumers, Path.of(output), steps(spark)));
    return lines;
  }

  /** The installed steps, with the duplicates step replaced by the one that runs on Spark. */
  static List<CorpusStep> steps(SparkSession spark) {
    List<CorpusStep> steps = new ArrayList<>();
    for (CorpusStep step : CorpusStage.discover(Thread.currentThread().getContextClassLoader())) {
      steps.add(step.kind().equals(DuplicatesStep.KIND) ? new SparkDuplicatesStep(spark) : step);
    }
    return steps;
  }

  private static List<ResolvedStep> withTarget(List<ResolvedStep> consumers, ResolvedStep sql, String location) {
    List<ResolvedStep> changed = new ArrayList<>();
    for (ResolvedStep consumer : consumers) {
      if (consumer == sql) {
        Map<String, Object> values = new LinkedHashMap<>(consumer.values());
        values.put(ComponentParameters.TARGET_LOCATION, location);
        changed.add(new ResolvedStep(consumer.spec(), consumer.descriptor(), values));
      } else {
        changed.add(consumer);
      }
    }
    return changed;
  }
}
