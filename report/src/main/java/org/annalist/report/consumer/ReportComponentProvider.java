package org.annalist.report.consumer;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the {@code report} consumer known to the pipeline runner. */
public class ReportComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.consumer("report", ReportConsumer.class,
        "Static offline HTML site of the run: overview with map and timeline, a page per document with "
            + "highlights and page furniture, all places, speakers and dates"));
  }
}
