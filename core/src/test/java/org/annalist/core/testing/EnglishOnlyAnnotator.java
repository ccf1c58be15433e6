package org.annalist.core.testing;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.jcas.JCas;

/** Test annotator that declares English only, and fails when it is given a document in another language. */
@LanguageCapability({"en"})
public class EnglishOnlyAnnotator extends JCasAnnotator_ImplBase {

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    String language = jcas.getDocumentLanguage();
    if (!language.equals("x-unspecified") && !language.startsWith("en")) {
      throw new AnalysisEngineProcessException(new IllegalStateException("given a document in " + language));
    }
  }
}
