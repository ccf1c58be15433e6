package org.annalist.consumer.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.core.plugin.ComponentParameters;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> KEYS = List.of("id", "source", "contentType", "title", "author",
      "published", "publishedSource", "language", "checksum", "sizeBytes", "textScope", "text",
      "dates", "places", "quotes", "focus", "boilerplate", "skippedSteps", "annotations");

  @TempDir Path out;

  private AnalysisEngine engine(Object... extra) throws Exception {
    Object[] parameters = new Object[extra.length + 2];
    parameters[0] = ComponentParameters.TARGET_LOCATION;
    parameters[1] = out.toString();
    System.arraycopy(extra, 0, parameters, 2, extra.length);
    return AnalysisEngineFactory.createEngine(JsonlWriter.class, parameters);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
      nodes.add(MAPPER.readTree(line));
    }
    return nodes;
  }

  private static void finish(AnalysisEngine engine) throws Exception {
    engine.collectionProcessComplete();
    engine.destroy();
  }

  @Test
  void flatSchemaWithCleanTextOffsets() throws Exception {
    AnalysisEngine engine = engine();
    engine.process(TestDocuments.article("news/erbil.html"));
    finish(engine);

    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(1);
    JsonNode doc = lines.get(0);
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(KEYS);

    assertThat(doc.get("id").asText()).isEqualTo("news/erbil.html");
    assertThat(doc.get("source").asText()).isEqualTo("file:///data/news/erbil.html");
    assertThat(doc.get("published").asText()).isEqualTo("2024-04-04");
    assertThat(doc.get("publishedSource").asText()).isEqualTo("meta:article:published_time");
    assertThat(doc.get("sizeBytes").asLong()).isEqualTo(1234);
    assertThat(doc.get("textScope").asText()).isEqualTo("main-content");
    String text = doc.get("text").asText();
    assertThat(text).isEqualTo(TestDocuments.ARTICLE);

    JsonNode date = doc.get("dates").get(0);
    assertThat(text.substring(date.get("begin").asInt(), date.get("end").asInt())).isEqualTo("Wednesday");
    assertThat(date.get("docBegin").asInt()).isGreaterThan(date.get("begin").asInt());
    assertThat(date.get("type").asText()).isEqualTo("DATE");
    assertThat(date.get("value").asText()).isEqualTo("2024-04-03");
    assertThat(date.get("mod").isNull()).isTrue();

    JsonNode place = doc.get("places").get(0);
    assertThat(text.substring(place.get("begin").asInt(), place.get("end").asInt())).isEqualTo("Erbil");
    assertThat(place.get("geonamesId").asLong()).isEqualTo(95446);
    assertThat(place.get("admin1").asText()).isEqualTo("Erbil");
    assertThat(place.get("lat").asDouble()).isEqualTo(36.19257);
    assertThat(place.get("usage").asText()).isEqualTo("LITERAL");

    JsonNode quote = doc.get("quotes").get(0);
    assertThat(quote.get("text").asText()).isEqualTo("The water had nowhere to go");
    assertThat(text.substring(quote.get("begin").asInt(), quote.get("end").asInt())).isEqualTo("The water had nowhere to go");
    assertThat(quote.get("direct").asBoolean()).isTrue();
    assertThat(quote.get("cue").asText()).isEqualTo("said");
    assertThat(quote.get("speakerMention").asText()).isEqualTo("Dilshad Omar");
    assertThat(quote.get("speakerRole").asText()).isEqualTo("civil defence director");

    assertThat(doc.get("focus").get(0).get("name").asText()).isEqualTo("Erbil");
    assertThat(doc.get("boilerplate").get("navigation").asInt()).isEqualTo(1);
    assertThat(doc.get("boilerplate").get("footer").asInt()).isEqualTo(1);
    assertThat(doc.get("annotations")).as("Annalist's own types are not repeated there").isEmpty();
  }

  @Test
  void annotationsOfPluginTypesGoToTheGenericSection() throws Exception {
    TypeSystemDescription plugin = TypeSystemDescriptionFactory.createTypeSystemDescription();
    TypeDescription sentiment = plugin.addType("com.example.Sentiment", "", CAS.TYPE_NAME_ANNOTATION);
    sentiment.addFeature("label", "", CAS.TYPE_NAME_STRING);
    sentiment.addFeature("score", "", CAS.TYPE_NAME_DOUBLE);
    sentiment.addFeature("tags", "", CAS.TYPE_NAME_STRING_ARRAY);
    sentiment.addFeature("target", "", CAS.TYPE_NAME_ANNOTATION);
    JCas jcas = JCasFactory.createJCas(plugin);
    jcas.setDocumentText("Bad news. Good news.");
    Type type = jcas.getTypeSystem().getType("com.example.Sentiment");
    AnnotationFS good = jcas.getCas().createAnnotation(type, 10, 20);
    good.setStringValue(type.getFeatureByBaseName("label"), "positive");
    good.setDoubleValue(type.getFeatureByBaseName("score"), 0.75);
    StringArray tags = new StringArray(jcas, 2);
    tags.set(0, "news");
    tags.set(1, "mood");
    good.setFeatureValue(type.getFeatureByBaseName("tags"), tags);
    jcas.addFsToIndexes(good);
    AnnotationFS bad = jcas.getCas().createAnnotation(type, 0, 9);
    bad.setStringValue(type.getFeatureByBaseName("label"), "negative");
    bad.setFeatureValue(type.getFeatureByBaseName("target"), good);
    jcas.addFsToIndexes(bad);

    AnalysisEngine engine = engine();
    engine.process(jcas);
    finish(engine);
    JsonNode annotations = lines().get(0).get("annotations");
    assertThat(annotations).hasSize(2);
    assertThat(annotations.get(0).toString()).isEqualTo("{\"type\":\"com.example.Sentiment\",\"text\":\"Bad news.\","
        + "\"begin\":0,\"end\":9,\"docBegin\":0,\"docEnd\":9,\"features\":{\"label\":\"negative\",\"score\":0.0,"
        + "\"target\":{\"type\":\"com.example.Sentiment\",\"begin\":10,\"end\":20}}}");
    assertThat(annotations.get(1).get("features").toString())
        .isEqualTo("{\"label\":\"positive\",\"score\":0.75,\"tags\":[\"news\",\"mood\"]}");
    assertThat(annotations.get(1).get("text").asText()).isEqualTo("Good news.");
  }

  @Test
  void documentWithoutMetadataOrAnnotationsStillHasEveryKey() throws Exception {
    AnalysisEngine engine = engine();
    engine.process(JCasFactory.createText("Plain words from Paris.", "en"));
    finish(engine);
    JsonNode doc = lines().get(0);
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(KEYS);
    assertThat(doc.get("id").asText()).startsWith("document-");
    assertThat(doc.get("title").isNull()).isTrue();
    assertThat(doc.get("textScope").asText()).isEqualTo("full-text");
    assertThat(doc.get("text").asText()).isEqualTo("Plain words from Paris.");
    assertThat(doc.get("language").asText()).isEqualTo("en");
    assertThat(doc.get("dates").isEmpty()).isTrue();
  }

  @Test
  void concurrentWorkersWriteExactlyOneValidLinePerDocument() throws Exception {
    int workers = 4;
    int perWorker = 60;
    List<AnalysisEngine> engines = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      engines.add(engine());
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      AnalysisEngine engine = engines.get(w);
      int worker = w;
      done.add(pool.submit(() -> {
        JCas jcas = JCasFactory.createJCas();
        for (int i = 0; i < perWorker; i++) {
          jcas.reset();
          // long, varied texts make interleaved writes visible if lines were not written whole
          jcas.setDocumentText(("Worker " + worker + " document " + i + " in Baghdad. ").repeat(50 + i));
          var md = new org.annalist.type.DocumentMetadata(jcas, 0, jcas.getDocumentText().length());
          md.setDocumentId("w" + worker + "/doc-" + i + ".txt");
          md.addToIndexes();
          engine.process(jcas);
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();
    for (AnalysisEngine engine : engines) {
      finish(engine);
    }
    List<String> raw = Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
    assertThat(raw).hasSize(workers * perWorker);
    Set<String> ids = new HashSet<>();
    for (String line : raw) {
      JsonNode node = MAPPER.readTree(line);
      assertThat(ids.add(node.get("id").asText())).isTrue();
      assertThat(node.get("text").asText()).startsWith("Worker ");
    }
    assertThat(out.resolve("documents.jsonl.lock")).doesNotExist();
  }

  @Test
  void restartAfterACrashCutsThePartialLineAndReplacesRewrittenDocuments() throws Exception {
    Path file = out.resolve("documents.jsonl");
    String complete = "{\"id\":\"a.html\",\"text\":\"old a\"}\n{\"id\":\"b.html\",\"text\":\"old b\"}\n";
    Files.writeString(file, complete + "{\"id\":\"c.html\",\"text\":\"half writ");

    AnalysisEngine engine = engine();
    engine.process(TestDocuments.article("b.html"));
    engine.process(TestDocuments.article("c.html"));
    finish(engine);

    List<JsonNode> lines = lines();
    assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("a.html", "b.html", "c.html");
    assertThat(lines.get(0).get("text").asText()).isEqualTo("old a");
    assertThat(lines.get(1).get("text").asText()).isEqualTo(TestDocuments.ARTICLE);
    assertThat(Files.readString(file)).endsWith("}\n");
  }

  @Test
  void duplicatesLeftByARunKilledBeforeClosingAreRemovedOnTheNextStart() throws Exception {
    Path file = out.resolve("documents.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"v\":1}\n{\"id\":\"b\",\"v\":1}\n{\"id\":\"a\",\"v\":2}\n");
    AnalysisEngine engine = engine();
    finish(engine);
    assertThat(Files.readAllLines(file)).containsExactly("{\"id\":\"b\",\"v\":1}", "{\"id\":\"a\",\"v\":2}");
  }

  @Test
  void startFreshEmptiesTheFile() throws Exception {
    Files.writeString(out.resolve("documents.jsonl"), "{\"id\":\"old\"}\n");
    AnalysisEngine engine = engine(JsonlWriter.PARAM_START_FRESH, true);
    engine.process(TestDocuments.article("new.html"));
    finish(engine);
    assertThat(lines()).extracting(n -> n.get("id").asText()).containsExactly("new.html");
  }
}
