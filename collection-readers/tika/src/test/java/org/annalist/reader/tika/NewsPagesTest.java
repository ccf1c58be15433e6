package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.testing.SharedData;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.Paragraph;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** Real news pages (gzip-compressed HTML) from the article-extraction benchmark. */
class NewsPagesTest {

  @Test
  void everyCompressedPageIsReadWithItsHtmlViewAndStructure() throws Exception {
    Path pages = SharedData.require("boilerplate/aeb-dev/html");
    CollectionReader reader = CollectionReaderFactory.createReader(TikaCollectionReader.class,
        TikaCollectionReader.PARAM_SOURCE_LOCATION, pages.toString(),
        TikaCollectionReader.PARAM_INCLUDES, new String[] {"**/*.html"});
    JCas jcas = JCasFactory.createJCas();
    List<String> failures = new ArrayList<>();
    int read = 0;
    int titled = 0;
    while (reader.hasNext()) {
      jcas.reset();
      try {
        reader.getNext(jcas.getCas());
      } catch (DocumentReadException e) {
        failures.add(e.documentId() + ": " + e.getMessage());
        continue;
      }
      read++;
      DocumentMetadata md = JCasUtil.selectSingle(jcas, DocumentMetadata.class);
      assertThat(md.getDocumentId()).endsWith(".html.gz");
      assertThat(md.getContentType()).isIn("text/html", "application/xhtml+xml");
      assertThat(jcas.getView(ComponentParameters.HTML_VIEW).getSofaDataString()).containsIgnoringCase("<html");
      assertThat(jcas.getDocumentText()).as(md.getDocumentId()).isNotBlank().doesNotContain("<script");
      assertThat(JCasUtil.exists(jcas, Paragraph.class)).as(md.getDocumentId()).isTrue();
      titled += md.getTitle() == null ? 0 : 1;
    }
    reader.destroy();
    assertThat(failures).isEmpty();
    assertThat(read).isGreaterThanOrEqualTo(90);
    assertThat(titled).isGreaterThanOrEqualTo(read * 9 / 10);
  }
}
