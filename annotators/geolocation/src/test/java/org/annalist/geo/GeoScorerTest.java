package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.annalist.core.eval.EvalReport;
import org.annalist.geo.eval.GeoScorer;
import org.annalist.geo.eval.GoldCorpusReader;
import org.annalist.geo.eval.GoldDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoScorerTest {

  @TempDir
  Path dir;

  @Test
  void readsTrNewsAndScoresSpansAndDistances() throws Exception {
    String text = "Rain in Paris and Lyon.";
    Path file = dir.resolve("tr.xml");
    Files.writeString(file, "<articles><article docid=\"7\"><text><![CDATA[" + text + "]]></text><toponyms>"
        + "<toponym><phrase>Paris</phrase><start>8</start><end>13</end><gaztag geonameid=\"11\">"
        + "<name>Paris</name><fclass>P</fclass><fcode>PPLC</fcode><lat>48.0</lat><lon>2.0</lon></gaztag></toponym>"
        + "<toponym><phrase>Lyon</phrase><start>18</start><end>22</end><gaztag geonameid=\"12\">"
        + "<name>Lyon</name><fclass>P</fclass><fcode>PPLA</fcode><lat>45.0</lat><lon>5.0</lon></gaztag></toponym>"
        + "</toponyms></article></articles>");
    List<GoldDocument> docs = GoldCorpusReader.read(file, GoldCorpusReader.Format.TRNEWS);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).toponyms()).hasSize(2);
    assertThat(docs.get(0).toponyms().get(0).geonamesId()).isEqualTo(11);

    GeoScorer scorer = new GeoScorer(Set.of("Literal"));
    scorer.add(docs.get(0), List.of(
        new GeoScorer.Predicted(8, 13, 11, 48.0, 2.0, "Paris", "FR", "LITERAL"),     // exact, 0 km
        new GeoScorer.Predicted(18, 21, 99, 47.0, 5.0, "Lyon", "FR", "LITERAL"),     // overlap, ~222 km
        new GeoScorer.Predicted(0, 4, 5, 0, 0, "Rain", "XX", "LITERAL")));           // spurious
    EvalReport report = new EvalReport("geo");
    scorer.report(report, 5);
    assertThat(report.getDouble("tagging.exact.precision")).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(report.getDouble("tagging.exact.recall")).isCloseTo(0.5, within(1e-9));
    assertThat(report.getDouble("tagging.overlap.recall")).isCloseTo(1.0, within(1e-9));
    assertThat(report.getDouble("geocoding.accuracy161")).isCloseTo(0.5, within(1e-9));
    assertThat(report.getDouble("geocoding.idAccuracy")).isCloseTo(0.5, within(1e-9));
    assertThat(report.getDouble("geocoding.medianKm")).isCloseTo(111.2, within(1.0));
    // AUC of errors {0, 222.4}: trapezoid of ln(1+e)/ln(20040) over [0,1]
    double expected = (0 + Math.log1p(222.39)) / 2 / Math.log1p(20039);
    assertThat(report.getDouble("geocoding.auc")).isCloseTo(expected, within(0.002));
    assertThat(report.rows("worstErrors")).hasSize(2);
  }

  @Test
  void readsGeoWebNewsTypes() throws Exception {
    Path file = dir.resolve("gwn.xml");
    Files.writeString(file, "<articles><article file=\"3\"><title>t</title><text>Iraqi troops &amp; Iraq</text><toponyms>"
        + "<toponym><extractedName>Iraqi</extractedName><type>Demonym</type><start>0</start><end>5</end></toponym>"
        + "<toponym><extractedName>Iraq</extractedName><type>Literal</type><start>15</start><end>19</end>"
        + "<geonamesID>99237</geonamesID><latitude>33</latitude><longitude>44</longitude></toponym>"
        + "</toponyms></article></articles>");
    List<GoldDocument> docs = GoldCorpusReader.read(file, GoldCorpusReader.Format.GWN);
    assertThat(docs.get(0).text()).isEqualTo("Iraqi troops & Iraq");
    assertThat(docs.get(0).toponyms()).extracting(t -> t.type()).containsExactly("Demonym", "Literal");
    assertThat(docs.get(0).toponyms().get(0).hasCoordinates()).isFalse();
    assertThat(docs.get(0).text().substring(15, 19)).isEqualTo("Iraq");
  }
}
