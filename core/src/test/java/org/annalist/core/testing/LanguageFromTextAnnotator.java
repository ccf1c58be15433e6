package org.annalist.core.testing;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

/** Test annotator: sets the document language to what precedes a colon at the start of the text ("de: ..."). */
public class LanguageFromTextAnnotator extends JCasAnnotator_ImplBase {

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    int colon = text.indexOf(':');
    if (colon > 0 && colon <= 5) {
      jcas.setDocumentLanguage(text.substring(0, colon).trim());
    }
  }
}
