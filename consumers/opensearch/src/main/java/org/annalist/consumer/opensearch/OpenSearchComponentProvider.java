package org.annalist.consumer.opensearch;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the {@code opensearch} consumer known to the pipeline runner. */
public class OpenSearchComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.consumer("opensearch", OpenSearchConsumer.class,
        "Bulk-indexes documents with places (geo_point), dates (date ranges) and quotes (nested) into OpenSearch"));
  }
}
