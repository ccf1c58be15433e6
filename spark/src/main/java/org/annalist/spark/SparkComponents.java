package org.annalist.spark;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** The components of the Spark module, known to every runner under short names. */
public class SparkComponents implements ComponentProvider {

  /** Short name of {@link JsonlRecordReader}. */
  public static final String JSONL_RECORDS = "jsonl-records";

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.reader(JSONL_RECORDS, JsonlRecordReader.class,
        "JSON Lines records with an id and a text (and optional title, url, date); the Spark runner's record input."));
  }
}
