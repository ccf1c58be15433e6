package org.annalist.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.annalist.core.plugin.PluginErrors;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.resource.ResourceInitializationException;

/** Turns a validated pipeline into uimaFIT descriptions. */
public final class PipelineAssembler {

  /** An annotator or consumer ready to be instantiated once per worker. */
  public record EngineStep(String id, boolean consumer, AnalysisEngineDescription description) {}

  /**
   * Reader and engine descriptions of a pipeline, and the class loader its components come from
   * (CASes, readers and engines are made through {@link org.annalist.core.cas.PluginAwareUima} with it).
   */
  public record AssembledPipeline(String name, CollectionReaderDescription reader, List<EngineStep> engines,
      ClassLoader classLoader) {

    public AssembledPipeline(String name, CollectionReaderDescription reader, List<EngineStep> engines) {
      this(name, reader, engines, Thread.currentThread().getContextClassLoader());
    }

    /** The same pipeline with another reader. */
    public AssembledPipeline withReader(CollectionReaderDescription otherReader) {
      return new AssembledPipeline(name, otherReader, engines, classLoader);
    }
  }

  private PipelineAssembler() {}

  public static AssembledPipeline assemble(ValidatedPipeline pipeline) {
    try {
      ResolvedStep readerStep = pipeline.reader();
      @SuppressWarnings("unchecked")
      Class<? extends CollectionReader> readerClass = (Class<? extends CollectionReader>) readerStep.descriptor().type();
      CollectionReaderDescription reader =
          CollectionReaderFactory.createReaderDescription(readerClass, readerStep.parameterArray());
      List<EngineStep> engines = new ArrayList<>();
      for (ResolvedStep step : pipeline.annotators()) {
        engines.add(new EngineStep(step.id(), false, engine(step)));
      }
      for (ResolvedStep step : pipeline.consumers()) {
        engines.add(new EngineStep(step.id(), true, engine(step)));
      }
      return new AssembledPipeline(pipeline.spec().name(), reader, engines, pipeline.classLoader());
    } catch (ResourceInitializationException e) {
      throw new PipelineConfigurationException(new ConfigurationProblem(pipeline.spec().source(), 0,
          "cannot build the pipeline: " + rootMessage(e)));
    } catch (LinkageError e) {
      throw new PipelineConfigurationException(new ConfigurationProblem(pipeline.spec().source(), 0,
          PluginErrors.explain("a component of the pipeline", e)));
    }
  }

  private static AnalysisEngineDescription engine(ResolvedStep step) throws ResourceInitializationException {
    @SuppressWarnings("unchecked")
    Class<? extends AnalysisComponent> type = (Class<? extends AnalysisComponent>) step.descriptor().type();
    return AnalysisEngineFactory.createEngineDescription(type, step.parameterArray());
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
