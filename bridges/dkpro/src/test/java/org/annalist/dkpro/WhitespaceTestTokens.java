package org.annalist.dkpro;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.type.Sentence;
import org.annalist.type.Token;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

/**
 * TEST ONLY, a stand-in for Annalist's {@code segmenter} (built on another branch): Annalist
 * sentences end at '.', '!' or '?' followed by white space or the end of the text; tokens are runs
 * of letters and digits, and each other visible character alone. The pipelines in these tests name
 * it as their one token step, to be replaced by {@code segmenter}.
 */
public class WhitespaceTestTokens extends JCasAnnotator_ImplBase {

  private static final Pattern SENTENCE = Pattern.compile("\\S.*?(?:[.!?](?=\\s|$)|$)", Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\s]");

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    Matcher sentences = SENTENCE.matcher(text);
    while (sentences.find()) {
      new Sentence(jcas, sentences.start(), sentences.end()).addToIndexes();
      Matcher tokens = TOKEN.matcher(text).region(sentences.start(), sentences.end());
      while (tokens.find()) {
        new Token(jcas, tokens.start(), tokens.end()).addToIndexes();
      }
    }
  }
}
