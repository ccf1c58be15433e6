package org.annalist.testkit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;
import org.annalist.type.Place;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;

/** Test annotator: marks capitalised words as places, with the lower-cased word as name and its length as population. */
public class CapitalisedWordsAnnotator extends JCasAnnotator_ImplBase {

  private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}\\p{L}+");

  @ConfigurationParameter(name = "countryCode", mandatory = false, defaultValue = "XX", description = "Country code to set.")
  private String countryCode;

  @Override
  public void process(JCas jcas) {
    Matcher matcher = WORD.matcher(jcas.getDocumentText());
    while (matcher.find()) {
      Place place = new Place(jcas, matcher.start(), matcher.end());
      place.setName(matcher.group().toLowerCase(Locale.ROOT));
      place.setPopulation(matcher.group().length());
      place.setCountryCode(countryCode);
      place.addToIndexes();
    }
  }

  /** Registers the annotator as {@code capitalised}. */
  public static class Registration implements ComponentProvider {
    @Override
    public List<ComponentDescriptor> components() {
      return List.of(ComponentDescriptor.annotator("capitalised", CapitalisedWordsAnnotator.class, "Test annotator."));
    }
  }
}
