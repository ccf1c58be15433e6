package org.annalist.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.consumer.sql.signature.ContentSignature;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineOverrides;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.corpus.CorpusDocument;
import org.annalist.corpus.CorpusGroup;
import org.annalist.corpus.CorpusSection;
import org.annalist.corpus.StageContext;
import org.annalist.corpus.duplicates.DuplicatesStep;
import org.annalist.spark.InputFormat;
import org.annalist.spark.JobResult;
import org.annalist.spark.SparkPipelineJob;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus stage on Spark gives the local stage's groups: the duplicates step compared directly on a
 * generated corpus (a first run, and a later run that joins new documents to the groups of the first),
 * and a pipeline with a {@code corpus:} section run by {@code annalist-spark} against the same pipeline
 * run locally (tables and JSONL files of every kind).
 */
class SparkCorpusStageTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir
  Path temp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("annalist-corpus-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theStepOnSparkFindsTheLocalGroupsWithTheSameCanonicalCopies() {
    List<NearDuplicateCorpus.Doc> generated = NearDuplicateCorpus.generate(23, 80, 100, 40);
    List<CorpusDocument> documents = new ArrayList<>();
    Map<String, ContentSignature> signatures = new HashMap<>();
    for (NearDuplicateCorpus.Doc doc : generated) {
      documents.add(new CorpusDocument(doc.id(), "title of " + doc.id(), doc.published(), null, List.of(), List.of(),
          List.of(), List.of()));
      signatures.put(doc.id(), ContentSignature.of(doc.text()));
    }
    documents.sort((a, b) -> a.id().compareTo(b.id()));
    List<CorpusDocument> firstHalf = documents.subList(0, documents.size() / 2);
    StageContext first = new StageContext(signatures, Map.of(), DuplicatesStep.DEFAULT_MIN_SIMILARITY);

    List<CorpusGroup> local = new DuplicatesStep().group(firstHalf, List.of(), first);
    List<CorpusGroup> onSpark = new SparkDuplicatesStep(spark).group(firstHalf, List.of(), first);
    assertThat(local).hasSizeGreaterThan(30);
    assertThat(onSpark).isEqualTo(local);

    // a later run over every document: the first half is old, its groups are kept and joined
    Map<String, String> groupedBefore = new HashMap<>();
    firstHalf.forEach(d -> groupedBefore.put(d.id(), signatures.get(d.id()).textHash()));
    StageContext later = new StageContext(signatures, groupedBefore, DuplicatesStep.DEFAULT_MIN_SIMILARITY);
    List<CorpusGroup> localAgain = new DuplicatesStep().group(documents, local, later);
    List<CorpusGroup> sparkAgain = new SparkDuplicatesStep(spark).group(documents, onSpark, later);
    assertThat(localAgain).hasSizeGreaterThan(local.size());
    assertThat(sparkAgain).isEqualTo(localAgain);
    // the family larger than a full-comparison bucket is one group on both
    assertThat(sparkAgain.stream().mapToInt(g -> g.documents().size()).max().orElse(0)).isGreaterThan(35);
  }

  @Test
  void anotherThresholdGivesOtherGroupsAndStillTheLocalOnes() {
    List<NearDuplicateCorpus.Doc> generated = NearDuplicateCorpus.generate(5, 60, 40, 0);
    List<CorpusDocument> documents = new ArrayList<>();
    Map<String, ContentSignature> signatures = new HashMap<>();
    for (NearDuplicateCorpus.Doc doc : generated) {
      documents.add(new CorpusDocument(doc.id(), null, doc.published(), null, List.of(), List.of(), List.of(), List.of()));
      signatures.put(doc.id(), ContentSignature.of(doc.text()));
    }
    StageContext strict = new StageContext(signatures, Map.of(), 0.6);
    StageContext loose = new StageContext(signatures, Map.of(), 0.3);
    List<CorpusGroup> strictGroups = new SparkDuplicatesStep(spark).group(documents, List.of(), strict);
    assertThat(strictGroups).isEqualTo(new DuplicatesStep().group(documents, List.of(), strict));
    assertThat(strictGroups).isNotEqualTo(new DuplicatesStep().group(documents, List.of(), loose));
  }

  @Test
  void aPipelineWithACorpusSectionWritesTheLocalGroupsOnSpark() throws Exception {
    List<NearDuplicateCorpus.Doc> generated = NearDuplicateCorpus.generate(7, 25, 20, 0);
    Path records = temp.resolve("records.jsonl");
    writeRecords(records, generated);
    Path pipeline = temp.resolve("corpus.yaml");
    Files.writeString(pipeline, """
        name: corpus-on-spark
        reader:
          component: jsonl-records
          params:
            sourceLocation: records.jsonl
        consumers:
          - component: sql
            params: { targetLocation: output }
        corpus:
          minSimilarity: 0.3
        """, StandardCharsets.UTF_8);

    runLocally(pipeline, records, temp.resolve("local"));
    JobResult result = SparkPipelineJob.run(spark, new SparkPipelineJob.Request(pipeline, records.toString(),
        temp.resolve("spark").toString(), List.of(), InputFormat.JSONL, 3, 1, null, false, false, 256));
    assertThat(result.corpusError()).isNull();
    assertThat(result.corpusLines()).anyMatch(line -> line.startsWith("3 part database(s) combined into"));
    assertSameGroups(temp.resolve("local"), temp.resolve("spark"));
    assertThat(Files.readAllLines(temp.resolve("spark/corpus/duplicates.jsonl"))).hasSizeGreaterThan(8);
    assertThat(rows(temp.resolve("spark/annalist.db"), "SELECT COUNT(*) FROM documents"))
        .containsExactlyElementsOf(rows(temp.resolve("local/annalist.db"), "SELECT COUNT(*) FROM documents"))
        .isNotEqualTo(List.of("0"));
  }

  private static void assertSameGroups(Path local, Path onSpark) throws IOException, SQLException {
    for (String kind : List.of("duplicates", "quotes", "people", "stories")) {
      assertThat(onSpark.resolve("corpus/" + kind + ".jsonl")).as(kind).exists();
      assertThat(Files.readAllLines(onSpark.resolve("corpus/" + kind + ".jsonl")))
          .as(kind).containsExactlyElementsOf(Files.readAllLines(local.resolve("corpus/" + kind + ".jsonl")));
    }
    String members = "SELECT group_id || ' ' || ord || ' ' || doc_id FROM duplicate_groups_members ORDER BY 1";
    assertThat(rows(onSpark.resolve("annalist.db"), members))
        .isNotEmpty().containsExactlyElementsOf(rows(local.resolve("annalist.db"), members));
    String groups = "SELECT group_id || ' ' || label || ' ' || document_count || ' ' || members FROM duplicate_groups"
        + " ORDER BY 1";
    assertThat(rows(onSpark.resolve("annalist.db"), groups))
        .containsExactlyElementsOf(rows(local.resolve("annalist.db"), groups));
  }

  private static void writeRecords(Path file, List<NearDuplicateCorpus.Doc> docs) throws IOException {
    List<String> lines = new ArrayList<>();
    for (NearDuplicateCorpus.Doc doc : docs) {
      ObjectNode record = JSON.createObjectNode();
      record.put("id", doc.id());
      record.put("title", "title of " + doc.id());
      record.put("text", doc.text());
      if (doc.published() != null) {
        record.put("date", doc.published());
      }
      lines.add(JSON.writeValueAsString(record));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static void runLocally(Path pipeline, Path input, Path output) throws Exception {
    ComponentRegistry registry = ComponentRegistry.load();
    PipelineSpec spec = new PipelineLoader().load(pipeline);
    spec = PipelineOverrides.withInput(spec, input.toString());
    spec = PipelineOverrides.withOutput(spec, output.toString(), registry);
    ValidatedPipeline validated = new PipelineValidator(registry).validate(spec);
    new BatchRunner(PipelineAssembler.assemble(validated), RunOptions.defaults(output).withThreads(2)).run();
    new CorpusSection().run(spec.corpus(), validated.consumers(), output);
  }

  private static List<String> rows(Path database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
