package org.annalist.core.types;

import org.apache.uima.spi.TypeSystemProvider_ImplBase;

/**
 * Makes the Annalist type system and its JCas classes known to UIMA and uimaFIT through the
 * {@code org.apache.uima.spi} service loaders, so it is found in plain and fat jars alike.
 */
public class AnnalistTypeSystemProvider extends TypeSystemProvider_ImplBase {

  public static final String TYPE_SYSTEM_LOCATION = "/org/annalist/types/AnnalistTypes.xml";

  public AnnalistTypeSystemProvider() {
    setTypeSystemLocations(TYPE_SYSTEM_LOCATION);
  }
}
