package org.annalist.example;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.core.cas.ContentRegions;
import org.annalist.example.type.Keyword;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Marks whole-word occurrences of configured keywords in the article text. */
@TypeCapability(outputs = "org.annalist.example.type.Keyword")
public class KeywordAnnotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_KEYWORDS = "keywords";
  public static final String PARAM_IGNORE_CASE = "ignoreCase";

  @ConfigurationParameter(name = PARAM_KEYWORDS, description = "Words or phrases to mark.")
  private String[] keywords;

  @ConfigurationParameter(name = PARAM_IGNORE_CASE, mandatory = false, defaultValue = "true",
      description = "Match regardless of case.")
  private boolean ignoreCase;

  private Pattern pattern;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    StringBuilder alternatives = new StringBuilder();
    for (String keyword : keywords) {
      if (!keyword.isBlank()) {
        alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(keyword.strip()));
      }
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    pattern = Pattern.compile("\\b(?:" + alternatives + ")\\b", flags);
  }

  @Override
  public void process(JCas jcas) {
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      Matcher matcher = pattern.matcher(region.text());
      while (matcher.find()) {
        Keyword keyword = new Keyword(jcas, region.begin() + matcher.start(), region.begin() + matcher.end());
        keyword.setKeyword(canonical(matcher.group()));
        keyword.addToIndexes();
      }
    }
  }

  private String canonical(String found) {
    for (String keyword : keywords) {
      if (ignoreCase ? keyword.strip().equalsIgnoreCase(found) : keyword.strip().equals(found)) {
        return keyword.strip();
      }
    }
    return found.toLowerCase(Locale.ROOT);
  }
}
