package org.annalist.example;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Registers the annotator under the short name {@code keywords}. */
public class KeywordPlugin implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("keywords", KeywordAnnotator.class,
        "Marks occurrences of configured keywords (example plugin)."));
  }
}
