package org.annalist.reader.tika;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.reader.SkipFilter;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.Heading;
import org.annalist.type.Link;
import org.annalist.type.Structure;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/** Runs the reader over a location and keeps what each document produced, for assertions. */
final class ReaderRun {

  record Span(String type, int begin, int end, String coveredText, int level, String href) {}

  record Doc(String id, String text, DocumentMetadata metadata, List<Span> structure, String html,
      String documentLanguage) {
    List<Span> spans(String type) {
      return structure.stream().filter(s -> s.type().equals(type)).toList();
    }
  }

  final List<Doc> documents = new ArrayList<>();
  final Map<String, String> failures = new LinkedHashMap<>();
  long skipped;

  static ReaderRun of(Object... parameters) throws Exception {
    return of(SkipFilter.NONE, parameters);
  }

  static ReaderRun of(SkipFilter filter, Object... parameters) throws Exception {
    CollectionReader reader = CollectionReaderFactory.createReader(TikaCollectionReader.class, parameters);
    TikaCollectionReader tika = (TikaCollectionReader) reader;
    tika.setSkipFilter(filter);
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
      run.skipped = tika.skippedCount();
    } finally {
      reader.close();
      reader.destroy();
    }
    return run;
  }

  private static Doc snapshot(JCas jcas) throws Exception {
    DocumentMetadata metadata = JCasUtil.selectSingle(jcas, DocumentMetadata.class);
    List<Span> spans = new ArrayList<>();
    for (Structure s : JCasUtil.select(jcas, Structure.class)) {
      spans.add(new Span(s.getType().getShortName(), s.getBegin(), s.getEnd(), s.getCoveredText(),
          s instanceof Heading h ? h.getLevel() : 0, s instanceof Link l ? l.getHref() : null));
    }
    String html = null;
    var views = jcas.getViewIterator();
    while (views.hasNext()) {
      JCas view = views.next();
      if (view.getViewName().equals(ComponentParameters.HTML_VIEW)) {
        html = view.getSofaDataString();
      }
    }
    return new Doc(metadata.getDocumentId(), jcas.getDocumentText(), metadata, spans, html,
        jcas.getDocumentLanguage());
  }

  Doc doc(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + id + " in " + ids() + " failures " + failures));
  }

  List<String> ids() {
    return documents.stream().map(Doc::id).toList();
  }
}
