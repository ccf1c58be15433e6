package org.annalist.spark.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.type.Token;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

/** Test annotator: a Token per run of letters or digits. */
public class WordAnnotator extends JCasAnnotator_ImplBase {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Override
  public void process(JCas jcas) {
    Matcher matcher = WORD.matcher(jcas.getDocumentText());
    while (matcher.find()) {
      new Token(jcas, matcher.start(), matcher.end()).addToIndexes();
    }
  }
}
