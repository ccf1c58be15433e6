package org.annalist.consumer.files;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCopier;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.TypeSystemUtil;

/**
 * Writes every document in UIMA's JSON CAS format (uimaj-io-json, "JSON CAS 2"), with the type
 * system needed to read it back: all views, or only those named in {@code views}.
 */
@ResourceMetaData(name = "JSON CAS writer", description = "One UIMA JSON CAS file per document.")
public class JsonCasWriter extends PerDocumentFileConsumer {

  public static final String PARAM_VIEWS = "views";

  @ConfigurationParameter(name = PARAM_VIEWS, mandatory = false,
      description = "Names of the views to write, e.g. _InitialView to leave out the raw HTML view "
          + "(smaller files; uimaj-io-json 0.5.0 reads back only single-view files); none means all.")
  private String[] views;

  private CAS selection;

  @Override
  protected String extension() {
    return ".json";
  }

  @Override
  protected void write(JCas jcas, OutputStream out) throws IOException {
    CAS cas = jcas.getCas();
    if (views != null && views.length > 0) {
      cas = selectedViews(cas);
    }
    new JsonCas2Serializer().serialize(cas, out);
  }

  /** A copy of the CAS holding only the configured views that exist in it. */
  private CAS selectedViews(CAS source) throws IOException {
    try {
      if (selection == null) {
        selection = CasCreationUtils.createCas(
            TypeSystemUtil.typeSystem2TypeSystemDescription(source.getTypeSystem()), null, null);
      }
    } catch (ResourceInitializationException e) {
      throw new IOException("cannot create a CAS for the selected views", e);
    }
    selection.reset();
    Set<String> present = new HashSet<>();
    for (Iterator<CAS> it = source.getViewIterator(); it.hasNext(); ) {
      present.add(it.next().getViewName());
    }
    CasCopier copier = new CasCopier(source, selection);
    for (String name : views) {
      if (present.contains(name)) {
        CAS target = name.equals(CAS.NAME_DEFAULT_SOFA) ? selection.getView(name) : selection.createView(name);
        copier.copyCasView(source.getView(name), target, true);
      }
    }
    return selection;
  }
}
