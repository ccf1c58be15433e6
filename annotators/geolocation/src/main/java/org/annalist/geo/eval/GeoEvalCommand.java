package org.annalist.geo.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annalist.core.eval.EvalReport;
import org.annalist.core.eval.PredictionsFile;
import org.annalist.geo.GeoParser;
import org.annalist.geo.KnownNames;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.GazetteerRegistry;
import org.annalist.geo.recognize.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist eval geo --format trnews|gwn FILE}: geotagging and geocoding scores. */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = "Scores the geolocation annotator on TR-News/LGL or GeoWebNews XML: geotagging "
        + "P/R/F1 (exact and overlapping spans), geocoding accuracy@161km, mean/median error, "
        + "AUC, GeoNames-id accuracy and the worst errors.")
public final class GeoEvalCommand implements Callable<Integer> {

  /**
   * GeoWebNews types counted as gold toponyms: the toponym classes of Gritta, Pilehvar and Collier
   * (2020), "A pragmatic guide to geoparsing evaluation", Language Resources and Evaluation 54:
   * literal toponyms (Literal, Literal_Modifier, Mixed, Coercion, Embedded_Literal) and associative
   * toponyms that name a place (Metonymic, Non_Literal_Modifier, Embedded_Non_Lit). Not counted:
   * demonyms and languages (words for a people and a tongue), homonyms and non-toponyms, and
   * expressions ("the city"). See docs/evaluation/geolocation.md.
   */
  public static final Set<String> GWN_GOLD_TYPES = Set.of("Literal", "Literal_Modifier", "Mixed",
      "Coercion", "Embedded_Literal", "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit");

  /** The types earlier revisions counted (demonyms in, coercions out): a labelled secondary figure only. */
  public static final Set<String> GWN_GOLD_TYPES_AS_BEFORE = Set.of("Literal", "Literal_Modifier", "Mixed",
      "Embedded_Literal", "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym");

  private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @Option(names = "--format", required = true, description = "trnews (also LGL) or gwn")
  private String format;

  @Parameters(index = "0", description = "The benchmark XML file")
  private Path file;

  @Option(names = "--json", description = "Print the figures as one JSON object")
  private boolean json;

  @Option(names = "--worst", defaultValue = "10", description = "How many worst errors to list (default ${DEFAULT-VALUE})")
  private int worst;

  @Option(names = "--misses", defaultValue = "0", description = "How many spurious and missed toponyms to list (default ${DEFAULT-VALUE})")
  private int misses;

  @Option(names = "--gazetteer", description = "A GeoNames TSV file to use instead of the built-in gazetteer")
  private Path gazetteerFile;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write the raw predictions, one JSON object per document and line.")
  private Path predictionsFile;

  /** One document's predictions as written by {@code --predictions}. */
  static Map<String, Object> predictionRecord(GoldDocument document, List<GeoScorer.Predicted> predicted) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (GeoScorer.Predicted p : predicted) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("begin", p.begin());
      row.put("end", p.end());
      row.put("text", document.text().substring(p.begin(), p.end()));
      row.put("geonamesId", p.geonamesId());
      row.put("latitude", p.latitude());
      row.put("longitude", p.longitude());
      row.put("name", p.name());
      row.put("countryCode", p.countryCode());
      row.put("featureCode", p.featureCode());
      row.put("usage", p.usage());
      rows.add(row);
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("doc", document.id());
    record.put("toponyms", rows);
    return record;
  }

  @Override
  public Integer call() {
    GoldCorpusReader.Format parsedFormat;
    try {
      parsedFormat = GoldCorpusReader.Format.parse(format);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    if (!Files.isReadable(file) || (gazetteerFile != null && !Files.isReadable(gazetteerFile))) {
      System.err.println("cannot read " + (Files.isReadable(file) ? gazetteerFile : file));
      return 2;
    }
    List<GoldDocument> documents;
    try {
      documents = GoldCorpusReader.read(file, parsedFormat);
    } catch (IOException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    boolean gwn = parsedFormat == GoldCorpusReader.Format.GWN;
    Set<String> counted = gwn ? GWN_GOLD_TYPES : Set.of("Literal");
    long goldItems = documents.stream().flatMap(d -> d.toponyms().stream()).filter(t -> counted.contains(t.type())).count();
    if (documents.isEmpty() || goldItems == 0) {
      System.err.println(file + ": " + documents.size() + " articles but no gold toponyms in the " + format
          + " format (" + (gwn ? "<toponym><extractedName><type><start><end>" : "<toponym><phrase><start><end><gaztag>")
          + "); is it a file of the other format?");
      return 2;
    }
    long loadStart = System.nanoTime();
    Gazetteer gazetteer = GazetteerRegistry.forFile(gazetteerFile);
    GeoParser parser = new GeoParser(gazetteer);
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
    EvalReport report = new EvalReport("geo");
    report.put("dataset.file", file.getFileName().toString());
    report.put("dataset.format", parsedFormat.name().toLowerCase(java.util.Locale.ROOT));
    report.put("dataset.documents", documents.size());
    PersonLayer persons;
    try {
      persons = PersonLayer.create();
    } catch (Exception e) {
      System.err.println("cannot start the persons annotator: " + e.getMessage());
      return 2;
    }
    report.put("dataset.personLayer", persons.available());
    GeoScorer scorer = new GeoScorer(counted);
    GeoScorer asBefore = gwn ? new GeoScorer(GWN_GOLD_TYPES_AS_BEFORE) : null;
    PredictionsFile predictionsOut;
    try {
      predictionsOut = PredictionsFile.open(predictionsFile);
    } catch (IOException e) {
      System.err.println("cannot write " + predictionsFile + ": " + e.getMessage());
      return 2;
    }
    long parseNanos = 0;
    long characters = 0;
    for (GoldDocument document : documents) {
      long start = CPU.getCurrentThreadCpuTime();
      KnownNames known = persons.names(document.text());
      List<Mention> mentions = parser.parse(document.text(), List.of(new int[] {0, document.text().length()}), known);
      parseNanos += CPU.getCurrentThreadCpuTime() - start;
      characters += document.text().length();
      List<GeoScorer.Predicted> predicted = new ArrayList<>();
      for (Mention m : mentions) {
        if (!m.writtenAsPlace()) {
          continue; // not written as a Place by the annotator either
        }
        int e = m.resolved;
        boolean own = m.feature == null; // else a street or feature located in place e
        predicted.add(new GeoScorer.Predicted(m.begin, m.end, own ? gazetteer.geonamesId(e) : 0,
            gazetteer.latitude(e), gazetteer.longitude(e), own ? gazetteer.name(e) : m.surface,
            gazetteer.countryCode(e), m.usage.name(),
            own ? gazetteer.featureCode(e) : m.feature.featureCode()));
      }
      scorer.add(document, predicted);
      if (asBefore != null) {
        asBefore.add(document, predicted);
      }
      predictionsOut.write(predictionRecord(document, predicted));
    }
    try {
      predictionsOut.close();
    } catch (IOException e) {
      System.err.println("cannot write " + predictionsFile + ": " + e.getMessage());
      return 2;
    }
    scorer.report(report, worst);
    if (asBefore != null) {
      EvalReport old = new EvalReport("geo");
      asBefore.report(old, 0);
      for (String key : List.of("tagging.exact.f1", "tagging.overlap.f1", "geocoding.toponyms", "geocoding.accuracy161")) {
        report.put("secondary.demonymsInCoercionsOut." + key, old.get(key));
      }
    }
    scorer.reportMisses(report, misses);
    report.put("timing.gazetteerLoadMs", loadMs);
    report.put("timing.gazetteerPlaces", gazetteer.size());
    // CPU time of the parsing thread: articles per second per core, independent of machine load
    report.put("timing.documentsPerCpuSecond", parseNanos == 0 ? 0.0 : documents.size() / (parseNanos / 1e9));
    report.put("timing.charactersPerCpuSecond", parseNanos == 0 ? 0.0 : characters / (parseNanos / 1e9));
    Runtime runtime = Runtime.getRuntime();
    report.put("memory.heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    report.put("memory.gazetteerArraysMb", gazetteer.approximateBytes() / (1024 * 1024));
    report.put("memory.jvm", ManagementFactory.getRuntimeMXBean().getVmName());
    report.print(System.out, json);
    return 0;
  }
}
