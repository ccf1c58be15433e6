package org.annalist.linguistic;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;
import org.annalist.linguistic.pos.PosAnnotator;
import org.annalist.linguistic.segment.SegmenterAnnotator;

/** Makes the linguistic layer known as {@code segmenter} and {@code pos}. */
public final class LinguisticComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(
        ComponentDescriptor.annotator("segmenter", SegmenterAnnotator.class,
            "Sentences and tokens (Universal Dependencies words) over the main content"),
        ComponentDescriptor.annotator("pos", PosAnnotator.class,
            "Universal POS tags and lemmas on the tokens (NLP4J English tagger, or model: opennlp); needs segmenter"));
  }
}
