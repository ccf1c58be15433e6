package org.annalist.reader.warc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.reader.SkipFilter;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/** Runs the WARC reader over a location and keeps what each record produced. */
final class ReaderRun {

  record Doc(String id, String text, String sourceUri, String title, String date, String dateSource,
      String contentType, String checksum, String html, int structureCount) {}

  final List<Doc> documents = new ArrayList<>();
  final Map<String, String> failures = new LinkedHashMap<>();
  long skipped;
  Map<String, Long> notDocuments;

  static ReaderRun of(Object... parameters) throws Exception {
    return of(SkipFilter.NONE, parameters);
  }

  static ReaderRun of(SkipFilter filter, Object... parameters) throws Exception {
    CollectionReader reader = CollectionReaderFactory.createReader(WarcCollectionReader.class, parameters);
    WarcCollectionReader warc = (WarcCollectionReader) reader;
    warc.setSkipFilter(filter);
    ReaderRun run = new ReaderRun();
    try {
      while (reader.hasNext()) {
        JCas jcas = JCasFactory.createJCas();
        try {
          reader.getNext(jcas.getCas());
        } catch (DocumentReadException e) {
          run.failures.put(e.documentId(), e.getMessage());
          continue;
        }
        run.documents.add(snapshot(jcas));
      }
      run.skipped = warc.skippedCount();
      run.notDocuments = warc.notDocuments().byReason();
    } finally {
      reader.close();
      reader.destroy();
    }
    return run;
  }

  static Doc snapshot(JCas jcas) throws Exception {
    DocumentMetadata m = JCasUtil.selectSingle(jcas, DocumentMetadata.class);
    String html = null;
    var views = jcas.getViewIterator();
    while (views.hasNext()) {
      JCas view = views.next();
      if (view.getViewName().equals(ComponentParameters.HTML_VIEW)) {
        html = view.getSofaDataString();
      }
    }
    int structures = JCasUtil.select(jcas, org.annalist.type.Structure.class).size();
    return new Doc(m.getDocumentId(), jcas.getDocumentText(), m.getSourceUri(), m.getTitle(), m.getPublishedDate(),
        m.getPublishedDateSource(), m.getContentType(), m.getChecksum(), html, structures);
  }

  Doc document(String idSuffixOrUrl) {
    return documents.stream().filter(d -> d.sourceUri().endsWith(idSuffixOrUrl) || d.id().endsWith(idSuffixOrUrl))
        .findFirst().orElseThrow(() -> new AssertionError("no document " + idSuffixOrUrl + " in " + documents));
  }
}
