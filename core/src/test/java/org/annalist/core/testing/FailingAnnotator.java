package org.annalist.core.testing;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;

/** Test annotator that throws on documents containing a marker, and sleeps on others. */
public class FailingAnnotator extends JCasAnnotator_ImplBase {

  @ConfigurationParameter(name = "failWhenContains", mandatory = false, description = "Throw when the text contains this.")
  private String failWhenContains;

  @ConfigurationParameter(name = "sleepWhenContains", mandatory = false, description = "Sleep when the text contains this.")
  private String sleepWhenContains;

  @ConfigurationParameter(name = "sleepMillis", mandatory = false, defaultValue = "0", description = "How long to sleep.")
  private int sleepMillis;

  @ConfigurationParameter(name = "ratio", mandatory = false, defaultValue = "1.0", description = "A float, for type tests.")
  private float ratio;

  @ConfigurationParameter(name = "failAtEnd", mandatory = false, defaultValue = "false",
      description = "Throw when the run ends, as a consumer that cannot flush would.")
  private boolean failAtEnd;

  @ConfigurationParameter(name = "failAtStart", mandatory = false, defaultValue = "false",
      description = "Throw when the component starts, as one with a missing model would.")
  private boolean failAtStart;

  @Override
  public void initialize(org.apache.uima.UimaContext context)
      throws org.apache.uima.resource.ResourceInitializationException {
    super.initialize(context);
    if (failAtStart) {
      throw new org.apache.uima.resource.ResourceInitializationException(
          new IllegalStateException("cannot start on purpose"));
    }
  }

  @Override
  public void collectionProcessComplete() throws AnalysisEngineProcessException {
    if (failAtEnd) {
      throw new AnalysisEngineProcessException(new IllegalStateException("could not flush"));
    }
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    String text = jcas.getDocumentText();
    if (failWhenContains != null && text.contains(failWhenContains)) {
      throw new AnalysisEngineProcessException(new IllegalStateException("found the marker " + failWhenContains));
    }
    if (sleepWhenContains != null && text.contains(sleepWhenContains)) {
      long end = System.currentTimeMillis() + sleepMillis;
      while (System.currentTimeMillis() < end) {
        // ignores interrupts on purpose: a stuck component must not stall the run
        Thread.onSpinWait();
      }
    }
  }
}
