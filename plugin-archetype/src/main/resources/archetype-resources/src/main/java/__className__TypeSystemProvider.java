package ${package};

import org.apache.uima.spi.TypeSystemProvider_ImplBase;

/**
 * Makes the plugin's types and JCas classes known to UIMA (listed in the three
 * META-INF/services/org.apache.uima.spi.* files).
 */
public class ${className}TypeSystemProvider extends TypeSystemProvider_ImplBase {

  public ${className}TypeSystemProvider() {
    setTypeSystemLocations("/${packageInPathFormat}/types/${className}Types.xml");
  }
}
