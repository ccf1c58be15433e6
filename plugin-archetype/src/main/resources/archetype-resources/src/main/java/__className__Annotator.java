package ${package};

import ${package}.type.${className}Match;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.annalist.core.cas.ContentRegions;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Marks every match of a regular expression in the article text (by default words in capitals such
 * as UN or NATO). A starting point: replace the matching in {@link #process} with your own analysis.
 */
@TypeCapability(outputs = "${package}.type.${className}Match")
public class ${className}Annotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_PATTERN = "pattern";

  @ConfigurationParameter(name = PARAM_PATTERN, mandatory = false, defaultValue = "\\b\\p{Lu}[\\p{Lu}\\d]+\\b",
      description = "Regular expression to mark (default: words in capitals such as UN or NATO).")
  private String pattern;

  private Pattern compiled;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new ResourceInitializationException(new IllegalArgumentException(
          "parameter " + PARAM_PATTERN + " is not a regular expression: " + e.getMessage(), e));
    }
  }

  @Override
  public void process(JCas jcas) {
    // the main content the boilerplate annotator marked, or the whole text when it did not run
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      Matcher matcher = compiled.matcher(region.text());
      while (matcher.find()) {
        ${className}Match match = new ${className}Match(jcas, region.begin() + matcher.start(), region.begin() + matcher.end());
        match.setValue(matcher.group().toUpperCase(Locale.ROOT));
        match.addToIndexes();
      }
    }
  }
}
