package org.annalist.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineAssembler.EngineStep;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentRegistry;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One annotator on one corpus, one document per operation, on one thread: the score is documents
 * per second per core, and JMH's gc profiler gives bytes allocated per document. Documents are
 * prepared once by the pipeline's reader and the annotators before this one (so that, e.g., dates
 * see the main content the boilerplate annotator found), kept as binary CASes, and restored into
 * the working CAS at the start of every operation; {@link #restoreOnly} measures that restore
 * alone so that it can be subtracted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AnnotatorBenchmark {

  /** Short name (or class name) of the annotator to measure. */
  @Param({"boilerplate", "segmenter", "dates", "geolocation", "quotes"})
  public String annotator;

  /** seeds (plain-text articles), aeb (HTML pages) or timebank (news texts). */
  @Param({"seeds", "aeb"})
  public String corpus;

  /** Pipeline YAML whose reader and earlier annotators prepare the documents; empty: the default pipeline. */
  @Param({""})
  public String pipeline;

  /** The shared data folder; empty: found from the working folder. */
  @Param({""})
  public String data;

  private final List<byte[]> documents = new ArrayList<>();
  private AnalysisEngine engine;
  private CAS cas;
  private int next;
  private Path scratch;

  @Setup(Level.Trial)
  public void prepare() throws Exception {
    ComponentRegistry registry = ComponentRegistry.load();
    Path root = SharedCorpus.dataRoot(data.isEmpty() ? null : data);
    scratch = Files.createTempDirectory("annalist-jmh-");
    Path input = Files.createDirectories(scratch.resolve("input"));
    for (SharedCorpus.Source source : SharedCorpus.named(corpus, root)) {
      Files.write(input.resolve(source.name()), source.bytes());
    }
    Path yaml = pipeline.isEmpty() ? PipelineFiles.defaultPipeline(scratch, registry) : Path.of(pipeline);
    AssembledPipeline assembled = PipelineFiles.assemble(yaml, input, scratch.resolve("output"), List.of(), registry);

    List<ProcessingResourceMetaData> metadata = new ArrayList<>();
    metadata.add(assembled.reader().getCollectionReaderMetaData());
    List<AnalysisEngine> upstream = new ArrayList<>();
    for (EngineStep step : assembled.engines()) {
      metadata.add(step.description().getAnalysisEngineMetaData());
      if (step.consumer()) {
        continue;
      }
      if (step.id().equals(annotator)) {
        engine = AnalysisEngineFactory.createEngine(step.description());
        break;
      }
      upstream.add(AnalysisEngineFactory.createEngine(step.description()));
    }
    if (engine == null) {
      // not in the pipeline: measured on the reader's output alone, with its default parameters
      upstream.clear();
      ComponentDescriptor descriptor = registry.find(ComponentKind.ANNOTATOR, annotator).orElseThrow(
          () -> new IllegalArgumentException("unknown annotator '" + annotator + "'"));
      @SuppressWarnings("unchecked")
      Class<? extends AnalysisComponent> type = (Class<? extends AnalysisComponent>) descriptor.type();
      var description = AnalysisEngineFactory.createEngineDescription(type);
      metadata.add(description.getAnalysisEngineMetaData());
      engine = AnalysisEngineFactory.createEngine(description);
    }
    cas = CasCreationUtils.createCas(metadata);
    CollectionReader reader = CollectionReaderFactory.createReader(assembled.reader());
    while (reader.hasNext()) {
      cas.reset();
      try {
        reader.getNext(cas);
        for (AnalysisEngine step : upstream) {
          step.process(cas);
        }
      } catch (IOException | org.apache.uima.collection.CollectionException | AnalysisEngineProcessException e) {
        continue;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CasIOUtils.save(cas, bytes, SerialFormat.BINARY);
      documents.add(bytes.toByteArray());
    }
    reader.destroy();
    for (AnalysisEngine step : upstream) {
      step.destroy();
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException("no document of " + corpus + " could be prepared");
    }
  }

  private void restore() throws IOException {
    cas.reset();
    byte[] document = documents.get(next);
    next = (next + 1) % documents.size();
    CasIOUtils.load(new ByteArrayInputStream(document), cas);
  }

  @Benchmark
  public int annotate() throws Exception {
    restore();
    engine.process(cas);
    return cas.getAnnotationIndex().size();
  }

  @Benchmark
  public int restoreOnly() throws Exception {
    restore();
    return cas.getAnnotationIndex().size();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    if (engine != null) {
      engine.destroy();
    }
    if (scratch != null) {
      CorpusGenerator.delete(scratch);
    }
  }

  /** Documents prepared (for the smoke test). */
  int preparedDocuments() {
    return documents.size();
  }
}
