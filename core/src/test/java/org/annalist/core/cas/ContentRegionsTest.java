package org.annalist.core.cas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.type.MainContent;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class ContentRegionsTest {

  @Test
  void withoutMainContentTheWholeTextIsOneRegion() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    String text = "Rain fell all week. The river rose.";
    jcas.setDocumentText(text);
    List<ContentRegions.Region> regions = ContentRegions.of(jcas);
    assertThat(regions).hasSize(1);
    assertThat(regions.get(0).begin()).isZero();
    assertThat(regions.get(0).end()).isEqualTo(text.length());
    assertThat(regions.get(0).text()).isSameAs(text);
  }

  @Test
  void mainContentRegionsGiveTheirOwnTextAndOffsets() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("Menu Home. Rain fell all week. Footer. The river rose.");
    new MainContent(jcas, 11, 30).addToIndexes();
    new MainContent(jcas, 39, 54).addToIndexes();
    List<ContentRegions.Region> regions = ContentRegions.of(jcas);
    assertThat(regions).extracting(ContentRegions.Region::text).containsExactly("Rain fell all week.", "The river rose.");
    assertThat(regions.get(1).begin()).isEqualTo(39);
    assertThat(regions.get(0)).isEqualTo(ContentRegions.of(jcas).get(0)).isNotEqualTo(regions.get(1));
    assertThat(ContentRegions.cleanText(jcas)).isEqualTo("Rain fell all week.\n\nThe river rose.");
  }
}
