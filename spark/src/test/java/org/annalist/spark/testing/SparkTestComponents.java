package org.annalist.spark.testing;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Test components of the Spark module. */
public class SparkTestComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(
        ComponentDescriptor.reader("test-files", TextFilesReader.class, "UTF-8 text files."),
        ComponentDescriptor.annotator("test-words", WordAnnotator.class, "Tokens."),
        ComponentDescriptor.consumer("test-lines", DocumentLinesConsumer.class, "A JSON line per document."));
  }
}
