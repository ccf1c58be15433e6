package org.annalist.consumer.files;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the file consumers known as {@code xmi}, {@code json} and {@code jsonl}. */
public class FileConsumerComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(
        ComponentDescriptor.consumer("xmi", XmiWriter.class,
            "One UIMA XMI file per document (UIMA CAS Editor, INCEpTION, DKPro Core)."),
        ComponentDescriptor.consumer("json", JsonCasWriter.class,
            "One UIMA JSON CAS file per document (uimaj-io-json)."),
        ComponentDescriptor.consumer("jsonl", JsonlWriter.class,
            "documents.jsonl: one flat JSON line per document with clean text, dates, places, quotes."));
  }
}
