package org.annalist.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.type.DocumentMetadata;
import org.annalist.type.Place;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.junit.jupiter.api.Test;

class AnnalistTypeSystemProviderTest {

  @Test
  void typeSystemIsDiscoveredThroughTheSpi() throws Exception {
    TypeSystemDescription tsd = TypeSystemDescriptionFactory.createTypeSystemDescription();
    assertThat(tsd.getType("org.annalist.type.Place")).isNotNull();
    assertThat(tsd.getType("org.annalist.type.Quote")).isNotNull();
  }

  @Test
  void jcasClassesWorkOnAnAutoDetectedCas() throws Exception {
    JCas jcas = JCasFactory.createText("Erbil is in Iraq.");
    Place place = new Place(jcas, 0, 5);
    place.setGeonamesId(95446L);
    place.addToIndexes();
    DocumentMetadata metadata = new DocumentMetadata(jcas, 0, 17);
    metadata.setTitle("t");
    metadata.addToIndexes();
    assertThat(jcas.select(Place.class).single().getGeonamesId()).isEqualTo(95446L);
  }
}
