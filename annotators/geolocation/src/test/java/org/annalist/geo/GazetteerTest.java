package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.GeoNamesTsv;
import org.annalist.geo.gazetteer.NameKey;
import org.annalist.geo.gazetteer.NameVariants;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  @Test
  void nameKeysFoldCaseAccentsAndPunctuation() {
    assertThat(NameKey.of("Ain al-Asad")).isEqualTo("ain al asad");
    assertThat(NameKey.of("AIN AL ASAD")).isEqualTo("ain al asad");
    assertThat(NameKey.of("Aïn  al‘Asad")).isEqualTo("ain al asad");
    assertThat(NameKey.of("U.S.")).isEqualTo("u s");
    assertThat(NameKey.of("Zürich")).isEqualTo("zurich");
  }

  @Test
  void lookupReturnsPlacesMostProminentFirst() {
    Gazetteer gazetteer = TinyGazetteer.build();
    int[] paris = gazetteer.lookup("paris");
    assertThat(paris).hasSize(2);
    assertThat(gazetteer.geonamesId(paris[0])).isEqualTo(20);
    assertThat(gazetteer.lookup("lutetia")).containsExactly(paris[0]);
    assertThat(gazetteer.lookup("nowhere")).isEmpty();
    assertThat(gazetteer.admin1Name(paris[1])).isEqualTo("Texas");
    assertThat(gazetteer.countryEntry("IQ")).isGreaterThanOrEqualTo(0);
    assertThat(gazetteer.admin1Entry("US.TX")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void divisionsAreFoundWithAndWithoutTheirGenericWordAndArticle() {
    Gazetteer gazetteer = TinyGazetteer.build();
    int anbar = gazetteer.admin1Entry("IQ.01");
    assertThat(gazetteer.lookup("anbar province")).contains(anbar);
    assertThat(gazetteer.lookup("al anbar")).contains(anbar);
    assertThat(NameVariants.withoutArticle("Al Mayadin", "SY")).isEqualTo("Mayadin");
    assertThat(NameVariants.withoutArticle("El Paso", "US")).isNull();
  }

  @Test
  void serialisedIndexReadsBackIdentically() throws IOException {
    Gazetteer gazetteer = TinyGazetteer.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    gazetteer.write(bytes);
    Gazetteer copy = Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(copy.size()).isEqualTo(gazetteer.size());
    assertThat(copy.nameCount()).isEqualTo(gazetteer.nameCount());
    for (int e = 0; e < gazetteer.size(); e++) {
      assertThat(copy.name(e)).isEqualTo(gazetteer.name(e));
      assertThat(copy.latitude(e)).isEqualTo(gazetteer.latitude(e));
      assertThat(copy.featureCode(e)).isEqualTo(gazetteer.featureCode(e));
      assertThat(copy.admin1Code(e)).isEqualTo(gazetteer.admin1Code(e));
    }
    assertThat(copy.lookup("springfield")).containsExactly(gazetteer.lookup("springfield"));
  }

  @Test
  void alternateNamesKeepLatinNamesButNotCodes() {
    assertThat(GeoNamesTsv.usefulAlternateName("Arbil")).isTrue();
    assertThat(GeoNamesTsv.usefulAlternateName("BGW")).isFalse();
    assertThat(GeoNamesTsv.usefulAlternateName("Багдад")).isFalse();
    assertThat(GeoNamesTsv.usefulAlternateName("http://x")).isFalse();
  }
}
