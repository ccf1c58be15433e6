package org.annalist.consumer.sql;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the {@code sql} consumer known to the pipeline runner. */
public class SqlComponentProvider implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.consumer("sql", SqlConsumer.class,
        "Stores documents, dates, places, quotes and all other annotations in SQLite (default) or PostgreSQL"));
  }
}
