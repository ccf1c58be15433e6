package org.annalist.report.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.report.model.Mention;
import org.annalist.report.model.ReportDocument;
import org.annalist.type.Boilerplate;
import org.annalist.type.Place;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;

class CasDocumentsTest {

  @Test
  void theWholeTextWithFurnitureAndAPluginsAnnotationsByType() throws Exception {
    TypeSystemDescription plugin = TypeSystemDescriptionFactory.createTypeSystemDescription();
    TypeDescription weapon = plugin.addType("com.example.Weapon", "a plugin's type", "uima.tcas.Annotation");
    weapon.addFeature("category", "", "uima.cas.String");
    JCas jcas = JCasFactory.createJCas(CasCreationUtils.mergeTypeSystems(List.of(
        TypeSystemDescriptionFactory.createTypeSystemDescription(), plugin)));
    String text = "Home | World\nDrones struck Erbil.";
    jcas.setDocumentText(text);
    Boilerplate nav = new Boilerplate(jcas, 0, 12);
    nav.setReason("navigation");
    nav.addToIndexes();
    Place erbil = new Place(jcas, text.indexOf("Erbil"), text.indexOf("Erbil") + 5);
    erbil.setName("Erbil");
    erbil.setGeonamesId(95446);
    erbil.setLatitude(36.19);
    erbil.setLongitude(44.01);
    erbil.addToIndexes();
    Type type = jcas.getTypeSystem().getType("com.example.Weapon");
    AnnotationFS drones = jcas.getCas().createAnnotation(type, text.indexOf("Drones"), text.indexOf("Drones") + 6);
    drones.setStringValue(type.getFeatureByBaseName("category"), "UAV");
    jcas.getCas().addFsToIndexes(drones);

    ReportDocument doc = new CasDocuments().of(jcas, "d.html");

    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.furnitureShown()).isTrue();
    assertThat(doc.mentions(Mention.FURNITURE)).extracting(Mention::value).containsExactly("navigation");
    assertThat(doc.mentions(Mention.PLACE)).extracting(Mention::value).containsExactly("geonames:95446");
    List<Mention> plugins = doc.mentions("com.example.Weapon");
    assertThat(plugins).hasSize(1);
    assertThat(plugins.get(0).text()).isEqualTo("Drones");
    assertThat(plugins.get(0).attribute("features")).contains("\"category\":\"UAV\"");
    assertThat(plugins.get(0).isPlugin()).isTrue();
  }
}
