package org.annalist.reader.warc;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the WARC reader known as {@code warc}. */
public class WarcReaderComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.reader("warc", WarcCollectionReader.class,
        "Web pages (HTTP 200, HTML/text/PDF) of WARC and ARC files (.warc, .warc.gz, .arc), parsed like the tika "
            + "reader's; requests, revisits and other records skipped and counted."));
  }
}
