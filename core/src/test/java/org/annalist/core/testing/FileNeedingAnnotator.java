package org.annalist.core.testing;

import org.annalist.core.plugin.InputPath;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;

/** Test annotator with a mandatory input file, for validation tests. */
public class FileNeedingAnnotator extends JCasAnnotator_ImplBase {

  @InputPath
  @ConfigurationParameter(name = "modelFile", description = "A file that must exist.")
  private String modelFile;

  @Override
  public void process(JCas jcas) {
    // validation tests only
  }
}
