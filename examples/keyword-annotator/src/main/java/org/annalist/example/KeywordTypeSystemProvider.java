package org.annalist.example;

import org.apache.uima.spi.TypeSystemProvider_ImplBase;

/** Makes the plugin's types known to UIMA through the TypeSystemProvider SPI. */
public class KeywordTypeSystemProvider extends TypeSystemProvider_ImplBase {

  public KeywordTypeSystemProvider() {
    setTypeSystemLocations("/org/annalist/example/types/KeywordTypes.xml");
  }
}
