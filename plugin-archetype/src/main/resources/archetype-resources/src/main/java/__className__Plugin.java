package ${package};

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/**
 * Registers the annotator under the short name pipelines use. Listed in
 * META-INF/services/org.annalist.core.plugin.ComponentProvider.
 */
public class ${className}Plugin implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("${componentName}", ${className}Annotator.class,
        "Marks matches of a regular expression (default: words in capitals)."));
  }
}
