package org.annalist.quotes;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the quote annotator known as {@code quotes} and the person layer as {@code persons}. */
public class QuotesComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("quotes", QuoteAnnotator.class,
            "Direct quotes and reported speech with cue, speaker mention and resolved speaker"),
        ComponentDescriptor.annotator("persons", PersonAnnotator.class,
            "Person and Organisation names anywhere in the text (the shared person layer; run before geolocation)"));
  }
}
