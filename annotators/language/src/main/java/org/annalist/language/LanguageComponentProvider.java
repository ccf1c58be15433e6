package org.annalist.language;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the language annotator known as {@code language}. */
public class LanguageComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("language", LanguageAnnotator.class,
        "The document language from the text (OpenNLP, 103 languages), the reader's language as hint; "
            + "annotators that do not support it are skipped"));
  }
}
