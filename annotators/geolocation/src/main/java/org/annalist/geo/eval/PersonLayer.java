package org.annalist.geo.eval;

import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.geo.KnownNames;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Runs the {@code persons} annotator before the geoparser in {@code eval geo}, as the default
 * pipeline does, when a plugin registers it (the quotes module does); otherwise no names are known.
 */
final class PersonLayer {

  private final AnalysisEngine engine;
  private final JCas jcas;

  private PersonLayer(AnalysisEngine engine, JCas jcas) {
    this.engine = engine;
    this.jcas = jcas;
  }

  static PersonLayer create() throws ResourceInitializationException, org.apache.uima.UIMAException {
    ComponentDescriptor persons = ComponentRegistry.load().find(ComponentKind.ANNOTATOR, "persons").orElse(null);
    if (persons == null) {
      return new PersonLayer(null, null);
    }
    @SuppressWarnings("unchecked")
    Class<? extends org.apache.uima.analysis_component.AnalysisComponent> type =
        (Class<? extends org.apache.uima.analysis_component.AnalysisComponent>) persons.type();
    return new PersonLayer(AnalysisEngineFactory.createEngine(type), JCasFactory.createJCas());
  }

  boolean available() {
    return engine != null;
  }

  KnownNames names(String text) {
    if (engine == null) {
      return KnownNames.NONE;
    }
    jcas.reset();
    jcas.setDocumentText(text);
    jcas.setDocumentLanguage("en");
    try {
      engine.process(jcas);
    } catch (AnalysisEngineProcessException e) {
      throw new IllegalStateException("the persons annotator failed: " + e.getMessage(), e);
    }
    return KnownNames.of(jcas);
  }
}
