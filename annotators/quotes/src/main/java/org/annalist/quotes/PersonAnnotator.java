package org.annalist.quotes;

import java.util.ArrayList;
import java.util.List;
import org.annalist.core.cas.ContentRegions;
import org.annalist.quotes.extract.Lexicons;
import org.annalist.quotes.extract.Span;
import org.annalist.quotes.persons.NameFinder;
import org.annalist.type.Organisation;
import org.annalist.type.Person;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The shared person layer: {@link Person} over every person's name in the content regions and
 * {@link Organisation} over organisations' names, written once for every later annotator (the
 * geolocation annotator leaves them alone; a plugin can read them). Run it before geolocation.
 */
@LanguageCapability({"en"}) // English titles, name lists and cue words
public class PersonAnnotator extends JCasAnnotator_ImplBase {

  private NameFinder finder;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    finder = new NameFinder(Lexicons.standard());
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    List<Span> regions = new ArrayList<>();
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      regions.add(new Span(region.begin(), region.end()));
    }
    NameFinder.Names names = finder.find(text, regions);
    for (NameFinder.PersonName name : names.persons()) {
      Person person = new Person(jcas, name.span().begin(), name.span().end());
      person.setCanonicalName(name.canonicalName());
      person.setEvidence(name.evidence().name());
      person.addToIndexes();
    }
    for (Span span : names.organisations()) {
      Organisation organisation = new Organisation(jcas, span.begin(), span.end());
      organisation.setCanonicalName(text.substring(span.begin(), span.end()).replaceAll("\\s+", " "));
      organisation.addToIndexes();
    }
  }
}
