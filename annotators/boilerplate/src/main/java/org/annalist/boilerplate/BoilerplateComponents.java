package org.annalist.boilerplate;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the boilerplate annotator known as {@code boilerplate}. */
public final class BoilerplateComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("boilerplate", BoilerplateAnnotator.class,
        "Marks article text (MainContent) and page furniture (Boilerplate with a reason) in HTML "
            + "and plain text; fills title, author and date."));
  }
}
