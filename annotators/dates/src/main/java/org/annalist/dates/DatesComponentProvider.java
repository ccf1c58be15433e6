package org.annalist.dates;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the date annotator known as {@code dates}. */
public final class DatesComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("dates", DateAnnotator.class,
        "TIMEX3 dates, times, durations and sets, normalised against the document date"));
  }
}
