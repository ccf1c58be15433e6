package org.annalist.dkpro;

import static org.assertj.core.api.Assertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.FailureLog;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real DKPro Core 2.5 components from Maven Central downstream of Annalist, in a pipeline run by
 * Annalist's batch runner as {@code annalist run} runs it (the bridge and DKPro on the class path;
 * {@code DkproPluginFolderIT} runs the same from a plugin folder through the command line):
 * Annalist's {@code tika} reader, Annalist tokens, {@code to-dkpro}, DKPro's OpenNLP POS tagger and
 * lemmatiser with OpenNLP's Universal Dependencies models from Maven Central, {@code from-dkpro},
 * and DKPro's {@code XmiWriter}, which must write every document.
 */
class DkproDownstreamPipelineTest {

  /** The token step: replace with {@code segmenter} once Annalist's own segmenter is merged. */
  static final String TOKEN_STEP = "segmenter";
  static final String POS_MODEL = "classpath:/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "classpath:/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  @TempDir
  static Path dir;

  static Path input;

  @BeforeAll
  static void writeDocuments() throws IOException {
    input = dir.resolve("in");
    Files.createDirectories(input.resolve("world"));
    Files.writeString(input.resolve("flood.txt"),
        "The river flooded the old town. Officials said the water was falling.\n");
    Files.writeString(input.resolve("world/launch.html"), """
        <html><head><title>Launch day</title></head><body>
        <article><h1>Launch day</h1>
        <p>The rocket left the pad on time. Engineers cheered loudly.</p>
        </article></body></html>
        """);
    try (OutputStream out = Files.newOutputStream(input.resolve("bundle.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("note.txt"));
      zip.write("Farmers planted wheat in the spring.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  static String pipeline(boolean bridged, Path output) {
    return """
        name: dkpro-downstream
        reader: { component: tika, params: { sourceLocation: "%s" } }
        annotators:
          - %s
        %s
          - component: org.dkpro.core.opennlp.OpenNlpPosTagger
            params: { language: en, modelLocation: "%s" }
          - component: org.dkpro.core.opennlp.OpenNlpLemmatizer
            params: { language: en, modelLocation: "%s" }
          - from-dkpro
        consumers:
          - component: org.dkpro.core.io.xmi.XmiWriter
            params: { targetLocation: "%s" }
        """.formatted(input, TOKEN_STEP, bridged ? "  - to-dkpro" : "", POS_MODEL, LEMMA_MODEL, output);
  }

  static RunSummary run(String yaml, Path output) throws IOException {
    var spec = new PipelineLoader(Map.of()).parse("dkpro.yaml", yaml);
    var pipeline = PipelineAssembler.assemble(new PipelineValidator(ComponentRegistry.load()).validate(spec));
    return new BatchRunner(pipeline, RunOptions.defaults(output).withThreads(1)).run();
  }

  @Test
  void dkprosTaggerAndXmiWriterRunOnTheBridgedTokensAndWriteEveryDocument() throws Exception {
    Path output = dir.resolve("out");
    RunSummary summary = run(pipeline(true, output), output);

    assertThat(summary.failed()).as(summary.format()).isZero();
    assertThat(summary.succeeded()).isEqualTo(3);
    assertThat(output.resolve("flood.txt.xmi")).isRegularFile();
    assertThat(output.resolve("world/launch.html.xmi")).isRegularFile();
    assertThat(output.resolve("bundle.zip!/note.txt.xmi")).isRegularFile();

    JCas flood = readXmi(output, "flood.txt.xmi");
    DocumentMetaData meta = DocumentMetaData.get(flood);
    assertThat(meta.getDocumentId()).isEqualTo("flood.txt");
    assertThat(meta.getDocumentUri()).endsWith("/in/flood.txt");
    List<Token> tokens = List.copyOf(JCasUtil.select(flood, Token.class));
    assertThat(tokens).extracting(Token::getCoveredText)
        .startsWith("The", "river", "flooded", "the", "old", "town", ".");
    assertThat(tokens).as("the OpenNLP tagger tagged every bridged token").allSatisfy(t -> assertThat(t.getPos()).isNotNull());
    assertThat(tokens.stream().limit(7).map(t -> t.getPos().getPosValue()))
        .containsExactly("DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT");
    assertThat(tokens.stream().limit(7).map(t -> t.getLemma().getValue()))
        .containsExactly("the", "river", "flood", "the", "old", "town", ".");

    // the way back: the DKPro tagger's tags and lemmas are on Annalist's own tokens
    List<org.annalist.type.Token> annalistTokens = List.copyOf(JCasUtil.select(flood, org.annalist.type.Token.class));
    assertThat(annalistTokens).hasSameSizeAs(tokens);
    assertThat(annalistTokens.stream().limit(3).map(org.annalist.type.Token::getPos)).containsExactly("DET", "NOUN", "VERB");
    assertThat(annalistTokens.get(2).getLemma()).isEqualTo("flood");

    JCas launch = readXmi(output, "world/launch.html.xmi");
    assertThat(DocumentMetaData.get(launch).getDocumentTitle()).isEqualTo("Launch day");
    assertThat(JCasUtil.select(launch, Token.class)).extracting(Token::getCoveredText).contains("rocket", "Engineers");
  }

  @Test
  void withoutTheBridgeDkprosXmiWriterFailsEveryDocument() throws IOException {
    Path output = dir.resolve("out-unbridged");
    RunSummary summary = run(pipeline(false, output), output);

    assertThat(summary.succeeded()).isZero();
    assertThat(summary.failed()).isEqualTo(3);
    assertThat(Files.readString(output.resolve(FailureLog.FILE_NAME))).contains("DocumentMetaData");
  }

  /** Reads an XMI file the way DKPro's own readers do, with the type system the writer put beside it. */
  static JCas readXmi(Path output, String name) throws Exception {
    Path typeSystem = output.resolve("TypeSystem.xml");
    assertThat(typeSystem).as("XmiWriter writes the run's type system beside the files").isRegularFile();
    JCas jcas = JCasFactory.createJCas(TypeSystemDescriptionFactory.createTypeSystemDescriptionFromPath(
        typeSystem.toUri().toString()));
    try (InputStream in = Files.newInputStream(output.resolve(name))) {
      XmiCasDeserializer.deserialize(in, jcas.getCas());
    }
    return jcas;
  }
}
