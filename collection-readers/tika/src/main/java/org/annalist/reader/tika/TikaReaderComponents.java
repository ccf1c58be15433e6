package org.annalist.reader.tika;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the Tika reader known as {@code tika}. */
public class TikaReaderComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.reader("tika", TikaCollectionReader.class,
        "Files, folders, list files and zip/tar archives in any format Apache Tika reads "
            + "(HTML, text, PDF, Office, e-mail), with structure, metadata and publication date."));
  }
}
