package org.annalist.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Runs components on one document in a test, in one line:
 *
 * <pre>{@code
 * JCas jcas = Annotate.text("A drone was seen.").with(KeywordAnnotator.class, "keywords", "drone").run();
 * JCas jcas = Annotate.file(Path.of("src/test/resources/story.txt")).with("keywords", "keywords", "drone").run();
 * }</pre>
 *
 * Components run in the order given, each created once with the given parameters, exactly as a
 * pipeline step would be. The type system is the one every pipeline sees: Annalist's types and the
 * types of every plugin on the class path.
 */
public final class Annotate {

  private final String text;
  private final List<Consumer<DocumentMetadata>> metadata = new ArrayList<>();
  private final List<AnalysisEngineDescription> steps = new ArrayList<>();
  private final List<Consumer<JCas>> givens = new ArrayList<>();
  private String html;
  private String language;

  private Annotate(String text) {
    this.text = text;
  }

  /** A document with this text. */
  public static Annotate text(String text) {
    return new Annotate(text);
  }

  /** A document whose text is this UTF-8 file's content, with the file name as document id. */
  public static Annotate file(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test document " + file.toAbsolutePath(), e);
    }
    String name = file.getFileName().toString();
    String uri = file.toAbsolutePath().toUri().toString();
    return new Annotate(content).metadata(m -> {
      m.setDocumentId(name);
      m.setSourceUri(uri);
    });
  }

  /** Also puts this raw HTML in the {@code html} view, as the {@code tika} reader does for HTML pages. */
  public Annotate htmlView(String rawHtml) {
    this.html = rawHtml;
    return this;
  }

  /** The document language (ISO 639-1 code, for example {@code en}). */
  public Annotate language(String isoCode) {
    this.language = isoCode;
    return this;
  }

  /** Sets the document's publication date (ISO 8601), as a reader would. */
  public Annotate publishedDate(String isoDate) {
    return metadata(m -> m.setPublishedDate(isoDate));
  }

  /** Sets any field of the document's {@link DocumentMetadata} (created when missing). */
  public Annotate metadata(Consumer<DocumentMetadata> setter) {
    metadata.add(setter);
    return this;
  }

  /**
   * Changes the document before the components run, for example to add the annotations an earlier
   * pipeline step would have made: {@code .given(jcas -> new MainContent(jcas, 17, 34).addToIndexes())}.
   */
  public Annotate given(Consumer<JCas> setup) {
    givens.add(setup);
    return this;
  }

  /** Runs this uimaFIT component with these parameters (name, value, name, value ...). */
  public Annotate with(Class<? extends AnalysisComponent> component, Object... parameters) {
    try {
      return with(AnalysisEngineFactory.createEngineDescription(component, parameters));
    } catch (ResourceInitializationException e) {
      throw new IllegalArgumentException("cannot describe " + component.getName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs the annotator or consumer registered under this short name (or named by class, as in a
   * pipeline), so the test also proves the plugin's registration.
   */
  public Annotate with(String shortNameOrClass, Object... parameters) {
    ComponentRegistry registry = ComponentRegistry.load();
    ComponentDescriptor descriptor = registry.find(ComponentKind.ANNOTATOR, shortNameOrClass)
        .or(() -> registry.find(ComponentKind.CONSUMER, shortNameOrClass))
        .orElseThrow(() -> new IllegalArgumentException("no annotator or consumer '" + shortNameOrClass
            + "' is registered; registered annotators: " + registry.names(ComponentKind.ANNOTATOR)
            + ", consumers: " + registry.names(ComponentKind.CONSUMER)));
    return with(descriptor.type().asSubclass(AnalysisComponent.class), parameters);
  }

  /** Runs this engine description. */
  public Annotate with(AnalysisEngineDescription description) {
    steps.add(description);
    return this;
  }

  /** Creates the document and runs every component on it, in order. */
  public JCas run() {
    try {
      JCas jcas = JCasFactory.createJCas();
      if (text != null) {
        jcas.setDocumentText(text);
      }
      if (language != null) {
        jcas.setDocumentLanguage(language);
      }
      if (html != null) {
        jcas.createView(ComponentParameters.HTML_VIEW).setDocumentText(html);
      }
      if (!metadata.isEmpty()) {
        DocumentMetadata documentMetadata = DocumentMetadataAccess.getOrCreate(jcas);
        metadata.forEach(setter -> setter.accept(documentMetadata));
      }
      givens.forEach(setup -> setup.accept(jcas));
      if (!steps.isEmpty()) {
        SimplePipeline.runPipeline(jcas, steps.toArray(AnalysisEngineDescription[]::new));
      }
      return jcas;
    } catch (UIMAException e) {
      throw new IllegalStateException("running the components failed: " + e.getMessage(), e);
    }
  }
}
