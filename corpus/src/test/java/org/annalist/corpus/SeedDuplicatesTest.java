package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.boilerplate.BoilerplateAnnotator;
import org.annalist.consumer.sql.query.QueryCommandTest;
import org.annalist.core.testing.SharedData;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seed articles, stripped of their furniture by the boilerplate annotator and stored by the
 * sql consumer as a run does: 000 and 001 (one AFP story, edited differently) are one duplicate
 * group, and nothing else joins. Skipped when ../shared/data is absent.
 */
class SeedDuplicatesTest {

  @TempDir Path temp;

  @Test
  void theTwoCopiesOfTheAfpStoryAreOneGroupAndTheOthersStayApart() throws Exception {
    Path seeds = SharedData.require("seeds");
    List<Path> files;
    try (Stream<Path> listing = Files.list(seeds)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(5);
    AnalysisEngine boilerplate = AnalysisEngineFactory.createEngine(BoilerplateAnnotator.class);
    List<JCas> documents = new ArrayList<>();
    for (Path file : files) {
      JCas jcas = JCasFactory.createText(Files.readString(file));
      DocumentMetadata meta = new DocumentMetadata(jcas, 0, jcas.getDocumentText().length());
      meta.setDocumentId(file.getFileName().toString().substring(0, 3));
      meta.addToIndexes();
      boilerplate.process(jcas);
      documents.add(jcas);
    }
    String output = temp.resolve("run").toString();
    QueryCommandTest.store(output, documents);

    StoredDocuments.Run run = StoredDocuments.run(new CorpusCommand(), output, "--json", "--kinds", "duplicates");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.lines()).hasSize(1);
    JsonNode group = new ObjectMapper().readTree(run.lines().get(0));
    assertThat(group.get("documents").toString()).isEqualTo("[\"000\",\"001\"]");
    JsonNode stored = new ObjectMapper().readTree(Files.readAllLines(Path.of(output, "corpus", "duplicates.jsonl")).get(0));
    double similarity = stored.get("members").get(1).get("similarity").asDouble();
    // the exact 5-word-shingle Jaccard of the two clean texts is about 0.41
    assertThat(similarity).isBetween(0.3, 0.55);
    assertThat(stored.get("details").get("exact").asBoolean()).isFalse();
  }
}
