package org.annalist.spark;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** The components of the Spark module, known to every runner under short names. */
public class SparkComponents implements ComponentProvider {

  /** Short name of {@link JsonlRecordReader}. */
  public static final String JSONL_RECORDS = "jsonl-records";

  /** Short name of {@link WarcSplitReader}. */
  public static final String WARC_SPLITS = "warc-splits";

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.reader(JSONL_RECORDS, JsonlRecordReader.class,
        "JSON Lines records with an id and a text, html or base64 bytes (and optional title, url, date); the Spark"
            + " runner's record input."),
        ComponentDescriptor.reader(WARC_SPLITS, WarcSplitReader.class,
            "The warc reader over byte ranges of web archives on any Hadoop file system; the Spark runner's WARC input."));
  }
}
