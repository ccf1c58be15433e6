package org.annalist.quotes;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the quote annotator known as {@code quotes}. */
public class QuotesComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("quotes", QuoteAnnotator.class,
        "Direct quotes and reported speech with cue, speaker mention and resolved speaker"));
  }
}
