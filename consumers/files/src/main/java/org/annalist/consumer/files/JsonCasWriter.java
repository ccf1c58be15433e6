package org.annalist.consumer.files;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;

/**
 * Writes every document in UIMA's JSON CAS format (uimaj-io-json, "JSON CAS 2"): all views and
 * annotations, with the type system needed to read it back.
 */
@ResourceMetaData(name = "JSON CAS writer", description = "One UIMA JSON CAS file per document.")
public class JsonCasWriter extends PerDocumentFileConsumer {

  @Override
  protected String extension() {
    return ".json";
  }

  @Override
  protected void write(JCas jcas, OutputStream out) throws IOException {
    new JsonCas2Serializer().serialize(jcas.getCas(), out);
  }
}
