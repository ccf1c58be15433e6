package org.annalist.core.plugin;

import java.util.List;

/**
 * Service interface through which a plugin jar makes its components known under short names.
 * Register implementations in {@code META-INF/services/org.annalist.core.plugin.ComponentProvider}.
 */
public interface ComponentProvider {

  List<ComponentDescriptor> components();
}
