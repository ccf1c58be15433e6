package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.corpus.CorpusDocument.PersonMention;
import org.annalist.corpus.CorpusDocument.PlaceMention;
import org.annalist.corpus.CorpusDocument.QuoteMention;
import org.annalist.corpus.CorpusDocument.TimeMention;

/**
 * The seed articles as the corpus stage sees them: the real news pipeline (pipelines/news.yaml) runs
 * over {@code ../shared/data/seeds} into a temporary folder, and the CorpusDocuments are read back from
 * the SQLite database its {@code sql} consumer wrote. People are the speaker mentions that name a person
 * and the {@code persons} annotator's Person annotations (kept in the generic annotations table).
 */
public final class SeedCorpus {

  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private SeedCorpus() {}

  /** The seeds folder, or null when the shared data is absent. */
  public static Path seeds() {
    Path seeds = Path.of(System.getProperty("annalist.shared.data", ROOT.resolve("../shared/data").toString()))
        .resolve("seeds");
    return Files.isDirectory(seeds) ? seeds : null;
  }

  public static List<CorpusDocument> run(Path input, Path output) throws Exception {
    ComponentRegistry registry = ComponentRegistry.load();
    ValidatedPipeline validated = new PipelineValidator(registry).validate(
        new PipelineLoader(Map.of("ANNALIST_INPUT", input.toString(), "ANNALIST_OUTPUT", output.toString()))
            .load(ROOT.resolve("pipelines/news.yaml")));
    RunOptions options = new RunOptions(2, Duration.ofSeconds(120), false, false, output, 0,
        RunOptions.DEFAULT_CHECKPOINT_EVERY, RunOptions.DEFAULT_CHECKPOINT_INTERVAL);
    new BatchRunner(PipelineAssembler.assemble(validated), options).run();
    return read(output.resolve("annalist.db"));
  }

  public static List<CorpusDocument> read(Path database) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<CorpusDocument> documents = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
      Map<String, String[]> rows = new LinkedHashMap<>();
      try (ResultSet rs = connection.createStatement().executeQuery(
          "SELECT doc_id, title, published_day, clean_text FROM documents ORDER BY doc_id")) {
        while (rs.next()) {
          rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      for (Map.Entry<String, String[]> row : rows.entrySet()) {
        String id = row.getKey();
        List<TimeMention> times = new ArrayList<>();
        try (ResultSet rs = query(connection, "SELECT text, value, value_begin, value_end FROM time_expressions WHERE doc_id = ? ORDER BY ord", id)) {
          while (rs.next()) {
            times.add(new TimeMention(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
          }
        }
        List<PlaceMention> places = new ArrayList<>();
        try (ResultSet rs = query(connection, "SELECT name, geonames_id, country_code, latitude, longitude FROM places WHERE doc_id = ? ORDER BY ord", id)) {
          while (rs.next()) {
            long geonames = rs.getLong(2);
            Long geonamesId = rs.wasNull() ? null : geonames;
            double lat = rs.getDouble(4);
            Double latitude = rs.wasNull() ? null : lat;
            double lon = rs.getDouble(5);
            Double longitude = rs.wasNull() ? null : lon;
            places.add(new PlaceMention(rs.getString(1), geonamesId, rs.getString(3), latitude, longitude));
          }
        }
        List<PersonMention> persons = new ArrayList<>();
        try (ResultSet rs = query(connection, "SELECT text, canonical_name, role, span_begin, span_end FROM persons WHERE doc_id = ? AND entity_kind = 'PERSON' ORDER BY ord", id)) {
          while (rs.next()) {
            persons.add(new PersonMention(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
          }
        }
        try (ResultSet rs = query(connection, "SELECT covered_text, features, span_begin, span_end FROM annotations WHERE doc_id = ? AND type_name = 'org.annalist.type.Person' ORDER BY ord", id)) {
          while (rs.next()) {
            JsonNode features = rs.getString(2) == null ? null : json.readTree(rs.getString(2));
            String canonical = features == null || features.path("canonicalName").isMissingNode() || features.path("canonicalName").isNull()
                ? null : features.path("canonicalName").asText();
            persons.add(new PersonMention(rs.getString(1), canonical, null, rs.getInt(3), rs.getInt(4)));
          }
        }
        List<QuoteMention> quotes = new ArrayList<>();
        try (ResultSet rs = query(connection, "SELECT ord, content, direct, speaker_mention, speaker, speaker_role, span_begin, span_end FROM quotes WHERE doc_id = ? ORDER BY ord", id)) {
          while (rs.next()) {
            quotes.add(new QuoteMention(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getInt(8)));
          }
        }
        String[] document = row.getValue();
        documents.add(new CorpusDocument(id, document[0], document[1], document[2], times, places, persons, quotes));
      }
    }
    return documents;
  }

  private static ResultSet query(Connection connection, String sql, String id) throws Exception {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setString(1, id);
    statement.closeOnCompletion();
    return statement.executeQuery();
  }
}
