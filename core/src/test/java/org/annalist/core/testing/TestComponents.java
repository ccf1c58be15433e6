package org.annalist.core.testing;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Registers the test components under short names. */
public class TestComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(
        ComponentDescriptor.reader("test-texts", TextListReader.class, "Texts given as a parameter."),
        ComponentDescriptor.annotator("test-fail", FailingAnnotator.class, "Fails or sleeps on marked documents."),
        ComponentDescriptor.annotator("test-needs-file", FileNeedingAnnotator.class, "Needs an existing file."),
        ComponentDescriptor.annotator("test-language", LanguageFromTextAnnotator.class, "Language from a 'de:' prefix."),
        ComponentDescriptor.annotator("test-english-only", EnglishOnlyAnnotator.class, "Supports English only."),
        ComponentDescriptor.consumer("test-ids", IdRecordingConsumer.class, "Records document ids."),
        ComponentDescriptor.consumer("test-batched", BatchingConsumer.class, "Writes document ids at checkpoints."));
  }
}
